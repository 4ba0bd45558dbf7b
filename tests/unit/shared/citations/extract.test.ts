import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanForExtraction } from '../../../../src/shared/citations/clean';
import { extractCitations } from '../../../../src/shared/citations/extract';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

// Holds a 500-case property.
describe('extractCitations', { timeout: SLOW_TEST_TIMEOUT }, () => {
  it('never throws and returns ordered spans inside the text, whatever it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300, unit: 'binary' }),
          fc
            .array(
              fc.constantFrom(
                '578 F.3d 611',
                ' v. ',
                'Id. at 3',
                ', ',
                '(7th Cir. 2009)',
                '\n',
                '§',
                '8 U.S.C. ',
                'supra',
                '-\n',
                '19 I&N Dec. ',
                'at ',
                '1',
              ),
              { maxLength: 40 },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const found = extractCitations(text);
          let previous = -1;
          for (const { span } of found) {
            expect(span[0]).toBeGreaterThanOrEqual(0);
            expect(span[1]).toBeLessThanOrEqual(text.length);
            expect(span[0]).toBeLessThanOrEqual(span[1]);
            expect(span[0]).toBeGreaterThanOrEqual(previous);
            previous = span[0];
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('regression: a case name never reaches back over the citation before it', () => {
    const found = extractCitations('578 F.3d 611 v. 578 F.3d 611578 F.3d 611, 578 F.3d 611');
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.span[0]).toBeGreaterThanOrEqual(found[i - 1]!.span[1]);
  });

  it('maps spans back onto the text as pasted, across line breaks and headers', () => {
    const text = 'See Gatimi v.\nHolder, 578 F.3d\n\n  12\n\n611, 615 (7th Cir. 2009).';
    const [gatimi] = extractCitations(text);
    expect(gatimi).toMatchObject({
      name: 'Gatimi v. Holder',
      volume: '578',
      page: '611',
      pin: '615',
      year: 2009,
    });
    expect(text.slice(gatimi!.span[0], gatimi!.span[1])).toBe(
      'See Gatimi v.\nHolder, 578 F.3d\n\n  12\n\n611, 615 (7th Cir. 2009)',
    );
  });

  it('handles smart quotes, no-break spaces and a hyphenated case name split over lines', () => {
    const [found] = extractCitations(
      'Hen-\nriquez-Rivas v.\u00a0Holder, 707\u00a0F.3d 1081 (9th Cir. 2013) (en banc).',
    );
    expect(found).toMatchObject({
      name: 'Henriquez-Rivas v. Holder',
      reporter: 'F.3d',
      weight: 'en banc',
    });
  });
});

describe('cleanForExtraction', () => {
  it('keeps an offset for every character', () => {
    const original = 'A\u00a0“quoted”\nline-\nbreak';
    const clean = cleanForExtraction(original);
    expect(clean.text).toBe('A "quoted" linebreak');
    expect(clean.offsets).toHaveLength(clean.text.length + 1);
    expect(original[clean.offsets[clean.text.indexOf('b')]!]).toBe('b');
  });
});
