import { describe, expect, it } from 'vitest';
import { buildTableOfAuthorities, pageList } from '../../../../src/shared/citations/table';
import { runsToText } from '../../../../src/shared/citations/runs';
import { AuthorityFields } from '../../../../src/shared/library';
import { ACOSTA, AYELE, GATIMI, KASINGA, record, statute } from '../../../fixtures/authorities';

const gatimi = record(GATIMI);
const acosta = record(ACOSTA);
const ayele = record(AYELE);
const inRe = record(KASINGA);
const s1158 = record(statute('1158(b)(1)(B)(i)'));
const s1101 = record(statute('1101(a)(42)(A)'));
const s1229a = record(statute('1229a'));
const reg = record(
  AuthorityFields.parse({
    kind: 'regulation',
    title: '8',
    code: 'C.F.R.',
    section: '1208.13(b)(1)',
    year: 2024,
  }),
);
const rule = record(
  AuthorityFields.parse({ kind: 'statute', code: 'Fed. R. App. P.', section: '29(a)(4)(E)' }),
);
const unhcr = record(
  AuthorityFields.parse({
    kind: 'secondary',
    name: 'UNHCR',
    title: 'Guidelines on International Protection',
    year: 2002,
  }),
);

describe('buildTableOfAuthorities', () => {
  const table = buildTableOfAuthorities([
    { authority: gatimi, page: 3 },
    { authority: gatimi, page: 3 },
    { authority: gatimi, page: 9 },
    { authority: acosta, page: 1 },
    ...[2, 4, 5, 6, 8].map((page) => ({ authority: ayele, page })),
    { authority: inRe, page: 7 },
    { authority: s1158, page: 2 },
    { authority: s1229a, page: 2 },
    { authority: s1101, page: 1 },
    { authority: reg, page: 4 },
    { authority: rule, page: 1 },
    { authority: unhcr, page: 6 },
  ]);

  it('groups by category in the standard order', () => {
    expect(table.map((section) => section.category)).toEqual([
      'Cases',
      'Statutes',
      'Regulations',
      'Rules',
      'Other Authorities',
    ]);
  });

  // Word builds the table from the TA fields' long citations and sorts them as text, so the
  // cached entries come in that order and a refresh does not reshuffle them.
  const entries = (section: number, style = table) =>
    style[section]!.entries.map((entry) => runsToText(entry.runs).replace(/\u00a0/g, ' '));

  it('sorts cases by their long citation, as Word does', () => {
    expect(entries(0)).toEqual([
      'Ayele v. Holder, 564 F.3d 862 (7th Cir. 2009)',
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
      'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
    ]);
    const bluebook = buildTableOfAuthorities(
      [acosta, gatimi, inRe].map((authority) => ({ authority, page: 1 })),
      { style: 'bluebook' },
    );
    expect(entries(0, bluebook)).toEqual([
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'In re Acosta, 19 I. & N. Dec. 211 (B.I.A. 1985)',
      'In re Kasinga, 21 I. & N. Dec. 357 (B.I.A. 1996)',
    ]);
  });

  it('sorts statutes character by character, as Word does', () => {
    expect(entries(1)).toEqual([
      '8 U.S.C. § 1101(a)(42)(A)',
      '8 U.S.C. § 1158(b)(1)(B)(i)',
      '8 U.S.C. § 1229a',
    ]);
    const codes = buildTableOfAuthorities(
      [record(statute('2')), record(statute('1983', { title: '42' }))].map((authority) => ({
        authority,
        page: 1,
      })),
    );
    expect(entries(0, codes)).toEqual(['42 U.S.C. § 1983', '8 U.S.C. § 2']);
  });

  it('lists distinct pages in order, and passim from the threshold', () => {
    const pages = Object.fromEntries(
      table[0]!.entries.map((entry) => [entry.authorityId, pageList(entry)]),
    );
    expect(pages[gatimi.id]).toBe('3, 9');
    expect(pages[ayele.id]).toBe('passim');
    const strict = buildTableOfAuthorities(
      [2, 4, 5, 6, 8].map((page) => ({ authority: ayele, page })),
      { passimThreshold: 6 },
    );
    expect(pageList(strict[0]!.entries[0]!)).toBe('2, 4, 5, 6, 8');
  });
});
