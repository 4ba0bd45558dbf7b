import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, countWordsInBlocks } from '../../../../src/shared/brief/word-count';

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

  it('matches splitting on whitespace (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countWords(text)).toBe(text.split(/\s+/u).filter(Boolean).length);
      }),
    );
  });
});
