import { createCommand, type NodeKey } from 'lexical';

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

/** Links the citations written as text in these top-level blocks, or in the whole brief. */
export const LINK_CITATIONS_COMMAND = createCommand<{ blockKeys: NodeKey[] | null }>(
  'LINK_CITATIONS_COMMAND',
);
/** Offers to link the citations of text just pasted, which fills these top-level blocks. */
export const OFFER_CITATION_LINKS_COMMAND = createCommand<{
  blockKeys: NodeKey[];
  recognised: number;
}>('OFFER_CITATION_LINKS_COMMAND');
