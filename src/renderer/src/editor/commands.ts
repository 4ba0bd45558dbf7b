import { createCommand } from 'lexical';

export const INSERT_CITATION_COMMAND = createCommand<{ authorityId: number }>(
  'INSERT_CITATION_COMMAND',
);
export const INSERT_FACT_COMMAND = createCommand<{ text: string; recordCite: string }>(
  'INSERT_FACT_COMMAND',
);
/** Payload: a snippet's serialized editor state. */
export const INSERT_SNIPPET_COMMAND = createCommand<{ content: string }>('INSERT_SNIPPET_COMMAND');
export const INSERT_FOOTNOTE_COMMAND = createCommand<undefined>('INSERT_FOOTNOTE_COMMAND');
export const SAVE_NOW_COMMAND = createCommand<undefined>('SAVE_NOW_COMMAND');

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';
export const SET_BLOCK_TYPE_COMMAND = createCommand<BlockType>('SET_BLOCK_TYPE_COMMAND');
