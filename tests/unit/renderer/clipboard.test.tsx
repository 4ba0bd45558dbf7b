import { $insertDataTransferForRichText } from '@lexical/clipboard';
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MISSING_AUTHORITY } from '../../../src/shared/brief/reader';
import { BriefReadingPlugin } from '../../../src/renderer/src/editor/plugins/reading/BriefReadingPlugin';
import { CitationUsesStore } from '../../../src/renderer/src/editor/plugins/citation-forms/store';
import {
  $readableClipboardData,
  ClipboardPlugin,
} from '../../../src/renderer/src/editor/plugins/clipboard/ClipboardPlugin';
import { FootnotesPlugin } from '../../../src/renderer/src/editor/plugins/footnotes/FootnotesPlugin';
import { authorityCache } from '../../../src/renderer/src/library/authority-cache';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
  TEXT_FORMAT,
  type Inline,
} from '../../../src/shared/brief/editor-json';
import { DEFAULT_ACT_CITATIONS, type CitationStyle } from '../../../src/shared/citations/styles';
import { ACOSTA, GATIMI, KASINGA, record } from '../../fixtures/authorities';
import {
  mountEditor,
  storedBlocks,
  unmountEditors,
  type MountedEditor,
} from '../../helpers/editor';

const gatimi = record(GATIMI);
const kasinga = record(KASINGA);
const acosta = record(ACOSTA);
/** An id the library does not have. */
const ABSENT_ID = 424_242;

beforeAll(() => {
  for (const authority of [gatimi, kasinga, acosta]) authorityCache.put(authority);
  authorityCache.forget(ABSENT_ID);
});
afterEach(unmountEditors);

/** A brief's editor, as BriefEditor sets it up for copying and pasting. */
function mountBrief(content: string | undefined, style: CitationStyle): MountedEditor {
  return mountEditor(
    content,
    <>
      <BriefReadingPlugin onOutline={() => undefined} onStats={() => undefined} />
      <FootnotesPlugin />
      <ClipboardPlugin />
    </>,
    { store: new CitationUsesStore(), style, act: DEFAULT_ACT_CITATIONS },
  );
}

/** A passage with a full cite under a signal, italics, an Id., a full and a short cite, a note. */
const PASSAGE = paragraph(
  text('The Board erred. '),
  citation({ authorityId: gatimi.id, signal: 'See', pin: '615' }),
  text('. '),
  text('Social visibility', TEXT_FORMAT.italic),
  text(' is not the test. '),
  citation({ authorityId: gatimi.id, pin: '616' }),
  text('. Then '),
  citation({ authorityId: kasinga.id }),
  text('. Later '),
  citation({ authorityId: gatimi.id, pin: '617' }),
  text('.'),
  footnote(text('As the Board held. '), citation({ authorityId: acosta.id })),
);
const BRIEF = JSON.stringify(
  editorState([
    paragraph(text('Intro.'), footnote(text('First note.'))),
    PASSAGE,
    paragraph(text('Next paragraph.')),
  ]),
);

/** Selects the second paragraph, from its `from`th child to its end. */
function selectPassage(editor: LexicalEditor, from = 0): void {
  editor.update(
    () => {
      const passage = $getRoot().getChildAtIndex<ElementNode>(1);
      if (!$isElementNode(passage)) throw new Error('no passage');
      const selection = $createRangeSelection();
      selection.anchor.set(passage.getKey(), from, 'element');
      selection.focus.set(passage.getKey(), passage.getChildrenSize(), 'element');
      $setSelection(selection);
    },
    { discrete: true },
  );
}

function copy(editor: LexicalEditor): { html: string; text: string } {
  const data = editor.read(() => $readableClipboardData());
  return { html: data?.['text/html'] ?? '', text: data?.['text/plain'] ?? '' };
}

/** What a reader sees: no-break spaces read as spaces. */
const readable = (value: string | null | undefined) => (value ?? '').replaceAll('\u00a0', ' ');

/** Pastes as the browser's paste does, from clipboard data holding these types only. */
function paste(editor: LexicalEditor, data: Record<string, string>): void {
  const clipboard = {
    types: Object.keys(data),
    getData: (type: string) => data[type] ?? '',
  } as unknown as DataTransfer;
  act(() =>
    editor.update(
      () => {
        const selection = $getSelection() ?? $getRoot().selectEnd();
        $insertDataTransferForRichText(clipboard, selection);
      },
      { discrete: true },
    ),
  );
}

/** The chips' text, in order: the citations as the page shows them. */
function chips(content: HTMLElement): string[] {
  return [...content.querySelectorAll('.citation')].map((chip) => readable(chip.textContent));
}

function inlinesOf(editor: LexicalEditor): Inline[] {
  return storedBlocks(editor).flatMap((block) => block.inlines);
}

