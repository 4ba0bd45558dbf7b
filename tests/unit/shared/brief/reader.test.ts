import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citation,
  documentBlocks,
  editorState,
  footnote,
  paragraph,
  text,
  type SerializedNode,
} from '../../../../src/shared/brief/editor-json';
import {
  MISSING_AUTHORITY,
  readBlock,
  readBrief,
  readWrittenBrief,
} from '../../../../src/shared/brief/reader';
import { countWords } from '../../../../src/shared/brief/word-count';
import { placeCitations, type ReadingItem } from '../../../../src/shared/citations/resolve';
import { CECE, record } from '../../../fixtures/authorities';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

const inline: fc.Arbitrary<SerializedNode> = fc.oneof(
  fc.constantFrom('. ', '; ', ', ', 'The Board erred. ', 'Held ').map((value) => text(value)),
  fc
    .record({ authorityId: fc.integer({ min: 1, max: 3 }), pin: fc.constantFrom('', '5', '7') })
    .map((fields) => citation(fields)),
);
const block = fc
  .tuple(fc.array(inline, { maxLength: 6 }), fc.option(fc.array(inline, { maxLength: 3 })))
  .map(([children, note]) =>
    paragraph(...children, ...(note ? [footnote(...note)] : []), text('.')),
  );

/** The brief read as one sequence, a break after each block and around each footnote. */
function wholeSequence(blocks: ReturnType<typeof documentBlocks>): ReadingItem[] {
  const items: ReadingItem[] = [];
  const read = (inlines: (typeof blocks)[number]['inlines']) => {
    for (const part of inlines) {
      if (part.kind === 'text') items.push({ kind: 'text', text: part.text });
      else if (part.kind === 'citation')
        items.push({
          kind: 'citation',
          authorityId: part.authorityId,
          forceFull: part.forceFull,
          pin: part.pin,
        });
      else if (part.kind === 'footnote') {
        items.push({ kind: 'break' });
        read(part.inlines);
        items.push({ kind: 'break' });
      }
    }
  };
  for (const { inlines } of blocks) {
    read(inlines);
    items.push({ kind: 'break' });
  }
  return items;
}

describe('the reader of a brief', () => {
  it(
    'places citations block by block exactly as over the whole brief at once (property)',
    { timeout: SLOW_TEST_TIMEOUT },
    () => {
      fc.assert(
        fc.property(fc.array(block, { maxLength: 8 }), (written) => {
          const blocks = documentBlocks(JSON.stringify(editorState(written)));
          const reading = readBrief(blocks.map(readBlock), () => 'Cite');
          expect(reading.citations.map(({ placement }) => placement)).toEqual(
            placeCitations(wholeSequence(blocks)),
          );
        }),
        { numRuns: 200 },
      );
    },
  );

  it('flags short forms without a pin, and counts a deleted authority as its placeholder reads', () => {
    const cece = record(CECE);
    const blocks = documentBlocks(
      JSON.stringify(
        editorState([
          paragraph(citation({ authorityId: cece.id, pin: '673' }), text('.')),
          paragraph(text('Again. '), citation({ authorityId: 99 }), text('.')),
          paragraph(text('And '), citation({ authorityId: cece.id }), text('.')),
        ]),
      ),
    );
    const reading = readWrittenBrief(blocks, new Map([[cece.id, cece]]), 'federal');
    expect(reading.citations.map(({ placement }) => placement.form)).toEqual([
      'full',
      'full',
      'short',
    ]);
    expect(reading.unpinnedShort).toEqual([2]);
    expect(reading.cited).toEqual([cece.id, 99]);
    // The placeholder is what the filing shows, so it is what the certificate counts.
    const deleted = documentBlocks(
      JSON.stringify(
        editorState([paragraph(text('Again. '), citation({ authorityId: 99 }), text(' Next.'))]),
      ),
    );
    expect(readWrittenBrief(deleted, new Map(), 'federal').words).toBe(
      2 + countWords(MISSING_AUTHORITY),
    );
  });
});
