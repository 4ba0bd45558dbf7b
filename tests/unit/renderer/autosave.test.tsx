import { pageCalls, servePage } from '../../helpers/page-api';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { act, createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibrarySession } from '../../../src/main/library/session';
import type { BriefChanges } from '../../../src/shared/brief/blocks';
import { editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import type { Brief } from '../../../src/shared/library';
import { SAVE_NOW_COMMAND } from '../../../src/renderer/src/editor/commands';
import {
  AutosavePlugin,
  type SaveStatus,
} from '../../../src/renderer/src/editor/plugins/autosave/AutosavePlugin';
import { FootnotesPlugin } from '../../../src/renderer/src/editor/plugins/footnotes/FootnotesPlugin';
import { mountEditor, unmountEditors } from '../../helpers/editor';
import { tempSession } from '../../helpers/temp-library';

/** What each save sent. */
const saves = () =>
  pageCalls.flatMap((call) =>
    call.channel === 'brief:save-blocks' ? [(call.args as { changes: BriefChanges }).changes] : [],
  );

let session: LibrarySession;
let statuses: SaveStatus[];
beforeEach(() => {
  session = tempSession({ seed: false }).session;
  servePage(session);
  statuses = [];
});
afterEach(() => {
  unmountEditors();
  servePage(null);
});

const PARAGRAPHS = 40;
const words = (i: number) => `Paragraph ${i} of the argument.`;

async function opened(content: string): Promise<{ brief: Brief; editor: LexicalEditor }> {
  const made = session.library.briefs.create('Autosave', null, content);
  const brief = session.library.briefs.get(made.id);
  const saveRef = createRef<(() => Promise<void>) | null>();
  // As the app opens a brief never edited: on an empty editor.
  const { editor } = mountEditor(
    brief.content || undefined,
    <>
      <HistoryPlugin />
      <FootnotesPlugin />
      <AutosavePlugin
        brief={brief}
        onStatus={(status) => statuses.push(status)}
        saveRef={saveRef}
      />
    </>,
  );
  return { brief, editor };
}

const long = () =>
  JSON.stringify(
    editorState(Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(text(words(i))))),
  );

/** Waits, letting the page's timers and calls run, until `done` holds (the test's timeout catches a hang). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

const lastStatus = () => statuses.at(-1)?.state;

/** Saves now (Ctrl+S) and waits for the library's answer. */
async function saveNow(editor: LexicalEditor): Promise<void> {
  const before = statuses.length;
  await act(async () => {
    editor.dispatchCommand(SAVE_NOW_COMMAND, undefined);
  });
  await until(
    () => statuses.length > before && (lastStatus() === 'saved' || lastStatus() === 'failed'),
  );
}

async function typeAt(editor: LexicalEditor, index: number, typed: string): Promise<void> {
  await act(async () => {
    editor.update(() => {
      $getRoot().getChildAtIndex(index)?.selectEnd();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(typed);
    });
  });
}

const stored = (brief: Brief) => session.library.briefs.get(brief.id);
const textsOf = (content: string) =>
  (
    JSON.parse(content) as { root: { children: { children: { text?: string }[] }[] } }
  ).root.children.map((block) => block.children.map((inline) => inline.text ?? '').join(''));
const editorTexts = (editor: LexicalEditor) =>
  textsOf(JSON.stringify(editor.getEditorState().toJSON()));

