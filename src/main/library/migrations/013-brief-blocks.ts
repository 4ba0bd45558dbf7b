import type { Database } from 'better-sqlite3';
import { blockAuthorityIds, newBlockKey, splitDocument } from '../../../shared/brief/blocks';

/** The gap between neighbouring blocks' positions when a brief is written whole. */
const POSITION_STEP = 2 ** 32;

/**
 * A brief is kept as its top-level blocks, one row each, so that a save writes what changed
 * (issue #14). Its document is `content_head` (what `briefs.content` becomes), its blocks' JSON
 * in order joined by commas, and `content_tail`: exactly the text stored before. A document with
 * no blocks to cut (never edited, unreadable, or JSON not written as `JSON.stringify` writes it)
 * stays whole in `content_head`. `revision` counts the writes of a brief's text, so changes made
 * against an older one are refused and the brief saved whole instead. The citation index is kept
 * per block, so a save reads only the blocks it writes.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE briefs RENAME COLUMN content TO content_head;
    ALTER TABLE briefs ADD COLUMN content_tail TEXT NOT NULL DEFAULT '';
    ALTER TABLE briefs ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE brief_blocks (
      brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
      block_key TEXT NOT NULL,
      -- Ordered by position, spaced so a block put between two rarely moves the others.
      position INTEGER NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (brief_id, block_key)
    ) STRICT;
    CREATE INDEX brief_blocks_in_order ON brief_blocks(brief_id, position);

    DROP TABLE brief_citations;
    CREATE TABLE brief_citations (
      brief_id INTEGER NOT NULL,
      block_key TEXT NOT NULL,
      authority_id INTEGER NOT NULL REFERENCES authorities(id) ON DELETE RESTRICT,
      PRIMARY KEY (brief_id, block_key, authority_id),
      FOREIGN KEY (brief_id, block_key) REFERENCES brief_blocks(brief_id, block_key)
        ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX brief_citations_by_authority ON brief_citations(authority_id, brief_id);
  `);
  const briefs = db.prepare<[], { id: number; content: string }>(
    'SELECT id, content_head AS content FROM briefs',
  );
  const cut = db.prepare<[string, string, number]>(
    'UPDATE briefs SET content_head = ?, content_tail = ? WHERE id = ?',
  );
  const insertBlock = db.prepare<[number, string, number, string]>(
    'INSERT INTO brief_blocks (brief_id, block_key, position, json) VALUES (?, ?, ?, ?)',
  );
  const indexBlock = db.prepare<[number, string, string]>(
    `INSERT INTO brief_citations (brief_id, block_key, authority_id)
     SELECT ?, ?, id FROM authorities WHERE id IN (SELECT value FROM json_each(?))`,
  );
  for (const { id, content } of briefs.all()) {
    const split = splitDocument(content);
    if (!split) continue;
    cut.run(split.head, split.tail, id);
    split.blocks.forEach((json, i) => {
      const key = newBlockKey();
      insertBlock.run(id, key, i * POSITION_STEP, json);
      indexBlock.run(id, key, JSON.stringify(blockAuthorityIds(json)));
    });
  }
}