describe('copying from a brief', () => {
  it('puts each citation on the clipboard as it reads where it stands, in the brief’s style, with its italics', () => {
    const { editor } = mountBrief(BRIEF, 'eoir');
    selectPassage(editor);
    const { html } = copy(editor);
    const clip = new DOMParser().parseFromString(html, 'text/html');
    expect(
      [...clip.querySelectorAll('[data-amicus-authority]')].map((cite) =>
        readable(cite.textContent),
      ),
    ).toEqual([
      'See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009)',
      'Id. at 616',
      'Matter of Kasinga, 21 I&N Dec. 357 (BIA 1996)',
      'Gatimi, 578 F.3d at 617',
      'Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)',
    ]);
    expect([...clip.querySelectorAll('i')].map((italic) => italic.textContent)).toEqual([
      'See',
      'Gatimi v. Holder',
      'Social visibility',
      'Id.',
      'Matter of Kasinga',
      'Gatimi',
      'Matter of Acosta',
    ]);
    expect(html).not.toMatch(/<script|on\w+=/i);
  });

  it('puts a footnote’s number where it stands and its note after the text, as LibreOffice writes footnotes', () => {
    const { editor } = mountBrief(BRIEF, 'eoir');
    selectPassage(editor);
    const clip = new DOMParser().parseFromString(copy(editor).html, 'text/html');
    // The second footnote of the brief keeps its number.
    const mark = clip.querySelector('a.sdfootnoteanc');
    expect(mark?.getAttribute('href')).toBe('#sdfootnote2sym');
    expect(mark?.querySelector('sup')?.textContent).toBe('2');
    const note = clip.querySelector('div#sdfootnote2');
    expect(note?.querySelector('a.sdfootnotesym')?.getAttribute('href')).toBe('#sdfootnote2anc');
    expect(readable(note?.textContent)).toBe(
      '2 As the Board held. Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)',
    );
    // The note follows the passage's text.
    expect(clip.body.lastElementChild?.contains(note)).toBe(true);
  });

  it('gives the same passage as plain text, the note’s number in brackets and the note after a blank line', () => {
    const { editor } = mountBrief(BRIEF, 'eoir');
    selectPassage(editor);
    expect(readable(copy(editor).text)).toBe(
      'The Board erred. See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009). Social visibility' +
        ' is not the test. Id. at 616. Then Matter of Kasinga, 21 I&N Dec. 357 (BIA 1996). Later' +
        ' Gatimi, 578 F.3d at 617.[2]\n\n[2] As the Board held. Matter of Acosta, 19 I&N Dec. 211' +
        ' (BIA 1985)',
    );
  });

  it('leaves out the placeholder of a footnote not yet written', () => {
    const { editor } = mountBrief(
      JSON.stringify(editorState([paragraph(text('Alone.'), footnote(text('\u200b')))])),
      'federal',
    );
    editor.update(() => $getRoot().select(0, 1), { discrete: true });
    const { html, text: plain } = copy(editor);
    expect(html).not.toContain('\u200b');
    expect(plain).toBe('Alone.[1]\n\n[1] ');
  });
});