describe('autosave of a long brief', () => {
  it('opens without saving, then sends only the block typed in', async () => {
    const { brief, editor } = await opened(long());
    // Past the pause after opening, when Lexical's marking of node types dirty is looked at.
    await until(() => statuses.some((status) => status.state === 'saved'));
    expect(saves()).toEqual([]);
    expect(statuses.every((status) => status.state === 'saved')).toBe(true);

    await typeAt(editor, 20, ' Typed here.');
    await until(() => lastStatus() === 'saved' && saves().length > 0);
    expect(saves()).toHaveLength(1);
    const [sent] = saves();
    expect(sent).toMatchObject({ kind: 'blocks', base: brief.revision, remove: [], place: [] });
    expect(sent?.kind === 'blocks' && sent.upsert.map((block) => block.key)).toEqual([
      brief.blockKeys[20],
    ]);
    expect(sent?.kind === 'blocks' && sent.frame).toBeUndefined();
    expect(textsOf(stored(brief).content)[20]).toBe(`${words(20)} Typed here.`);
    // The list takes the brief's summary from the save.
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', summary: { id: brief.id } });
  });

  it('sends a new block with its place, a removed one by key, and an undo as what it changed', async () => {
    const { brief, editor } = await opened(long());
    await act(async () => {
      editor.update(() => {
        const added = $createParagraphNode().append($createTextNode('A new paragraph.'));
        $getRoot().getChildAtIndex(10)?.insertAfter(added);
      });
    });
    await saveNow(editor);
    const added = saves().at(-1);
    expect(added?.kind === 'blocks' && added.upsert).toHaveLength(1);
    expect(added?.kind === 'blocks' && added.place).toEqual([
      { key: added?.kind === 'blocks' && added.upsert[0]?.key, after: brief.blockKeys[10] },
    ]);
    expect(added).toMatchObject({ remove: [], count: PARAGRAPHS + 1 });

    await act(async () => {
      editor.update(() => $getRoot().getChildAtIndex(30)?.remove());
    });
    await saveNow(editor);
    // Block 30 of the brief is now the 29th original (one was added before it).
    expect(saves().at(-1)).toMatchObject({ upsert: [], place: [], remove: [brief.blockKeys[29]] });

    await act(async () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    });
    await saveNow(editor);
    const undone = saves().at(-1);
    expect(undone?.kind === 'blocks' && undone.upsert.map((block) => block.key)).toEqual([
      brief.blockKeys[29],
    ]);
    expect(stored(brief).content).toBe(session.library.briefs.content(brief.id));
    expect(textsOf(stored(brief).content)).toEqual(editorTexts(editor));
    expect(stored(brief).blockKeys).toHaveLength(PARAGRAPHS + 1);
  });

  it('saves an undone edit as the block it restores (undo sets the whole state)', async () => {
    const { brief, editor } = await opened(long());
    await typeAt(editor, 5, ' Regretted.');
    await saveNow(editor);
    expect(textsOf(stored(brief).content)[5]).toBe(`${words(5)} Regretted.`);
    await act(async () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    });
    await saveNow(editor);
    expect(saves().at(-1)).toMatchObject({
      upsert: [{ key: brief.blockKeys[5] }],
      remove: [],
      place: [],
    });
    expect(textsOf(stored(brief).content)).toEqual(textsOf(long()));
  });

  it('saves a new brief whole once, then block by block', async () => {
    const { brief, editor } = await opened('');
    await typeAt(editor, 0, 'First words.');
    await saveNow(editor);
    expect(saves().map((sent) => sent.kind)).toEqual(['whole']);
    await typeAt(editor, 0, ' More.');
    await saveNow(editor);
    expect(saves().map((sent) => sent.kind)).toEqual(['whole', 'blocks']);
    expect(textsOf(stored(brief).content)).toEqual(['First words. More.']);
  });

  it('saves the brief whole when another window saved it meanwhile (stale), losing nothing typed here', async () => {
    const { brief, editor } = await opened(long());
    session.library.briefs.save(
      brief.id,
      JSON.stringify(editorState([paragraph(text('Elsewhere.'))])),
    );
    await typeAt(editor, 5, ' Mine.');
    await saveNow(editor);
    expect(saves().map((sent) => sent.kind)).toEqual(['blocks', 'whole']);
    expect(textsOf(stored(brief).content)).toEqual(editorTexts(editor));
    await typeAt(editor, 6, ' Next.');
    await saveNow(editor);
    expect(saves().at(-1)?.kind).toBe('blocks');
    expect(textsOf(stored(brief).content)[6]).toBe(`${words(6)} Next.`);
  });

  it('regression (fault): a save that fails while the library is closed, then succeeds, loses nothing', async () => {
    const { brief, editor } = await opened(long());
    session.close();
    await typeAt(editor, 3, ' Typed while closed.');
    await saveNow(editor);
    expect(lastStatus()).toBe('failed');
    await typeAt(editor, 35, ' And after the failure.');
    session.open();
    await saveNow(editor);
    expect(lastStatus()).toBe('saved');
    const texts = textsOf(stored(brief).content);
    expect(texts[3]).toBe(`${words(3)} Typed while closed.`);
    expect(texts[35]).toBe(`${words(35)} And after the failure.`);
    expect(texts).toEqual(editorTexts(editor));
    // The retry sent what the failed save held and what was typed after, and nothing else.
    const retried = saves().at(-1);
    expect(retried?.kind === 'blocks' && retried.upsert.map((block) => block.key)).toEqual([
      brief.blockKeys[3],
      brief.blockKeys[35],
    ]);
  });
});
