import { z } from 'zod';
import { citedAuthorityIds, documentBlocks, parseEditorState } from './editor-json';

/**
 * A brief stored as its top-level blocks (issue #14, "Saves that cost what changed"): each child
 * of the editor's root is kept as its own JSON under a key that lasts across sessions, so a save
 * writes the blocks typed in, not the whole brief. The document is its head, its blocks joined by
 * commas and its tail, put together as text, never re-parsed.
 */

/** What every frame, and so every document joined from one, begins with. */
const FRAME_HEAD = '{"root":{"children":[';

/** A block's key: unique within its brief, kept by the library and the editor alike. */
export const BlockKey = z.string().regex(/^[0-9a-z]{1,32}$/);

const BlockJson = z.string().max(50_000_000);

/** One block as saved: its key and its node's JSON, children included. */
export const SavedBlock = z.object({ key: BlockKey, json: BlockJson });
export type SavedBlock = z.infer<typeof SavedBlock>;

/** A frame: the document with its root's children left out, as `frameOf` writes it. */
const Frame = z.string().max(1_000_000).refine(isFrame, 'Not a frame of a document.');

/** What one save sends: the blocks changed since the last, or, as a fallback, every block. */
export const BriefChanges = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('blocks'),
    /** The brief's revision these changes were made against; any other is refused as stale. */
    base: z.number().int().nonnegative(),
    /** The frame, only when the root's own fields changed. */
    frame: Frame.optional(),
    upsert: z.array(SavedBlock).max(1_000_000),
    remove: z.array(BlockKey).max(1_000_000),
    /**
     * Blocks new or moved, in document order, each placed after `after` (null: first). Blocks
     * neither placed nor removed keep their order.
     */
    place: z.array(z.object({ key: BlockKey, after: BlockKey.nullable() })).max(1_000_000),
    /** How many blocks the brief holds once changed: both sides must agree. */
    count: z.number().int().nonnegative(),
  }),
  /** The brief written whole, from no particular revision (its first save, or after a refusal). */
  z.object({ kind: z.literal('whole'), frame: Frame, blocks: z.array(SavedBlock).max(1_000_000) }),
]);
export type BriefChanges = z.infer<typeof BriefChanges>;

/** A document cut around its root's children: it is `head`, the blocks joined by commas, `tail`. */
export interface DocumentParts {
  head: string;
  blocks: string[];
  tail: string;
}

/**
 * A document cut into head, blocks and tail, or null when it holds no blocks to cut, or when
 * the parts would not join back to exactly its text (JSON written other than as
 * `JSON.stringify` writes it): such a document is kept whole, as it is.
 */
export function splitDocument(content: string): DocumentParts | null {
  const state = parseEditorState(content) as { root: Record<string, unknown> } | null;
  if (!state || typeof state.root !== 'object' || Array.isArray(state.root)) return null;
  const children = state.root.children as unknown[];
  // A stand-in for the children, found again in the document written with it in their place.
  const marker = `\u0000${newBlockKey()}`;
  const written = JSON.stringify({ ...state, root: { ...state.root, children: [marker] } });
  const at = written.indexOf(JSON.stringify(marker));
  if (at < 0) return null;
  const parts = {
    head: written.slice(0, at),
    blocks: children.map((child) => JSON.stringify(child)),
    tail: written.slice(at + JSON.stringify(marker).length),
  };
  return joinDocument(parts) === content ? parts : null;
}

/** The document the parts make. */
export function joinDocument({ head, blocks, tail }: DocumentParts): string {
  return `${head}${blocks.join(',')}${tail}`;
}

/** The frame of a root with these fields (its children, if given, are left out). */
export function frameOf(root: object): string {
  const fields: Record<string, unknown> = { ...root };
  delete fields.children;
  return JSON.stringify({ root: { children: [], ...fields } });
}

