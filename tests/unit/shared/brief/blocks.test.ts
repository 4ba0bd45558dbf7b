import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  BlockKey,
  blockAuthorityIds,
  BriefChanges,
  frameOf,
  isFrame,
  joinDocument,
  newBlockKey,
  placements,
  splitDocument,
} from '../../../../src/shared/brief/blocks';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
} from '../../../../src/shared/brief/editor-json';

const doc = (...words: string[]) =>
  JSON.stringify(editorState(words.map((word) => paragraph(text(word)))));

describe('a document cut into blocks', () => {
  it('joins back to exactly its text, whatever order its root writes its fields in', () => {
    const typeFirst = doc('One.', 'Two — “quoted” 🙂', 'Three.');
    const childrenFirst = JSON.stringify({
      root: { children: JSON.parse(typeFirst).root.children, direction: 'ltr', type: 'root' },
      extra: { kept: true },
    });
    for (const content of [typeFirst, childrenFirst, doc()]) {
      const parts = splitDocument(content);
      expect(parts?.blocks).toHaveLength(JSON.parse(content).root.children.length);
      expect(joinDocument(parts!)).toBe(content);
    }
    expect(splitDocument(typeFirst)?.blocks[1]).toBe(
      JSON.stringify(paragraph(text('Two — “quoted” 🙂'))),
    );
  });

  it('keeps whole what it cannot cut exactly: empty, unreadable, or not written as JSON.stringify writes', () => {
    expect(splitDocument('')).toBeNull();
    expect(splitDocument('{"root": {"children": [oops')).toBeNull();
    expect(splitDocument('{"root":{"type":"root"}}')).toBeNull();
    expect(splitDocument(JSON.stringify(JSON.parse(doc('One.')), null, 2))).toBeNull();
  });

  it('takes as a frame only a childless root written as frameOf writes it', () => {
    const frame = frameOf({
      children: [paragraph(text('dropped'))],
      direction: 'ltr',
      type: 'root',
    });
    expect(frame).toBe('{"root":{"children":[],"direction":"ltr","type":"root"}}');
    expect(isFrame(frame)).toBe(true);
    expect(isFrame(doc('One.'))).toBe(false);
    expect(isFrame('{"root":{"children":[] ,"type":"root"}}')).toBe(false);
    expect(isFrame('{"root":{"children":[]},"other":1}')).toBe(false);
    expect(BriefChanges.safeParse({ kind: 'whole', frame: doc('x'), blocks: [] }).success).toBe(
      false,
    );
  });

  it('reads the authorities a block cites, in its footnotes too', () => {
    const block = paragraph(
      citation({ authorityId: 7 }),
      text(' and '),
      footnote(text('See '), citation({ authorityId: 9 }), citation({ authorityId: 7 })),
    );
    expect(blockAuthorityIds(JSON.stringify(block))).toEqual([7, 9]);
    expect(blockAuthorityIds(JSON.stringify(paragraph(text('None.'))))).toEqual([]);
  });

  it('makes fresh keys the library accepts', () => {
    const keys = Array.from({ length: 1000 }, newBlockKey);
    expect(new Set(keys).size).toBe(1000);
    for (const key of keys) expect(BlockKey.parse(key)).toBe(key);
  });
});

/** Keys in `order` after placing each, in turn, after its `after` (null: first). */
function placed(order: readonly string[], moves: ReturnType<typeof placements>): string[] {
  const result = order.filter((key) => !moves.some((move) => move.key === key));
  for (const { key, after } of moves)
    result.splice(after === null ? 0 : result.indexOf(after) + 1, 0, key);
  return result;
}

/** The length of a longest common subsequence, by the textbook table. */
function commonRun(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] =
        a[i - 1] === b[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  return table[a.length]![b.length]!;
}

describe('placements', () => {
  it('places only the block typed or moved', () => {
    expect(placements(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([{ key: 'x', after: 'a' }]);
    expect(placements(['a', 'b', 'c'], ['x', 'a', 'b', 'c'])).toEqual([{ key: 'x', after: null }]);
    expect(placements(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toEqual([
      { key: 'b', after: 'd' },
    ]);
    expect(placements(['a', 'b'], ['a', 'b'])).toEqual([]);
  });

  it('turns any order into any other, keeping a longest run in place', () => {
    const keys = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'), { maxLength: 16 });
    fc.assert(
      fc.property(keys, keys, (before, after) => {
        const kept = before.filter((key) => after.includes(key));
        const moves = placements(kept, after);
        expect(placed(kept, moves)).toEqual(after);
        expect(moves).toHaveLength(after.length - commonRun(kept, after));
      }),
    );
  });
});

describe('applying kept changes (recovery)', () => {
  const blocks = ['a', 'b', 'c'].map((key) => ({
    key,
    json: JSON.stringify(paragraph(text(key))),
  }));
  const parts = { ...splitDocument(doc('a', 'b', 'c'))!, blocks };
  const textOf = (content: string) =>
    (
      JSON.parse(content) as { root: { children: { children: { text: string }[] }[] } }
    ).root.children.map((block) => block.children.map((child) => child.text).join(''));
  const change = (json: string) => ({ key: 'b', json });

  it('upserts, removes and places', () => {
    const content = applyChanges(parts, {
      kind: 'blocks',
      base: 1,
      upsert: [
        change(JSON.stringify(paragraph(text('B!')))),
        { key: 'x', json: JSON.stringify(paragraph(text('x'))) },
      ],
      remove: ['a'],
      place: [{ key: 'x', after: 'c' }],
      count: 3,
    });
    expect(textOf(content)).toEqual(['B!', 'c', 'x']);
  });

  it('gives the same document when the changes were already saved', () => {
    const changes = BriefChanges.parse({
      kind: 'blocks',
      base: 1,
      upsert: [{ key: 'x', json: JSON.stringify(paragraph(text('x'))) }],
      remove: ['b'],
      place: [{ key: 'x', after: 'a' }],
      count: 3,
    });
    const once = applyChanges(parts, changes);
    const split = splitDocument(once)!;
    const again = applyChanges(
      { ...split, blocks: split.blocks.map((json, i) => ({ key: ['a', 'x', 'c'][i]!, json })) },
      changes,
    );
    expect(again).toBe(once);
    expect(textOf(once)).toEqual(['a', 'x', 'c']);
  });

  it('never drops a block typed, even placed after one that is gone', () => {
    const content = applyChanges(parts, {
      kind: 'blocks',
      base: 1,
      upsert: [
        { key: 'x', json: JSON.stringify(paragraph(text('x'))) },
        { key: 'y', json: JSON.stringify(paragraph(text('y'))) },
      ],
      remove: [],
      place: [{ key: 'x', after: 'gone' }],
      count: 5,
    });
    expect(textOf(content)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('takes a whole save as the whole document', () => {
    const content = applyChanges(parts, {
      kind: 'whole',
      frame: frameOf({ type: 'root' }),
      blocks: [{ key: 'z', json: JSON.stringify(paragraph(text('z'))) }],
    });
    expect(textOf(content)).toEqual(['z']);
    expect(isFrame(frameOf({ type: 'root' }))).toBe(true);
  });
});
