import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  frameOf,
  newBlockKey,
  placements,
  splitDocument,
  type BriefChanges,
  type SavedBlock,
} from '../../../../src/shared/brief/blocks';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
} from '../../../../src/shared/brief/editor-json';
import { AuthorityFields, type Brief } from '../../../../src/shared/library';
import { migrate } from '../../../../src/main/library/database';
import { MIGRATIONS } from '../../../../src/main/library/migrations';
import { createLibrary, type Library } from '../../../../src/main/library';
import { tempLibrary } from '../../../helpers/temp-library';

const block = (words: string) => JSON.stringify(paragraph(text(words)));
const doc = (...words: string[]) =>
  JSON.stringify(editorState(words.map((word) => paragraph(text(word)))));

/** The brief's paragraphs' text, in order. */
function textsOf(content: string): string[] {
  const { root } = JSON.parse(content) as {
    root: { children: { children: { text?: string }[] }[] };
  };
  return root.children.map((child) => child.children.map((inline) => inline.text ?? '').join(''));
}

function blocksOf(brief: Brief): SavedBlock[] {
  return splitDocument(brief.content)!.blocks.map((json, i) => ({
    key: brief.blockKeys[i]!,
    json,
  }));
}

type BlockChanges = Extract<BriefChanges, { kind: 'blocks' }>;

const changes = (brief: Brief, fields: Partial<BlockChanges>): BlockChanges => ({
  kind: 'blocks',
  base: brief.revision,
  upsert: [],
  remove: [],
  place: [],
  count: brief.blockKeys.length,
  ...fields,
});

function saved(library: Library, id: number, change: BriefChanges): Brief {
  const result = library.briefs.saveChanges(id, change);
  if (result.kind !== 'saved') throw new Error('refused as stale');
  const brief = library.briefs.get(id);
  expect(result.revision).toBe(brief.revision);
  expect(result.summary.updatedAt).toBe(brief.updatedAt);
  return brief;
}

function rowsOf(library: Library, id: number) {
  return library.db
    .prepare('SELECT block_key, json FROM brief_blocks WHERE brief_id = ? ORDER BY position')
    .all(id) as { block_key: string; json: string }[];
}

const gatimi = AuthorityFields.parse({
  kind: 'case',
  name: 'Gatimi v. Holder',
  volume: '578',
  reporter: 'F.3d',
  firstPage: '611',
});

