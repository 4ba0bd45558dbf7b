import { describe, expect, it } from 'vitest';
import {
  findConfidential,
  type ConfidentialTerms,
  type ScannedPart,
} from '../../../../src/shared/brief/confidential';

const body = (...paragraphs: string[]): ScannedPart[] => [{ part: 'body', paragraphs }];
const identifiers = (...items: ConfidentialTerms['identifiers']): ConfidentialTerms => ({
  facts: [],
  identifiers: items,
});
const NONE: ConfidentialTerms = { facts: [], identifiers: [] };
const found = (parts: ScannedPart[], terms: ConfidentialTerms) =>
  findConfidential(parts, terms).map((finding) => [finding.kind, finding.found]);

describe('confidential identifiers in a filing', () => {
  // A-numbers are 8 or 9 digits (7 on old files), written "A 012-345-678" or "A012345678"; the
  // nine-digit form pads with zeros after the A (issue #12; USCIS forms' nine-box A-Number field).
  const aNumber = identifiers({ kind: 'a-number', value: 'A012-345-678', matter: 'Hoxha' });

  it.each([
    'Her file is A012345678.',
    'Her file is A 012-345-678.',
    'Her file is A-012 345 678.',
    'Her file is A# 12345678.',
    'Her file is 012345678.',
    'Her file is 12-345-678.',
  ])('finds a marked A-number however it is written: %s', (text) => {
    expect(findConfidential(body(text), aNumber)).toEqual([
      expect.objectContaining({ kind: 'a-number', label: 'A-number, Hoxha', part: 'body' }),
    ]);
  });

  it('flags what reads like an A-number even when nobody marked it', () => {
    expect(found(body('See the notice to appear for A 098-765-432.'), NONE)).toEqual([
      ['a-number-pattern', 'A 098-765-432'],
    ]);
    expect(found(body('Her old file, A1234567, was closed.'), NONE)).toEqual([
      ['a-number-pattern', 'A1234567'],
    ]);
    expect(found(body('Registration 123-456-789 is hers.'), NONE)).toEqual([
      ['a-number-pattern', '123-456-789'],
    ]);
  });

  it('leaves numbers that are not A-numbers alone', () => {
    const text = [
      'Call (312) 660-1370 or 312-660-1370.', // a telephone number: ten digits
      'Chicago, IL 60604-1234.', // ZIP+4: nine digits, not in A-number groups
      'No. 11-1989, 2012 WL 1234567, at *3.', // a docket and a Westlaw cite
      '578 F.3d 611, 615–16 (7th Cir. 2009).',
    ];
    expect(findConfidential(body(...text), NONE)).toEqual([]);
  });

  it('finds a name across line breaks and spacing, whole words only', () => {
    const terms = identifiers({ kind: 'name', value: 'Drita Hoxha', matter: 'Hoxha' });
    expect(found(body('Petitioner DRITA  HOXHA testified.'), terms)).toEqual([
      ['name', 'DRITA  HOXHA'],
    ]);
    expect(found(body('Drita Hoxhaj is another person.'), terms)).toEqual([]);
  });

  it('finds a date of birth in the ways a brief or a form writes it', () => {
    const terms = identifiers({ kind: 'birth-date', value: '1994-03-05', matter: 'Hoxha' });
    for (const written of ['March 5, 1994', 'Mar. 5, 1994', '5 March 1994', '3/5/1994', '03/05/94'])
      expect(found(body(`She was born on ${written}.`), terms)).toEqual([['birth-date', written]]);
    expect(found(body('She arrived March 5, 2004.'), terms)).toEqual([]);
  });

  it('finds an address whole or by its street line', () => {
    const terms = identifiers({
      kind: 'address',
      value: '12 Rruga Kavajës, Tirana, Albania',
      matter: 'Hoxha',
    });
    expect(found(body('She lived at 12 Rruga Kavajës in the capital.'), terms)).toEqual([
      ['address', '12 Rruga Kavajës'],
    ]);
  });

  it('finds a confidential fact by any six words of it in a row, curly or straight quotes', () => {
    const terms: ConfidentialTerms = {
      identifiers: [],
      facts: [
        {
          text: 'Ms. Cece’s uncle reported the threats to the police in Korçë, who did nothing.',
          matter: 'Cece v. Holder',
        },
      ],
    };
    const [finding, ...rest] = findConfidential(
      [
        { part: 'body', paragraphs: ['Nothing here.'] },
        {
          part: 'footnotes',
          paragraphs: ["As the record shows, Ms. Cece's uncle reported the threats to the police."],
        },
      ],
      terms,
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      part: 'footnotes',
      kind: 'fact',
      found: "Ms. Cece's uncle reported the threats to the police",
      label: expect.stringContaining('Confidential fact, Cece v. Holder'),
    });
  });

  it('reports a finding once a paragraph, with the words around it', () => {
    const terms = identifiers({ kind: 'name', value: 'Drita Hoxha', matter: 'Hoxha' });
    const [finding, ...rest] = findConfidential(
      [
        { part: 'properties', paragraphs: ['Brief for Drita Hoxha'] },
        { part: 'body', paragraphs: ['Drita Hoxha fled. Later, Drita Hoxha testified.'] },
      ],
      terms,
    );
    expect(finding).toMatchObject({ part: 'properties', context: 'Brief for Drita Hoxha' });
    expect(rest).toEqual([
      expect.objectContaining({
        part: 'body',
        context: 'Drita Hoxha fled. Later, Drita Hoxha testified.',
      }),
    ]);
  });
});
