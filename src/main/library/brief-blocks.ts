import {
  blockAuthorityIds,
  blockNode,
  frameParts,
  joinDocument,
  newBlockKey,
  splitDocument,
  type BriefChanges,
  type SavedBlock,
} from '../../shared/brief/blocks';
import { AppError, notFound } from '../errors';
import { now } from './clock';
import type { Db } from './database';

/** Spacing of positions, so a block put between two rarely has to move the others. */
const POSITION_STEP = 2 ** 32;

/** Changes that do not line up with the blocks stored (the editor then saves the brief whole). */
export class Stale extends Error {}

/** The part of a brief's document outside its blocks (`briefs.content_head` and `_tail`). */
export interface Ends {
  head: string;
  tail: string;
}

/** The document from a brief's head and tail and its blocks in order. */
export function documentOf(ends: Ends, rows: readonly SavedBlock[]): string {
  return joinDocument({ ...ends, blocks: rows.map((row) => row.json) });
}

function checkedNode(json: string): void {
  if (!blockNode(json))
    throw new AppError('invalid-argument', 'A block of the brief is not a node.');
}

/**
 * A brief's text as rows of `brief_blocks` (migration 13) and its citation index per block: the
 * writes of whole documents and of block changes. Each function expects to run inside the
 * caller's transaction.
 */
