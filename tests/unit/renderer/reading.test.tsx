import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  createEditor,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EDITOR_NODES } from '../../../src/renderer/src/editor/nodes';
import { $createCitationNode } from '../../../src/renderer/src/editor/nodes/CitationNode';
import { $createFootnoteNode } from '../../../src/renderer/src/editor/nodes/FootnoteNode';
import { CitationUsesStore } from '../../../src/renderer/src/editor/plugins/citation-forms/store';
import { EditorBriefReader } from '../../../src/renderer/src/editor/plugins/reading/editor-reader';
import {
  BriefReadingPlugin,
  type BriefStats,
  type OutlineEntry,
} from '../../../src/renderer/src/editor/plugins/reading/BriefReadingPlugin';
import { authorityCache } from '../../../src/renderer/src/library/authority-cache';
import {
  citation,
  documentBlocks,
  editorState,
  footnote,
  heading,
  list,
  listItem,
  paragraph,
  quote,
  text,
} from '../../../src/shared/brief/editor-json';
import {
  MISSING_AUTHORITY,
  readWrittenBrief,
  writtenCitation,
  type BriefReading,
} from '../../../src/shared/brief/reader';
import { DEFAULT_ACT_CITATIONS } from '../../../src/shared/citations/styles';
import type { Authority } from '../../../src/shared/library';
import { ACOSTA, CECE, GATIMI, KASINGA, record } from '../../fixtures/authorities';
import { mountEditor, storedBlocks, unmountEditors } from '../../helpers/editor';
import { SLOW_TEST_TIMEOUT } from '../../helpers/timeouts';

const authorities = [record(GATIMI), record(KASINGA), record(ACOSTA), record(CECE)];
const [gatimi, kasinga, acosta, cece] = authorities as [Authority, Authority, Authority, Authority];
/** An authority since deleted from the library. */
const DELETED_ID = 525_252;
const library = new Map(authorities.map((authority) => [authority.id, authority]));

beforeAll(() => {
  for (const authority of authorities) authorityCache.put(authority);
  authorityCache.forget(DELETED_ID);
});
afterEach(unmountEditors);

/** Full, Id., short and string cites; footnotes; a list, a quotation; a deleted authority. */
const BRIEF = editorState([
  heading(1, text('ARGUMENT')),
  paragraph(
    text('The Board erred. '),
    citation({ authorityId: gatimi.id, signal: 'See', pin: '615' }),
    text('. The group is visible. '),
    citation({ authorityId: gatimi.id, pin: '616' }),
    text('; '),
    citation({ authorityId: kasinga.id }),
    text('.'),
    footnote(text('As the Board held. '), citation({ authorityId: acosta.id }), text('.')),
  ),
  heading(2, text('A. Young women who live alone')),
  list('number', [
    listItem(1, text('First, '), citation({ authorityId: cece.id, pin: '673' }), text('.')),
    listItem(2, text('Second, '), citation({ authorityId: cece.id, pin: '673' }), text('.')),
  ]),
  quote(text('“A quotation.” '), citation({ authorityId: DELETED_ID })),
  paragraph(citation({ authorityId: gatimi.id }), text(' at length.')),
]);

function exportReading(state: unknown): BriefReading {
  return readWrittenBrief(documentBlocks(JSON.stringify(state)), library, 'federal');
}

describe('one reader of a brief', () => {
  it('gives the editor the forms, count and outline the export gives', async () => {
    const store = new CitationUsesStore();
    let stats: BriefStats | null = null;
    let outline: OutlineEntry[] = [];
    const { editor, content } = mountEditor(
      JSON.stringify(BRIEF),
      <BriefReadingPlugin
        onOutline={(entries) => (outline = entries)}
        onStats={(s) => (stats = s)}
      />,
      { store, style: 'federal', act: DEFAULT_ACT_CITATIONS },
    );
    const expected = exportReading(editor.getEditorState().toJSON());
    // Read after the browser paints: wait for it, letting React render the chips it changes.
    await act(() => vi.waitFor(() => expect(stats?.words).toBe(expected.words)));

    // Every citation in the same form and place as the export writes it, the chips included.
    const { placements } = store.get();
    const keys = editor.read(() => [...store.get().uses.values()].flat());
    expect(keys).toHaveLength(expected.citations.length);
    const chips = [...content.querySelectorAll('.citation')].map((chip) =>
      chip.textContent?.replaceAll('\u00a0', ' '),
    );
    expect(chips).toEqual(
      expected.citations.map(({ fields, placement }) =>
        writtenCitation(
          library.get(fields.authorityId) ?? null,
          fields,
          placement,
          'federal',
        ).replaceAll('\u00a0', ' '),
      ),
    );
    expect([...placements.values()]).toEqual(expected.citations.map((c) => c.placement));
    expect(chips).toContain(MISSING_AUTHORITY);
    const idForms = expected.citations.filter(({ placement }) => placement.form === 'id');
    expect(idForms.length).toBeGreaterThan(0);
    expect(chips.filter((chip) => /^id\b/i.test(chip ?? ''))).toHaveLength(idForms.length);
    expect(outline.map(({ level, text: title }) => ({ level, text: title }))).toEqual(
      expected.outline.map(({ level, text: title }) => ({ level, text: title })),
    );
    expect(store.get().unpinnedShort).toHaveLength(expected.unpinnedShort.length);
  });
});