describe('pasting Amicus HTML', () => {
  it('restores live citations and footnotes, which take their forms where they now stand', async () => {
    const source = mountBrief(BRIEF, 'eoir');
    selectPassage(source.editor);
    const { html } = copy(source.editor);

    const target = mountBrief(undefined, 'federal');
    paste(target.editor, { 'text/html': html });
    const inlines = inlinesOf(target.editor);
    expect(inlines.filter((inline) => inline.kind === 'citation')).toEqual([
      {
        kind: 'citation',
        authorityId: gatimi.id,
        pin: '615',
        signal: 'See',
        parenthetical: '',
        forceFull: false,
      },
      {
        kind: 'citation',
        authorityId: gatimi.id,
        pin: '616',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
      {
        kind: 'citation',
        authorityId: kasinga.id,
        pin: '',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
      {
        kind: 'citation',
        authorityId: gatimi.id,
        pin: '617',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
    const notes = inlines.filter((inline) => inline.kind === 'footnote');
    expect(notes).toEqual([
      {
        kind: 'footnote',
        inlines: [
          expect.objectContaining({ kind: 'text', text: 'As the Board held. ' }),
          expect.objectContaining({ kind: 'citation', authorityId: acosta.id }),
        ],
      },
    ]);
    expect(inlines).toContainEqual(
      expect.objectContaining({ kind: 'text', text: 'Social visibility', italic: true }),
    );
    // The brief's own style, and no copied text: the note's citation is read anew (once the
    // brief is read, after the paste is painted).
    await act(() =>
      vi.waitFor(() =>
        expect(chips(target.content)).toEqual([
          'See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009)',
          'Id. at 616',
          'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
          'Gatimi, 578 F.3d at 617',
          'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
        ]),
      ),
    );
  });

  it('makes a copied Id. or short form the full citation where it is the first use', async () => {
    const source = mountBrief(BRIEF, 'federal');
    // From the Id. on: "Id. at 616. Then … Later Gatimi, 578 F.3d at 617."
    selectPassage(source.editor, 5);
    const { html, text: plain } = copy(source.editor);
    expect(readable(plain)).toMatch(/^Id\. at 616\. Then /);

    const target = mountBrief(undefined, 'federal');
    paste(target.editor, { 'text/html': html });
    await act(() =>
      vi.waitFor(() =>
        expect(chips(target.content)).toEqual([
          'Gatimi v. Holder, 578 F.3d 611, 616 (7th Cir. 2009)',
          'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
          'Gatimi, 578 F.3d at 617',
          'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
        ]),
      ),
    );
  });

  it('pastes into a snippet’s editor too, where citations stand alone', () => {
    const source = mountBrief(BRIEF, 'federal');
    selectPassage(source.editor);
    const snippet = mountEditor(undefined, <ClipboardPlugin />);
    paste(snippet.editor, { 'text/html': copy(source.editor).html });
    expect(chips(snippet.content)).toHaveLength(5);
    expect(inlinesOf(snippet.editor).filter((inline) => inline.kind === 'footnote')).toHaveLength(
      1,
    );
  });
});

describe('pasted HTML is not trusted', () => {
  /** Pastes HTML into a fresh brief and returns what the brief now holds. */
  function pasteIntoBrief(html: string): { inlines: Inline[]; content: HTMLElement } {
    const { editor, content } = mountBrief(undefined, 'federal');
    paste(editor, { 'text/html': html });
    return { inlines: inlinesOf(editor), content };
  }
  const citationsIn = (inlines: Inline[]) => inlines.filter((inline) => inline.kind === 'citation');
  const textIn = (inlines: Inline[]) =>
    inlines.map((inline) => (inline.kind === 'text' ? inline.text : `{${inline.kind}}`)).join('');

  it('runs nothing and keeps no handler from hostile HTML', () => {
    const hostile = window as unknown as { pwned?: boolean };
    const { inlines, content } = pasteIntoBrief(
      `<p>Before <span data-amicus-authority="${gatimi.id}" onclick="window.pwned=true" ` +
        `onmouseover="window.pwned=true"><i>Gatimi</i></span> after` +
        `<img src="x" onerror="window.pwned=true"><script>window.pwned=true</script></p>`,
    );
    expect(hostile.pwned).toBeUndefined();
    expect(citationsIn(inlines)).toEqual([expect.objectContaining({ authorityId: gatimi.id })]);
    expect(content.innerHTML).not.toMatch(/onclick|onmouseover|onerror|<img|<script/i);
  });

  it.each([
    ['an id that is not a whole number', { 'data-amicus-authority': '7x' }],
    ['an id of zero', { 'data-amicus-authority': '0' }],
    ['an id past the largest safe integer', { 'data-amicus-authority': '99999999999999999' }],
    ['a pin cite of 3,000 characters', { 'data-amicus-pin': '1'.repeat(3_000) }],
    ['a force-full flag other than "true"', { 'data-amicus-force-full': 'yes' }],
  ])('pastes a citation with %s as the text it showed', (_, attributes) => {
    const attributesText = Object.entries({
      'data-amicus-authority': String(gatimi.id),
      ...attributes,
    })
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    const { inlines } = pasteIntoBrief(
      `<p>See <span ${attributesText}><i>Gatimi</i>, 578 F.3d 611</span>.</p>`,
    );
    expect(citationsIn(inlines)).toEqual([]);
    expect(textIn(inlines)).toBe('See Gatimi, 578 F.3d 611.');
    expect(inlines).toContainEqual(expect.objectContaining({ text: 'Gatimi', italic: true }));
  });

  it('pastes a citation of an authority the library lacks as a visible missing authority', () => {
    const { inlines, content } = pasteIntoBrief(
      `<p>As held in <span data-amicus-authority="${ABSENT_ID}"><i>Ghost v. Case</i></span>.</p>`,
    );
    expect(citationsIn(inlines)).toEqual([expect.objectContaining({ authorityId: ABSENT_ID })]);
    expect(content.textContent).toContain(MISSING_AUTHORITY);
  });

  it('pastes a citation copied from another library, whose id is another authority here, as its text', () => {
    const { inlines } = pasteIntoBrief(
      `<p><span data-amicus-authority="${gatimi.id}" ` +
        `data-amicus-cites="Lwin v. INS, 144 F.3d 505 (7th Cir. 1998)"><i>Lwin v. INS</i>, 144 F.3d 505 (7th Cir. 1998)</span></p>`,
    );
    expect(citationsIn(inlines)).toEqual([]);
    expect(textIn(inlines)).toBe('Lwin v. INS, 144 F.3d 505 (7th Cir. 1998)');
  });

  it('makes a footnote pasted inside another part of it', () => {
    const { inlines } = pasteIntoBrief(
      '<p>Text<span data-amicus-footnote="1">Outer <span data-amicus-footnote="2">inner</span> end</span></p>',
    );
    expect(textIn(inlines)).toBe('Text{footnote}');
    expect(textIn(inlines.find((inline) => inline.kind === 'footnote')?.inlines ?? [])).toBe(
      'Outer inner end',
    );
  });

  it('reads nothing into a footnote mark from a note that holds the mark itself', () => {
    const { inlines } = pasteIntoBrief(
      '<div data-amicus-note="1"><p>Text<a data-amicus-footnote="1"><sup>1</sup></a> more</p></div>',
    );
    expect(textIn(inlines)).toBe('Text more');
  });
});