/** Whether `frame` is a frame: a document whose root has no children, as `frameOf` writes it. */
export function isFrame(frame: string): boolean {
  const state = frame.startsWith(`${FRAME_HEAD}]`) ? parseEditorState(frame) : null;
  return state?.root.children.length === 0 && frameOf(state.root) === frame;
}

/** A frame's head and tail, to join blocks between. */
export function frameParts(frame: string): { head: string; tail: string } {
  return { head: FRAME_HEAD, tail: frame.slice(FRAME_HEAD.length) };
}

/** A block's node, or null when its JSON is not a node (an object with a type). */
export function blockNode(json: string): Record<string, unknown> | null {
  try {
    const node: unknown = JSON.parse(json);
    return typeof node === 'object' &&
      node !== null &&
      typeof (node as { type?: unknown }).type === 'string'
      ? (node as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The authorities one block cites, its footnotes' included. */
export function blockAuthorityIds(json: string): number[] {
  return citedAuthorityIds(
    documentBlocks(joinDocument({ ...frameParts(frameOf({})), blocks: [json] })),
  );
}

/** A fresh block key: 60 random bits, so two blocks of a brief never share one. */
export function newBlockKey(): string {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return `${(high >>> 4).toString(36)}${low.toString(36).padStart(7, '0')}`;
}

/**
 * The document after `changes`, read leniently: what the library would refuse as not lining up
 * (a block placed after one that is gone, a new block not placed) is kept all the same, at the
 * end, so that applying kept changes to a brief that moved on never drops text. The page uses it
 * to recover changes it kept but never saw saved.
 */
export function applyChanges(
  document: { head: string; blocks: readonly SavedBlock[]; tail: string },
  changes: BriefChanges,
): string {
  if (changes.kind === 'whole')
    return joinDocument({
      ...frameParts(changes.frame),
      blocks: changes.blocks.map((block) => block.json),
    });
  const json = new Map(document.blocks.map((block) => [block.key, block.json]));
  for (const block of changes.upsert) json.set(block.key, block.json);
  const removed = new Set(changes.remove);
  const placed = new Set(changes.place.map((place) => place.key));
  const order = document.blocks.map((block) => block.key).filter((key) => !placed.has(key));
  for (const { key, after } of changes.place) {
    const at = after === null ? 0 : order.indexOf(after) + 1;
    order.splice(at === 0 && after !== null ? order.length : at, 0, key);
  }
  const listed = new Set(order);
  for (const block of changes.upsert) if (!listed.has(block.key)) order.push(block.key);
  return joinDocument({
    ...(changes.frame === undefined ? document : frameParts(changes.frame)),
    blocks: order.flatMap((key) => {
      const value = json.get(key);
      return value === undefined || removed.has(key) ? [] : [value];
    }),
  });
}

/**
 * Where blocks must go to turn `before` into `after` (each a list of distinct keys; keys only in
 * `after` are new): the fewest placements, in `after`'s order, each after its predecessor there.
 * The blocks in both that keep their relative order (a longest increasing run) stay put.
 */
export function placements(
  before: readonly string[],
  after: readonly string[],
): { key: string; after: string | null }[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const middle = after.slice(start, endAfter);
  const oldIndex = new Map(before.slice(start, endBefore).map((key, i) => [key, i]));
  const staying = longestIncreasing(middle.map((key) => oldIndex.get(key) ?? -1));
  return middle.flatMap((key, i) =>
    staying.has(i) ? [] : [{ key, after: (i > 0 ? middle[i - 1] : after[start - 1]) ?? null }],
  );
}

/** The positions of a longest strictly increasing run of the non-negative values. */
function longestIncreasing(values: readonly number[]): Set<number> {
  // For each length of run found so far, the least value ending one, and where it stands.
  const ends: number[] = [];
  const endsAt: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    previous.push(-1);
    if (value < 0) return;
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ends[mid] ?? Infinity) < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = endsAt[low - 1] ?? -1;
    ends[low] = value;
    endsAt[low] = i;
  });
  const run = new Set<number>();
  for (let i = endsAt.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) run.add(i);
  return run;
}
