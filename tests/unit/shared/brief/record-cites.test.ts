import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courtProfileFrom } from '../../../../src/shared/brief/profile-files';
import {
  findRecordCites,
  parsePageMap,
  parseRecordCite,
  printRecordCite,
  repaginate,
  repaginateText,
  RECORD_KINDS,
  type RecordRef,
} from '../../../../src/shared/brief/record-cites';

const profile = (id: string) =>
  courtProfileFrom(
    JSON.parse(
      readFileSync(join(__dirname, '../../../../resources/profiles', `${id}.json`), 'utf8'),
    ),
  );
const demo = JSON.parse(
  readFileSync(join(__dirname, '../../../../resources/demo/cece.json'), 'utf8'),
) as { facts: { recordCite: string }[] };

const ar = (...pages: [number, number][]): RecordRef => ({
  record: 'administrative',
  pages: pages.map(([first, last]) => ({ first, last })),
});

describe('parseRecordCite', () => {
  it('reads the free-text cites attorneys type', () => {
    expect(parseRecordCite('A.R. 112–13')).toEqual(ar([112, 113]));
    expect(parseRecordCite('AR 45')).toEqual(ar([45, 45]));
    expect(parseRecordCite('Admin. R. at 7')).toEqual(ar([7, 7]));
    expect(parseRecordCite('J.A. 12-14')).toEqual({
      record: 'appendix',
      pages: [{ first: 12, last: 14 }],
    });
    expect(parseRecordCite('CAR 67')).toEqual({
      record: 'certified',
      pages: [{ first: 67, last: 67 }],
    });
    expect(parseRecordCite('C.A.R. 1100-05')).toEqual({
      record: 'certified',
      pages: [{ first: 1100, last: 1105 }],
    });
    expect(parseRecordCite('R. 5 to 9')).toEqual({
      record: 'record',
      pages: [{ first: 5, last: 9 }],
    });
    expect(parseRecordCite('A.R. 114–15, 118.')).toEqual(ar([114, 115], [118, 118]));
  });

  it("reads every one of the demo's record cites but the docket entry, which stays text", () => {
    const parsed = demo.facts.map((fact) => [fact.recordCite, parseRecordCite(fact.recordCite)]);
    expect(parsed.filter(([, ref]) => ref === null).map(([cite]) => cite)).toEqual([
      'Dkt. 11-1989',
    ]);
    expect(parseRecordCite('A.R. 116–17')).toEqual(ar([116, 117]));
    expect(parseRecordCite('A.R. 3–5')).toEqual(ar([3, 5]));
  });

  it('refuses what is not a record page', () => {
    for (const text of ['Dkt. 11-1989', 'Tr. 231', 'A.R. 20–19', 'A.R.', 'A.R. 5a', 'Cir. R. 28'])
      expect(parseRecordCite(text), text).toBeNull();
  });
});

describe('findRecordCites', () => {
  it('finds cites in running text, and not court rules that look like them', () => {
    const text =
      'She was beaten. A.R. 116–17. See Cir. R. 28(c); Fed. R. App. P. 28(e); Local R. 30.1; the IJ found her credible, A.R. at 61–68, and R. 5.';
    expect(findRecordCites(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'A.R. 116–17',
      'A.R. at 61–68',
      'R. 5',
    ]);
  });
});

