import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
  type Inline,
} from '../../../src/shared/brief/editor-json';
import {
  INSERT_CITATION_COMMAND,
  INSERT_FACT_COMMAND,
  INSERT_SNIPPET_COMMAND,
} from '../../../src/renderer/src/editor/commands';
import { FootnotesPlugin } from '../../../src/renderer/src/editor/plugins/footnotes/FootnotesPlugin';
import { InsertPlugin } from '../../../src/renderer/src/editor/plugins/insert/InsertPlugin';
import { mountEditor, storedBlocks as stored, unmountEditors } from '../../helpers/editor';

afterEach(unmountEditors);

function mount(initial?: string): LexicalEditor {
  return mountEditor(
    initial,
    <>
      <InsertPlugin />
      <FootnotesPlugin />
    </>,
  ).editor;
}

describe('inserting from the library', () => {
  it('inserts a citation node that stores the authority id, never its text', async () => {
    const editor = mount(JSON.stringify(editorState([paragraph(text('As held in '))])));
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_CITATION_COMMAND, { authorityId: 7 });
    });
    const [block] = stored(editor);
    expect(block?.inlines).toEqual([
      expect.objectContaining({ kind: 'text', text: 'As held in ' }),
      {
        kind: 'citation',
        authorityId: 7,
        pin: '',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('Gatimi');
  });

  it('inserts a fact with its record cite at the caret', async () => {
    const editor = mount(JSON.stringify(editorState([paragraph(text('Facts: '))])));
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_FACT_COMMAND, {
        text: 'She refused his advances',
        recordCite: 'A.R. 116',
      });
    });
    expect(stored(editor)[0]?.inlines).toEqual([
      expect.objectContaining({ text: 'Facts: She refused his advances. A.R. 116.' }),
    ]);
  });

  it('inserts a snippet’s rich content, citations included', async () => {
    const editor = mount(JSON.stringify(editorState([paragraph(text('Intro.'))])));
    const snippet = JSON.stringify(
      editorState([
        paragraph(text('The Acosta test. '), citation({ authorityId: 2, pin: '233' })),
        paragraph(text('Second paragraph.')),
      ]),
    );
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_SNIPPET_COMMAND, { content: snippet });
    });
    const blocks = stored(editor);
    expect(blocks.flatMap((b) => b.inlines).filter((i) => i.kind === 'citation')).toEqual([
      {
        kind: 'citation',
        authorityId: 2,
        pin: '233',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
    expect(JSON.stringify(blocks)).toContain('Second paragraph.');
  });

  it('reads a malformed stored citation as an empty one rather than crashing', () => {
    const broken = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [{ type: 'citation', version: 1, authorityId: 'x', pin: 5 }],
          },
        ],
      },
    });
    const editor = mount(broken);
    expect(stored(editor)[0]?.inlines).toEqual([
      {
        kind: 'citation',
        authorityId: 0,
        pin: '',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
  });
});

describe('inserting inside a footnote', () => {
  const body = () =>
    JSON.stringify(
      editorState([
        paragraph(
          text('Body.'),
          footnote(text('Note '), citation({ authorityId: 3 })),
          text(' after.'),
        ),
      ]),
    );
  type Caret = 'start of its text' | 'end of its text' | 'after its citation';

  /** Puts the caret in the footnote, as a click there would. */
  function caretInFootnote(editor: LexicalEditor, caret: Caret): void {
    editor.update(
      () => {
        const note = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex(1);
        if (!$isElementNode(note)) throw new Error('no footnote');
        const selection = $createRangeSelection();
        const noteText = note.getFirstChildOrThrow().getKey();
        if (caret === 'after its citation') selection.anchor.set(note.getKey(), 2, 'element');
        else selection.anchor.set(noteText, caret === 'start of its text' ? 0 : 5, 'text');
        selection.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
        $setSelection(selection);
      },
      { discrete: true },
    );
  }

  /** The one paragraph's content: the body around the footnote, and the footnote's own. */
  function paragraphAndNote(editor: LexicalEditor): { body: Inline[]; note: Inline[] } {
    const blocks = stored(editor);
    expect(blocks).toHaveLength(1);
    const inlines = blocks[0]!.inlines;
    const notes = inlines.filter((inline) => inline.kind === 'footnote');
    expect(notes).toHaveLength(1);
    return {
      body: inlines.filter((inline) => inline.kind !== 'footnote'),
      note: notes[0]!.inlines,
    };
  }
  const textOf = (inlines: Inline[]) =>
    inlines.map((inline) => (inline.kind === 'text' ? inline.text : `{${inline.kind}}`)).join('');

  it('inserts a snippet’s text in the footnote: paragraphs run on, citations live, its own footnote in brackets', async () => {
    const editor = mount(body());
    const snippet = JSON.stringify(
      editorState([
        paragraph(
          text('Snip one.'),
          footnote(text('Inner note')),
          text(' See '),
          citation({ authorityId: 2, pin: '233' }),
        ),
        paragraph(text('Snip two. ')),
      ]),
    );
    caretInFootnote(editor, 'end of its text');
    await act(async () => {
      editor.dispatchCommand(INSERT_SNIPPET_COMMAND, { content: snippet });
    });
    const { body: around, note } = paragraphAndNote(editor);
    expect(textOf(around)).toBe('Body. after.');
    expect(textOf(note)).toBe('Note Snip one. [Inner note] See {citation} Snip two. {citation}');
    expect(note.filter((inline) => inline.kind === 'citation')).toEqual([
      expect.objectContaining({ authorityId: 2, pin: '233' }),
      expect.objectContaining({ authorityId: 3 }),
    ]);
  });

  it('inserts a fact at the start of a footnote’s text in the footnote, not before it', async () => {
    const editor = mount(body());
    caretInFootnote(editor, 'start of its text');
    await act(async () => {
      editor.dispatchCommand(INSERT_FACT_COMMAND, { text: 'She fled', recordCite: 'A.R. 7' });
    });
    const { body: around, note } = paragraphAndNote(editor);
    expect(textOf(around)).toBe('Body. after.');
    expect(textOf(note)).toBe('She fled. A.R. 7.Note {citation}');
  });

  it('inserts a citation, then a fact, after a footnote’s last citation in the footnote', async () => {
    const editor = mount(body());
    caretInFootnote(editor, 'after its citation');
    await act(async () => {
      editor.dispatchCommand(INSERT_CITATION_COMMAND, { authorityId: 4 });
      editor.dispatchCommand(INSERT_FACT_COMMAND, { text: 'She fled', recordCite: 'A.R. 7' });
    });
    const { body: around, note } = paragraphAndNote(editor);
    expect(textOf(around)).toBe('Body. after.');
    expect(textOf(note)).toBe('Note {citation}{citation}She fled. A.R. 7.');
  });
});