/** An edit as a user makes one, at a block picked by number. */
type Edit =
  | { kind: 'type'; block: number; text: string }
  | { kind: 'cite'; block: number; authority: number; pin: string }
  | { kind: 'note'; block: number; authority: number }
  | { kind: 'insert'; block: number; as: 'paragraph' | 'heading' | 'quote' }
  | { kind: 'remove'; block: number }
  | { kind: 'undo'; steps: number };

const ids = [...authorities.map((a) => a.id), DELETED_ID];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    block: fc.nat(),
    text: fc.constantFrom('. ', '; ', ', ', 'The Board erred. ', 'Held ', 'see'),
  }),
  fc.record({
    kind: fc.constant('cite' as const),
    block: fc.nat(),
    authority: fc.nat(ids.length - 1),
    pin: fc.constantFrom('', '615', '616'),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    block: fc.nat(),
    authority: fc.nat(ids.length - 1),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    block: fc.nat(),
    as: fc.constantFrom('paragraph' as const, 'heading' as const, 'quote' as const),
  }),
  fc.record({ kind: fc.constant('remove' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), steps: fc.integer({ min: 1, max: 3 }) }),
);

function apply(editor: LexicalEditor, change: Edit, history: EditorState[]): void {
  if (change.kind === 'undo') {
    const earlier = history[Math.max(0, history.length - change.steps)];
    if (earlier) editor.setEditorState(earlier, { tag: HISTORIC_TAG });
    return;
  }
  editor.update(
    () => {
      const blocks = $getRoot().getChildren().filter($isElementNode);
      const block = blocks[change.block % Math.max(1, blocks.length)];
      if (!block) return;
      // A list's item is where text goes in a list.
      const target = block.getType() === 'list' ? (block.getFirstChild() ?? block) : block;
      if (!$isElementNode(target)) return;
      switch (change.kind) {
        case 'type':
          target.append($createTextNode(change.text));
          break;
        case 'cite':
          target.append(
            $createCitationNode({
              authorityId: ids[change.authority] ?? DELETED_ID,
              pin: change.pin,
              signal: '',
              parenthetical: '',
              forceFull: false,
            }),
          );
          break;
        case 'note':
          target.append(
            $createFootnoteNode().append(
              $createTextNode('Note. '),
              $createCitationNode({
                authorityId: ids[change.authority] ?? DELETED_ID,
                pin: '',
                signal: 'See',
                parenthetical: '',
                forceFull: false,
              }),
            ),
          );
          break;
        case 'insert': {
          const created =
            change.as === 'heading'
              ? $createHeadingNode('h2')
              : change.as === 'quote'
                ? $createQuoteNode()
                : $createParagraphNode();
          block.insertAfter(created.append($createTextNode('New text. ')));
          break;
        }
        case 'remove':
          if (blocks.length > 1) block.remove();
          break;
      }
    },
    { discrete: true },
  );
}

describe('the editor reads a brief again only where it changed', () => {
  it(
    'reads after any edits as a fresh reading of the whole brief does (property)',
    { timeout: SLOW_TEST_TIMEOUT },
    () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const editor = createEditor({
            namespace: 'brief',
            nodes: EDITOR_NODES,
            onError(error) {
              throw error;
            },
          });
          const reader = new EditorBriefReader();
          const unregister = editor.registerUpdateListener((update) => reader.noteUpdate(update));
          editor.setEditorState(editor.parseEditorState(JSON.stringify(BRIEF)));
          const write = (
            fields: Parameters<typeof writtenCitation>[1],
            placement: Parameters<typeof writtenCitation>[2],
          ) =>
            writtenCitation(library.get(fields.authorityId) ?? null, fields, placement, 'federal');
          const history: EditorState[] = [];
          for (const change of edits) {
            history.push(editor.getEditorState());
            apply(editor, change, history);
            const incremental = editor.getEditorState().read(() => reader.$read(write));
            const fresh = exportReading(editor.getEditorState().toJSON());
            expect(incremental.words).toBe(fresh.words);
            expect(incremental.citations).toEqual(fresh.citations);
            expect(incremental.outline).toEqual(fresh.outline);
            expect(incremental.cited).toEqual(fresh.cited);
            expect(incremental.unpinnedShort).toEqual(fresh.unpinnedShort);
            expect(incremental.citationKeys).toHaveLength(fresh.citations.length);
          }
          unregister();
        }),
        { numRuns: 60 },
      );
    },
  );

  it('counts a brief stored by the editor as the export counts it', () => {
    const { editor } = mountEditor(JSON.stringify(BRIEF), null);
    const blocks = storedBlocks(editor);
    expect(readWrittenBrief(blocks, library, 'federal').words).toBe(exportReading(BRIEF).words);
  });
});