describe('a brief kept as blocks', () => {
  it('gives back exactly the document saved, one row a block, with their keys in order', () => {
    const { library } = tempLibrary();
    const content = doc('One.', 'Two — “quoted” 🙂', 'Three.');
    const brief = library.briefs.create('Blocks', null, content);
    expect(brief.content).toBe(content);
    expect(brief.blockKeys).toHaveLength(3);
    expect(rowsOf(library, brief.id).map((row) => row.block_key)).toEqual(brief.blockKeys);
    expect(library.briefs.content(brief.id)).toBe(content);
    // Never edited, or unreadable: kept whole, exactly.
    for (const whole of ['', '{"root": {"children": [oops']) {
      const kept = library.briefs.save(brief.id, whole);
      expect(library.briefs.get(kept.id)).toMatchObject({ content: whole, blockKeys: [] });
    }
  });

  it('saves one block changed, leaving the others as they were', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Blocks', null, doc('One.', 'Two.', 'Three.'));
    const before = rowsOf(library, brief.id);
    const [, middle] = brief.blockKeys;
    const after = saved(
      library,
      brief.id,
      changes(brief, { upsert: [{ key: middle!, json: block('Two, typed in.') }] }),
    );
    expect(textsOf(after.content)).toEqual(['One.', 'Two, typed in.', 'Three.']);
    expect(after.blockKeys).toEqual(brief.blockKeys);
    expect(after.revision).toBe(brief.revision + 1);
    const rows = rowsOf(library, brief.id);
    expect([rows[0], rows[2]]).toEqual([before[0], before[2]]);
  });

  it('inserts, moves and removes blocks, and changes the root', () => {
    const { library } = tempLibrary();
    let brief = library.briefs.create('Blocks', null, doc('A', 'B', 'C', 'D'));
    const [a, b, c, d] = brief.blockKeys as [string, string, string, string];
    const x = newBlockKey();
    brief = saved(
      library,
      brief.id,
      changes(brief, {
        upsert: [{ key: x, json: block('X') }],
        place: [{ key: x, after: a }],
        count: 5,
      }),
    );
    expect(textsOf(brief.content)).toEqual(['A', 'X', 'B', 'C', 'D']);
    brief = saved(
      library,
      brief.id,
      changes(brief, { remove: [b], place: placements([a, x, c, d], [d, a, c, x]), count: 4 }),
    );
    expect(textsOf(brief.content)).toEqual(['D', 'A', 'C', 'X']);
    expect(brief.blockKeys).toEqual([d, a, c, x]);
    const frame = frameOf({ direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 });
    brief = saved(library, brief.id, changes(brief, { frame }));
    expect(JSON.parse(brief.content).root).toMatchObject({ direction: 'ltr', type: 'root' });
    expect(textsOf(brief.content)).toEqual(['D', 'A', 'C', 'X']);
  });

  it('keeps the order right when many blocks go into one gap (positions spaced again)', () => {
    const { library } = tempLibrary();
    let brief = library.briefs.create('Blocks', null, doc('First', 'Last'));
    let after = brief.blockKeys[0]!;
    const typed: string[] = [];
    for (let i = 0; i < 70; i++) {
      const key = newBlockKey();
      typed.push(`New ${i}`);
      brief = saved(
        library,
        brief.id,
        changes(brief, {
          upsert: [{ key, json: block(`New ${i}`) }],
          place: [{ key, after }],
          count: brief.blockKeys.length + 1,
        }),
      );
      after = key;
    }
    expect(textsOf(brief.content)).toEqual(['First', ...typed, 'Last']);
  });

  it('refuses changes made against another revision, or that do not line up, and writes nothing', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Blocks', null, doc('One.', 'Two.'));
    const [one, two] = brief.blockKeys as [string, string];
    const fresh = newBlockKey();
    const refused: BriefChanges[] = [
      { ...changes(brief, { upsert: [{ key: one, json: block('x') }] }), base: brief.revision - 1 },
      changes(brief, { upsert: [{ key: one, json: block('x') }], remove: [fresh], count: 1 }),
      changes(brief, { upsert: [{ key: fresh, json: block('new, not placed') }], count: 3 }),
      changes(brief, {
        upsert: [{ key: fresh, json: block('x') }],
        place: [{ key: fresh, after: newBlockKey() }],
        count: 3,
      }),
      changes(brief, { upsert: [{ key: one, json: block('x') }], remove: [two], count: 2 }),
      changes(brief, { place: [{ key: fresh, after: one }] }),
    ];
    for (const change of refused)
      expect(library.briefs.saveChanges(brief.id, change)).toEqual({
        kind: 'stale',
      });
    expect(library.briefs.get(brief.id)).toEqual(brief);
    expect(() =>
      library.briefs.saveChanges(
        brief.id,
        changes(brief, { upsert: [{ key: one, json: '"not a node"' }] }),
      ),
    ).toThrow(/not a node/);
  });

  it('is saved whole from the editor, under its keys, whatever revision it was at', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Blocks', null, doc('One.', 'Two.'));
    const blocks = [
      { key: newBlockKey(), json: block('Whole.') },
      { key: newBlockKey(), json: block('Again.') },
    ];
    const after = saved(library, brief.id, {
      kind: 'whole',
      frame: frameOf({ type: 'root', version: 1 }),
      blocks,
    });
    expect(after.blockKeys).toEqual(blocks.map((b) => b.key));
    expect(textsOf(after.content)).toEqual(['Whole.', 'Again.']);
    expect(() =>
      library.briefs.saveChanges(brief.id, {
        kind: 'whole',
        frame: frameOf({}),
        blocks: [blocks[0]!, blocks[0]!],
      }),
    ).toThrow(/same key/);
  });

  it('gives the document the changes describe, for any run of edits (against the recovery reading)', () => {
    const words = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'Ω “quoted”');
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), words }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), words }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        (saves) => {
          const { library } = tempLibrary();
          let brief = library.briefs.create('Property', null, doc('one', 'two', 'three'));
          for (const edits of saves) {
            const blocks = blocksOf(brief);
            const next = [...blocks];
            const upsert = new Map<string, string>();
            for (const change of edits) {
              const at = next.length === 0 ? 0 : change.at % next.length;
              if (change.kind === 'type' && next[at]) {
                next[at] = { ...next[at]!, json: block(change.words) };
                upsert.set(next[at]!.key, next[at]!.json);
              } else if (change.kind === 'insert') {
                const added = { key: newBlockKey(), json: block(change.words) };
                next.splice(at, 0, added);
                upsert.set(added.key, added.json);
              } else if (change.kind === 'remove' && next.length > 1) {
                const [gone] = next.splice(at, 1);
                upsert.delete(gone!.key);
              } else if (change.kind === 'move' && next.length > 0) {
                const [moved] = next.splice(at, 1);
                next.splice(change.to % (next.length + 1), 0, moved!);
              }
            }
            const present = new Set(next.map((b) => b.key));
            const kept = blocks.map((b) => b.key).filter((key) => present.has(key));
            const change: BriefChanges = changes(brief, {
              upsert: [...upsert].map(([key, json]) => ({ key, json })),
              remove: blocks.map((b) => b.key).filter((key) => !present.has(key)),
              place: placements(
                kept,
                next.map((b) => b.key),
              ),
              count: next.length,
            });
            const split = splitDocument(brief.content)!;
            const expected = applyChanges({ ...split, blocks }, change);
            brief = saved(library, brief.id, change);
            expect(brief.content).toBe(expected);
            expect(brief.blockKeys).toEqual(next.map((b) => b.key));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the citation index, kept per block', () => {
  it('holds an authority while any block cites it, and lets it go with the last', () => {
    const { library } = tempLibrary();
    const authority = library.authorities.create(gatimi);
    const citing = JSON.stringify(paragraph(text('See '), citation({ authorityId: authority.id })));
    const inNote = JSON.stringify(
      paragraph(text('Text'), footnote(citation({ authorityId: authority.id }))),
    );
    let brief = library.briefs.create(
      'Cites',
      null,
      JSON.stringify({
        root: {
          ...editorState([]).root,
          children: [JSON.parse(citing), JSON.parse(inNote), paragraph(text('None.'))],
        },
      }),
    );
    const [first, second] = brief.blockKeys as [string, string];
    brief = saved(library, brief.id, changes(brief, { remove: [first], count: 2 }));
    expect(() => library.authorities.delete(authority.id)).toThrow(/cited in “Cites”/);
    brief = saved(
      library,
      brief.id,
      changes(brief, { upsert: [{ key: second, json: block('No note now.') }] }),
    );
    library.authorities.delete(authority.id);
    // A citation of an authority deleted meanwhile is kept in the text, and not indexed.
    const x = newBlockKey();
    brief = saved(
      library,
      brief.id,
      changes(brief, {
        upsert: [{ key: x, json: citing }],
        place: [{ key: x, after: null }],
        count: 3,
      }),
    );
    expect(brief.content).toContain(`"authorityId":${authority.id}`);
    expect(library.db.prepare('SELECT count(*) AS n FROM brief_citations').get()).toEqual({ n: 0 });
  });
});

