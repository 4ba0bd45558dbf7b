import {
  EXCERPT_CHARS,
  type Snippet,
  type SnippetFields,
  type SnippetSummary,
} from '../../shared/library';
import { excerpt } from '../../shared/words';
import type { Db } from './database';
import { createRecordStore } from './record-store';

interface SnippetRow {
  id: number;
  matter_id: number | null;
  title: string;
  content: string;
  plain_text: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

/** A snippet's columns, as the store and an import write them. */
export const snippetParams = (fields: SnippetFields) => ({
  matter_id: fields.matterId,
  title: fields.title,
  content: fields.content,
  plain_text: fields.plainText,
  tags: JSON.stringify(fields.tags),
});

export function createSnippetStore(db: Db) {
  const store = createRecordStore<SnippetRow, Snippet, SnippetFields>(
    db,
    {
      table: 'snippets',
      label: 'Snippet',
      fromRow: (row) => ({
        id: row.id,
        matterId: row.matter_id,
        title: row.title,
        content: row.content,
        plainText: row.plain_text,
        tags: JSON.parse(row.tags) as string[],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
      toParams: snippetParams,
    },
    { matterId: null, title: '', content: '', plainText: '', tags: [] },
  );
  const summaries = db.prepare<
    [string],
    Pick<SnippetRow, 'id' | 'matter_id' | 'title' | 'plain_text'>
  >(
    `SELECT id, matter_id, title, plain_text FROM snippets
     WHERE id IN (SELECT value FROM json_each(?))`,
  );
  return {
    ...store,
    /** What a search result shows of each snippet, in no particular order. */
    summaries: (ids: readonly number[]): SnippetSummary[] =>
      summaries.all(JSON.stringify(ids)).map((row) => ({
        id: row.id,
        matterId: row.matter_id,
        title: row.title,
        excerpt: excerpt(row.plain_text, EXCERPT_CHARS),
      })),
  };
}