export function createBlockWriter(db: Db) {
  const rows = db.prepare<[number], SavedBlock>(
    'SELECT block_key AS key, json FROM brief_blocks WHERE brief_id = ? ORDER BY position',
  );
  const briefRow = db.prepare<[number], Ends & { revision: number }>(
    'SELECT content_head AS head, content_tail AS tail, revision FROM briefs WHERE id = ?',
  );
  const setEnds = db.prepare<[string, string, number]>(
    'UPDATE briefs SET content_head = ?, content_tail = ? WHERE id = ?',
  );
  const touch = db.prepare<[string, number], { revision: number }>(
    'UPDATE briefs SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision',
  );
  const clear = db.prepare<[number]>('DELETE FROM brief_blocks WHERE brief_id = ?');
  const clearCitations = db.prepare<[number]>('DELETE FROM brief_citations WHERE brief_id = ?');
  const insert = db.prepare<[number, string, number, string]>(
    'INSERT INTO brief_blocks (brief_id, block_key, position, json) VALUES (?, ?, ?, ?)',
  );
  const update = db.prepare<[string, number, string]>(
    'UPDATE brief_blocks SET json = ? WHERE brief_id = ? AND block_key = ?',
  );
  const move = db.prepare<[number, number, string]>(
    'UPDATE brief_blocks SET position = ? WHERE brief_id = ? AND block_key = ?',
  );
  const remove = db.prepare<[number, string]>(
    'DELETE FROM brief_blocks WHERE brief_id = ? AND block_key = ?',
  );
  const count = db
    .prepare<[number], number>('SELECT count(*) FROM brief_blocks WHERE brief_id = ?')
    .pluck();
  const positionOf = db
    .prepare<[number, string], number>(
      'SELECT position FROM brief_blocks WHERE brief_id = ? AND block_key = ?',
    )
    .pluck();
  const firstOther = db
    .prepare<[number, string], number>(
      `SELECT position FROM brief_blocks WHERE brief_id = ? AND block_key <> ?
       ORDER BY position LIMIT 1`,
    )
    .pluck();
  const nextOther = db
    .prepare<[number, number, string], number>(
      `SELECT position FROM brief_blocks WHERE brief_id = ? AND position > ? AND block_key <> ?
       ORDER BY position LIMIT 1`,
    )
    .pluck();
  const uncite = db.prepare<[number, string]>(
    'DELETE FROM brief_citations WHERE brief_id = ? AND block_key = ?',
  );
  // A citation whose authority was deleted meanwhile is still saved (never lose typing); the
  // editor shows it as missing, and only live authorities are indexed.
  const cite = db.prepare<[number, string, string]>(
    `INSERT INTO brief_citations (brief_id, block_key, authority_id)
     SELECT ?, ?, id FROM authorities WHERE id IN (SELECT value FROM json_each(?))`,
  );

  const index = (id: number, key: string, json: string) =>
    cite.run(id, key, JSON.stringify(blockAuthorityIds(json)));

  /** Writes the brief's blocks whole, in order, into `frame`, replacing any it had. */
  function write(id: number, frame: string, blocks: readonly SavedBlock[]): void {
    for (const block of blocks) checkedNode(block.json);
    if (new Set(blocks.map((block) => block.key)).size !== blocks.length)
      throw new AppError('invalid-argument', 'Two blocks of the brief have the same key.');
    writeWhole(id, frameParts(frame), blocks);
  }

  function writeWhole(id: number, { head, tail }: Ends, blocks: readonly SavedBlock[]): void {
    if (setEnds.run(head, tail, id).changes === 0) throw notFound('Brief', id);
    clearCitations.run(id);
    clear.run(id);
    blocks.forEach((block, i) => {
      insert.run(id, block.key, i * POSITION_STEP, block.json);
      index(id, block.key, block.json);
    });
  }

  /** Spaces the brief's blocks evenly again, in their order, when two have no room between. */
  function respace(id: number): void {
    rows.all(id).forEach((row, i) => move.run(i * POSITION_STEP, id, row.key));
  }

  /** The position that puts `key` just after `after` (first when null), others staying put. */
  function positionAfter(id: number, key: string, after: string | null): number {
    if (after === null) {
      const first = firstOther.get(id, key);
      return first === undefined ? 0 : first - POSITION_STEP;
    }
    const low = after === key ? undefined : positionOf.get(id, after);
    if (low === undefined) throw new Stale();
    const high = nextOther.get(id, low, key);
    if (high === undefined) return low + POSITION_STEP;
    if (high - low >= 2) return low + Math.floor((high - low) / 2);
    respace(id);
    return positionAfter(id, key, after);
  }

  return {
    rows: (id: number): SavedBlock[] => rows.all(id),
    ends: (id: number): Ends | undefined => briefRow.get(id),
    revision(id: number): number {
      const row = briefRow.get(id);
      if (!row) throw notFound('Brief', id);
      return row.revision;
    },
    /** Marks the brief's text as written now; returns its new revision. */
    touch(id: number): number {
      const row = touch.get(now(), id);
      if (!row) throw notFound('Brief', id);
      return row.revision;
    },
    write,
    /** Replaces the brief's text with a document: its blocks under new keys, or kept whole. */
    replace(id: number, content: string): void {
      const split = splitDocument(content);
      // Not a document of blocks (never edited, unreadable): kept whole, exactly as it is.
      if (!split) return writeWhole(id, { head: content, tail: '' }, []);
      writeWhole(
        id,
        split,
        split.blocks.map((json) => ({ key: newBlockKey(), json })),
      );
    },
    /** Applies block changes; throws Stale when they do not fit the blocks stored. */
    apply(id: number, changes: Extract<BriefChanges, { kind: 'blocks' }>): void {
      const json = new Map(changes.upsert.map((block) => [block.key, block.json]));
      for (const value of json.values()) checkedNode(value);
      for (const key of changes.remove) {
        uncite.run(id, key);
        if (remove.run(id, key).changes === 0) throw new Stale();
      }
      const inserted = new Set<string>();
      for (const { key, after } of changes.place) {
        const position = positionAfter(id, key, after);
        if (move.run(position, id, key).changes > 0) continue;
        const value = json.get(key);
        if (value === undefined) throw new Stale();
        insert.run(id, key, position, value);
        inserted.add(key);
      }
      for (const [key, value] of json) {
        if (!inserted.has(key) && update.run(value, id, key).changes === 0) throw new Stale();
        uncite.run(id, key);
        index(id, key, value);
      }
      if (count.get(id) !== changes.count) throw new Stale();
      if (changes.frame !== undefined) {
        const { head, tail } = frameParts(changes.frame);
        setEnds.run(head, tail, id);
      }
    },
  };
}