describe('migration 013', () => {
  it('moves each brief into blocks, exactly, with its citations per block; keeps the unreadable whole', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 12));
    const cites = JSON.stringify(
      editorState([
        paragraph(text('A '), citation({ authorityId: 7 })),
        paragraph(text('Then '), footnote(citation({ authorityId: 8 }))),
        paragraph(text('No cite.')),
      ]),
    );
    const pretty = JSON.stringify(JSON.parse(doc('Pretty.')), null, 2);
    const insert = db.prepare(
      "INSERT INTO briefs (id, title, content, created_at, updated_at) VALUES (?, ?, ?, '', '')",
    );
    insert.run(1, 'Blocks', cites);
    insert.run(2, 'Never edited', '');
    insert.run(3, 'Unreadable', '{"root": {"children": [oops');
    insert.run(4, 'Pretty-printed', pretty);
    db.exec(`
      INSERT INTO authorities (id, kind, name, created_at, updated_at) VALUES
        (7, 'case', 'Seven', '', ''), (8, 'case', 'Eight', '', '');
      INSERT INTO brief_citations (brief_id, authority_id) VALUES (1, 7), (1, 8);
    `);
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    const library = createLibrary(db);
    expect(library.briefs.get(1)).toMatchObject({ content: cites, revision: 0 });
    expect(library.briefs.get(1).blockKeys).toHaveLength(3);
    for (const [id, content] of [
      [2, ''],
      [3, '{"root": {"children": [oops'],
      [4, pretty],
    ] as const)
      expect(library.briefs.get(id)).toMatchObject({ content, blockKeys: [] });
    const [a, b] = library.briefs.get(1).blockKeys;
    expect(
      db.prepare('SELECT block_key, authority_id FROM brief_citations ORDER BY authority_id').all(),
    ).toEqual([
      { block_key: a, authority_id: 7 },
      { block_key: b, authority_id: 8 },
    ]);
    expect(() => library.authorities.delete(8)).toThrow(/cited in “Blocks”/);
    db.exec('DELETE FROM briefs WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM brief_blocks').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM brief_citations').get()).toEqual({ n: 0 });
  });
});
