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
  it('maps every character back to the one it was read from', () => {
    const original = 'A\u00a0“quoted”\nline-\nbreak  at\r\n  3 Case 1:09 Page 2 of 9\n\tend';
    const clean = cleanForExtraction(original);
    expect(clean.text).toBe('A "quoted" linebreak at 3 Case 1:09 Page 2 of 9 end');
    const readFrom = [...clean.text].map((_, index) => original[clean.originalIndex(index)]);
    expect(readFrom.join('')).toBe('A\u00a0“quoted”\nlinebreak at\n3 Case 1:09 Page 2 of 9\nend');
    expect(clean.originalIndex(clean.text.length)).toBe(original.length);
  });

  it('reads the same text and map however the blanks and quotes are spread (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '1',
      ' ',
      '  ',
      '\u00a0',
      '\t',
      '\r',
      '\n',
      '-\n',
      '“',
      '’',
      '§',
      '–',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const original = pieces.join('');
        const clean = cleanForExtraction(original);
        expect(clean.text).not.toMatch(/\s\s|^\s|\s$|[\r\n\t\u00a0“’]/);
        for (let index = 0; index < clean.text.length; index++) {
          const from = original[clean.originalIndex(index)] ?? '';
          const read = clean.text[index];
          if (read === ' ') expect(from).toMatch(/\s/);
          else if (read === '"' || read === "'") expect(`"'“’`).toContain(from);
          else expect(from).toBe(read);
          if (index > 0)
            expect(clean.originalIndex(index)).toBeGreaterThan(clean.originalIndex(index - 1));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a table of authorities', () => {
  it('regression: reads entry then page list, and never glues a page number to the next name', () => {
    const text = `TABLE OF AUTHORITIES
Cases                                                    Page(s)
Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc) 2, 3
Paloka v. Holder, 762 F.3d 191 (2d Cir. 2014) 3
Matter of M-E-V-G-, 26 I. & N. Dec. 227 (BIA 2014) passim
Statutes
8 U.S.C. 1158(b)(1)(B)(i) 4, 6
REAL ID Act of 2005, Pub. L. No. 109-13, 119 Stat. 231 .......... 5
Other Authorities
Deborah E. Anker, Refugee Law, Gender, and the Human Rights Paradigm, 15 Harv. Hum. Rts. J. 133 (2002) ........ 7`;
    const found = extractCitations(text);
    expect(found.map((citation) => citation.name ?? citation.code)).toEqual([
      'Cece v. Holder',
      'Paloka v. Holder',
      'Matter of M-E-V-G-',
      'U.S.C.',
      'REAL ID Act of 2005',
      'Deborah E. Anker',
    ]);
    expect(found.map((citation) => citation.pin ?? '')).toEqual([
      '',
      '',
      '',
      '(b)(1)(B)(i)',
      '',
      '',
    ]);
  });

  it('leaves a heading out of the first entry’s name', () => {
    const [first] = extractCitations(
      '4 Table of Authorities Cases Addington v. Texas, 441 U.S. 418 (1979)... 58, 59 Aguilar-Turcios v. Holder, 691 F.3d 1025 (9th Cir. 2012)',
    );
    expect(first?.name).toBe('Addington v. Texas');
  });
});

// Regression: "Acosta, 19 I. & N. Dec. at 233" resolved to Mogharrabi, the decision named in
// Acosta's subsequent history in the same volume, so an imported draft left it unlinked.
describe('short forms', () => {
  it('refer to the full citation of their name, not the latest of the volume', () => {
    const found = extractCitations(
      'Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987). Later: Acosta, 19 I. & N. Dec. at 234; Mogharrabi, 19 I. & N. Dec. at 440.',
    );
    expect(found.map((citation) => [citation.kind, citation.resolvesTo ?? null])).toEqual([
      ['agency', null],
      ['agency', null],
      ['short', 0],
      ['short', 1],
    ]);
  });

  it('read the Supreme Court’s own short form, with a comma before "at" (438 U. S., at 287)', () => {
    const found = extractCitations(
      'Regents of Univ. of Cal. v. Bakke, 438 U. S. 265, 289 (1978). Bakke, 438 U. S., at 287. Grutter v. Bollinger, 539 U. S. 306 (2003); 539 U. S., at 333.',
    );
    expect(
      found.map((citation) => [
        citation.kind,
        citation.reporter,
        citation.pin,
        citation.resolvesTo,
      ]),
    ).toEqual([
      ['case', 'U.S.', '289', undefined],
      ['short', 'U.S.', '287', 0],
      ['case', 'U.S.', undefined, undefined],
      ['short', 'U.S.', '333', 2],
    ]);
  });
});
