import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citation,
  documentBlocks,
  editorState,
  footnote,
  paragraph,
  text,
} from '../../../../src/shared/brief/editor-json';
import { readBlock, readBrief } from '../../../../src/shared/brief/reader';
import { countWords, countWordsInBlocks } from '../../../../src/shared/brief/word-count';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

describe('FRAP 32(f) word count', () => {
  it('counts runs of characters between spaces, as Word does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009).')).toBe(10);
    expect(countWords('8 U.S.C. §\u00a01158(b)(1)(B)(i)')).toBe(4);
    expect(countWords('social-visibility—requirement')).toBe(1);
    expect(countWords('Id. at 440.\n\tNext')).toBe(4);
  });

  it('never joins the last word of one paragraph to the first of the next', () => {
    expect(countWordsInBlocks(['ARGUMENT', 'The Board erred.'])).toBe(4);
  });

  it('matches splitting on whitespace (property)', { timeout: SLOW_TEST_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countWords(text)).toBe(text.split(/\s+/u).filter(Boolean).length);
      }),
      { numRuns: 100 },
    );
  });

  it('counts footnotes, each a passage of its own, and citations in their resolved forms', () => {
    const blocks = documentBlocks(
      JSON.stringify(
        editorState([
          paragraph(
            text('She lived alone.'),
            footnote(text('See '), citation({ authorityId: 1 }), text('.')),
            text(' The Board erred. '),
            citation({ authorityId: 1 }),
          ),
        ]),
      ),
    );
    const { words, citations } = readBrief(blocks.map(readBlock), (_, { form }) =>
      form === 'full' ? 'Cece v. Holder, 733 F.3d 662 (7th Cir. 2013)' : 'Id.',
    );
    expect(citations.map(({ placement }) => placement.form)).toEqual(['full', 'id']);
    // Text 3 + footnote ("See" 1 + a 9-word citation) + text 3 + "Id." 1.
    expect(words).toBe(17);
  });
});
