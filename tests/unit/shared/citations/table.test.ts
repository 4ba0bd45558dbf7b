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

  it('sorts cases alphabetically ignoring "Matter of" and "In re"', () => {
    expect(table[0]!.entries.map((entry) => runsToText(entry.runs))).toEqual([
      'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
      'Ayele v. Holder, 564 F.3d 862 (7th Cir. 2009)',
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'In re Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
    ]);
  });

  it('sorts statutes in numeric order', () => {
    expect(table[1]!.entries.map((entry) => runsToText(entry.runs))).toEqual([
      '8 U.S.C. §\u00a01101(a)(42)(A)',
      '8 U.S.C. §\u00a01158(b)(1)(B)(i)',
      '8 U.S.C. §\u00a01229a',
    ]);
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
