import { describe, expect, it } from 'vitest';
import {
  citation,
  citedAuthorityIds,
  documentBlocks,
  editorState,
  footnote,
  heading,
  inlinesToPlainText,
  paragraph,
  quote,
  repairEditorState,
  text,
  TEXT_FORMAT,
  type SerializedEditorState,
  type SerializedNode,
} from '../../../../src/shared/brief/editor-json';
import { readBlock, readBrief } from '../../../../src/shared/brief/reader';
import { factWithRecordCite } from '../../../../src/shared/brief/fact-text';

describe('documentBlocks', () => {
  it('reads headings, paragraphs, quotations, lists and inline styles', () => {
    const list = {
      type: 'list',
      version: 1 as const,
      listType: 'number' as const,
      start: 1,
      tag: 'ol',
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'listitem',
          version: 1 as const,
          value: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [text('first')],
        },
      ],
    };
    const json = JSON.stringify(
      editorState([
        heading(1, text('Argument')),
        paragraph(text('See ', TEXT_FORMAT.italic), citation({ authorityId: 3, pin: '615' })),
        quote(text('because of persecution')),
        list,
      ]),
    );
    expect(documentBlocks(json)).toEqual([
      {
        kind: 'heading',
        level: 1,
        inlines: [{ kind: 'text', text: 'Argument', bold: false, italic: false, underline: false }],
      },
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'See ', bold: false, italic: true, underline: false },
          {
            kind: 'citation',
            authorityId: 3,
            pin: '615',
            signal: '',
            parenthetical: '',
            forceFull: false,
          },
        ],
      },
      {
        kind: 'quote',
        inlines: [
          {
            kind: 'text',
            text: 'because of persecution',
            bold: false,
            italic: false,
            underline: false,
          },
        ],
      },
      {
        kind: 'list-item',
        listType: 'number',
        depth: 0,
        inlines: [{ kind: 'text', text: 'first', bold: false, italic: false, underline: false }],
      },
    ]);
  });

  it('reads an empty, corrupt or foreign document as no blocks', () => {
    for (const json of ['', '   ', '{', 'null', '{"root":{}}', '[1,2]'])
      expect(documentBlocks(json)).toEqual([]);
  });

  it('lists cited authorities once each in order of first use', () => {
    const json = JSON.stringify(
      editorState([
        paragraph(citation({ authorityId: 5 }), citation({ authorityId: 2 })),
        paragraph(citation({ authorityId: 5 })),
      ]),
    );
    expect(citedAuthorityIds(documentBlocks(json))).toEqual([5, 2]);
  });
});

describe('factWithRecordCite', () => {
  it('ends the sentence and adds the record cite as its own citation sentence', () => {
    expect(factWithRecordCite('She refused his advances', 'A.R. 116')).toBe(
      'She refused his advances. A.R. 116.',
    );
    expect(factWithRecordCite('She refused his advances.', 'A.R. 116')).toBe(
      'She refused his advances. A.R. 116.',
    );
    expect(factWithRecordCite('He said “no.”', 'J.A. 45.')).toBe('He said “no.” J.A. 45.');
    expect(factWithRecordCite('  No cite  ', '')).toBe('No cite');
  });

  it('reads a footnote where its number stands, with its citations in reading order', () => {
    const json = JSON.stringify(
      editorState([
        paragraph(
          text('Gatimi rejected it. '),
          citation({ authorityId: 7 }),
          text('.'),
          footnote(text('So did the panel. '), citation({ authorityId: 7 }), text('.')),
          text(' Acosta set the test. '),
          citation({ authorityId: 3 }),
        ),
        paragraph(citation({ authorityId: 9 })),
      ]),
    );
    const blocks = documentBlocks(json);
    expect(blocks[0]?.inlines[3]).toEqual({
      kind: 'footnote',
      inlines: [
        expect.objectContaining({ kind: 'text', text: 'So did the panel. ' }),
        expect.objectContaining({ kind: 'citation', authorityId: 7 }),
        expect.objectContaining({ kind: 'text', text: '.' }),
      ],
    });
    // The footnote's citation follows the text's: Id.; the text after it starts a new passage.
    expect(
      readBrief(blocks.map(readBlock), () => '').citations.map((c) => c.placement.form),
    ).toEqual(['full', 'id', 'full', 'full']);
    expect(citedAuthorityIds(blocks)).toEqual([7, 3, 9]);
  });
});

describe('repairEditorState', () => {
  it('keeps the text of nodes it does not know, and wraps text standing under the root (regression)', () => {
    const stored = {
      root: {
        ...editorState([]).root,
        children: [
          {
            type: 'text',
            version: 1,
            text: 'Loose text.',
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
          {
            type: 'table-from-the-future',
            version: 1,
            children: [paragraph(text('Cell one')), paragraph(text(' and two'))],
          },
          paragraph(
            text('See '),
            { type: 'mention', version: 1, text: 'Gatimi' } as unknown as SerializedNode,
            citation({ authorityId: 7 }),
            { type: 'citation', version: 1 } as unknown as SerializedNode,
          ),
        ],
      },
    } as unknown as SerializedEditorState;
    const { state, repaired } = repairEditorState(stored);
    expect(repaired).toBeGreaterThanOrEqual(4);
    const blocks = documentBlocks(JSON.stringify(state));
    expect(blocks.map((block) => [block.kind, inlinesToPlainText(block.inlines)])).toEqual([
      ['paragraph', 'Loose text.'],
      ['paragraph', 'Cell one and two'],
      ['paragraph', 'See Gatimi'],
    ]);
    expect(blocks[2]?.inlines.filter((inline) => inline.kind === 'citation')).toHaveLength(1);
  });

  it('leaves a sound brief exactly as it was', () => {
    const sound = editorState([heading(1, text('Argument')), paragraph(text('Text.'))]);
    expect(repairEditorState(sound)).toEqual({ state: sound, repaired: 0 });
  });
});