describe('printRecordCite in each court profile', () => {
  const ref = ar([116, 117]);
  it('FRAP 28(e) and 30: the administrative record and the joint appendix by page, en dashes', () => {
    const frap = profile('frap-merits').recordCites;
    expect(printRecordCite(ref, frap)).toBe('A.R.\u00a0116–17');
    expect(printRecordCite({ ...ref, record: 'appendix' }, frap)).toBe('J.A.\u00a0116–17');
    expect(printRecordCite({ ...ref, record: 'certified' }, frap)).toBe('C.A.R.\u00a0116–17');
  });

  // The rules set citing by page; the abbreviations are the profile's, not yet confirmed in the
  // rules' or opinions' text (the profile's sources say what was searched).
  it('7th Cir. R. 28(c) and 30: the administrative record as A.R., the appendix as App.', () => {
    const ca7 = profile('ca7-merits').recordCites;
    expect(printRecordCite(ar([61, 68], [70, 70]), ca7)).toBe('A.R.\u00a061–68, 70');
    expect(printRecordCite({ ...ref, record: 'certified' }, ca7)).toBe('A.R.\u00a0116–17');
    expect(printRecordCite({ ...ref, record: 'appendix' }, ca7)).toBe('App.\u00a0116–17');
  });

  // As above: LRs 28.1 and 30.1 set citing by page; "CAR" and "JA" are unconfirmed in their text.
  it('2d Cir. Local R. 28.1 and 30.1: the certified record as CAR, the joint appendix as JA', () => {
    const ca2 = profile('ca2-merits').recordCites;
    expect(printRecordCite({ ...ref, record: 'certified' }, ca2)).toBe('CAR\u00a0116–17');
    expect(printRecordCite({ ...ref, record: 'appendix' }, ca2)).toBe('JA\u00a0116–17');
  });

  it('drops repeated digits of a range but two (Bluebook Rule 3.2(a))', () => {
    const frap = profile('frap-merits').recordCites;
    expect(printRecordCite(ar([1100, 1105]), frap)).toBe('A.R.\u00a01100–05');
    expect(printRecordCite(ar([99, 101]), frap)).toBe('A.R.\u00a099–101');
    expect(printRecordCite(ar([3, 5]), frap)).toBe('A.R.\u00a03–5');
  });

  it('every profile names a source for every record, and prints what parses back', () => {
    for (const id of [
      'frap-merits',
      'frap-rehearing',
      'ca7-merits',
      'ca7-rehearing',
      'ca2-merits',
      'ca2-rehearing',
    ]) {
      const style = profile(id).recordCites;
      for (const kind of RECORD_KINDS) expect(style[kind].source, `${id} ${kind}`).not.toBe('');
    }
    const frap = profile('frap-merits').recordCites;
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORD_KINDS),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (record, spans) => {
          const ref: RecordRef = {
            record,
            pages: spans.map(([first, length]) => ({ first, last: first + length })),
          };
          expect(parseRecordCite(printRecordCite(ref, frap))).toEqual(ref);
        },
      ),
    );
  });
});

describe('page map', () => {
  it('reads two columns pasted from a spreadsheet, with a header, and names what it cannot read', () => {
    const { entries, problems } = parsePageMap(
      'Old page\tNew page\n1-50\t101\n51–100, 301\n\n112 → 7\nabc\n40-60\t900\n',
    );
    expect(entries).toEqual([
      { first: 1, last: 50, to: 101 },
      { first: 51, last: 100, to: 301 },
      { first: 112, last: 112, to: 7 },
    ]);
    expect(problems).toEqual([
      { line: 6, text: 'abc', reason: 'not an old page and a new page' },
      { line: 7, text: '40-60\t900', reason: 'maps an old page already mapped' },
    ]);
  });

  const map = parsePageMap('1-50\t101\n51-100\t301\n112-121\t7').entries;

  it('splits a range that crosses map entries into the ranges it now spans', () => {
    expect(repaginate(ar([40, 60]), map, 'certified')).toEqual({
      ref: {
        record: 'certified',
        pages: [
          { first: 140, last: 150 },
          { first: 301, last: 310 },
        ],
      },
      outside: null,
    });
    // Consecutive new pages join into one range.
    expect(repaginate(ar([116, 117], [118, 118]), map, 'administrative').ref).toEqual(ar([11, 13]));
  });

  it('leaves a cite with pages outside the map as it was, naming those pages', () => {
    expect(repaginate(ar([98, 104]), map, 'certified')).toEqual({
      ref: null,
      outside: [{ first: 101, last: 104 }],
    });
    expect(repaginate(ar([110, 114]), map, 'certified').outside).toEqual([
      { first: 110, last: 111 },
    ]);
  });

  it('rewrites the cites to one record in text, in the court style, and reports the rest', () => {
    const ca2 = profile('ca2-merits').recordCites;
    const result = repaginateText(
      'She was beaten. A.R. 116–17. The IJ granted asylum, A.R. at 61–68, and J.A. 4 shows it; A.R. 130.',
      'administrative',
      map,
      'certified',
      ca2,
    );
    expect(result.text).toBe(
      'She was beaten. CAR\u00a011–12. The IJ granted asylum, CAR\u00a0311–18, and J.A. 4 shows it; A.R. 130.',
    );
    expect(result.rewritten).toHaveLength(2);
    expect(result.outside).toEqual([{ cite: 'A.R. 130', pages: [{ first: 130, last: 130 }] }]);
  });
});
