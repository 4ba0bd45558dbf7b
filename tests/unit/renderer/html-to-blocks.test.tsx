import { describe, expect, it } from 'vitest';
import {
  documentBlocks,
  inlinesToPlainText,
  type Block,
  type SerializedElement,
} from '../../../src/shared/brief/editor-json';
import { htmlToBlocks } from '../../../src/renderer/src/editor/plugins/paste-word/html-to-blocks';

const read = (blocks: SerializedElement[]): Block[] =>
  documentBlocks(JSON.stringify({ root: { children: blocks } }));
const summary = (blocks: Block[]) =>
  blocks.map(
    (block) =>
      `${block.kind}${'level' in block ? block.level : ''}: ${inlinesToPlainText(block.inlines)}`,
  );

describe('htmlToBlocks', () => {
  it('reads Word’s styles, outline levels, indents and lists', () => {
    const blocks = read(
      htmlToBlocks(`<body>
        <p class=MsoTitle>Brief of Amici</p>
        <p class=BriefPoint style='mso-outline-level:2'>A. A heading by outline level</p>
        <p class=MsoNormal style='margin-left:1.0in'>An indented passage.</p>
        <p class=MsoBlockText>Block text.</p>
        <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>a)<span>&nbsp;</span></span>first</p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>nested</p>
        <p class=MsoNormal>  Plain   text,
        wrapped. </p>
      </body>`),
    );
    expect(summary(blocks)).toEqual([
      'heading1: Brief of Amici',
      'heading2: A. A heading by outline level',
      'quote: An indented passage.',
      'quote: Block text.',
      'list-item: first',
      'list-item: nested',
      'paragraph: Plain text, wrapped.',
    ]);
    expect(blocks.filter((block) => block.kind === 'list-item')).toMatchObject([
      { listType: 'number', depth: 0 },
      { listType: 'bullet', depth: 1 },
    ]);
  });

  it('reads formatting from tags and inline styles', () => {
    const [block] = read(
      htmlToBlocks(
        '<p><span style="font-style:italic">Gatimi</span>, <b>bold <span style="font-weight:normal">not</span></b> <u>under</u></p>',
      ),
    );
    expect(block?.inlines).toEqual([
      expect.objectContaining({ text: 'Gatimi', italic: true, bold: false }),
      expect.objectContaining({ text: ', ', italic: false }),
      expect.objectContaining({ text: 'bold ', bold: true }),
      // Runs of the same format are one text node.
      expect.objectContaining({ text: 'not ', bold: false }),
      expect.objectContaining({ text: 'under', underline: true }),
    ]);
  });

  it('makes a footnote of a note that came along, keeps a number whose note did not, and loses no note', () => {
    const blocks = read(
      htmlToBlocks(`<p>Text.<sup><a href="#fn1">1</a></sup> More.<sup><a href="#fn2">2</a></sup></p>
        <ol class="footnotes"><li id="fn1">The note. <a href="#fnref1">↩</a></li><li id="fn3">An orphan note.</li></ol>`),
    );
    expect(summary(blocks)).toEqual(['paragraph: Text. More.2', 'list-item: An orphan note.']);
    const note = blocks[0]?.inlines.find((inline) => inline.kind === 'footnote');
    expect(note && note.kind === 'footnote' && inlinesToPlainText(note.inlines)).toBe('The note.');
  });

  it('finds nothing in markup without text', () => {
    expect(htmlToBlocks('<p> <br> </p><script>alert(1)</script><style>p{}</style>')).toEqual([]);
  });
});
