import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityToCsl, CslItem } from '../../../src/shared/csl-json';
import { readTransferFile } from '../../../src/shared/library-file';
import { AuthorityFields, type Authority } from '../../../src/shared/library';

/** What Zotero writes for "Export Library… → CSL JSON": cases, a statute, a regulation, more. */
const zoteroExport = readFileSync(join(__dirname, '../../fixtures/csl/zotero-legal.json'));

function readCsl(bytes: Uint8Array) {
  const read = readTransferFile(bytes);
  if (read.format !== 'csl-json') throw new Error('not read as CSL-JSON');
  return read;
}

const authority = (fields: Partial<AuthorityFields> & Pick<AuthorityFields, 'kind'>) =>
  AuthorityFields.parse(fields);

describe('CSL-JSON in', () => {
  it('maps a Zotero export’s cases, statute, regulation, article and book, and reports the rest', () => {
    const { authorities, unmapped } = readCsl(zoteroExport);
    expect(authorities).toEqual([
      authority({
        kind: 'case',
        name: 'Cece v. Holder',
        shortName: 'Cece',
        volume: '733',
        reporter: 'F.3d',
        firstPage: '662',
        court: '7th Cir.',
        year: 2013,
        docket: 'No. 11-1989',
        notes: 'En banc; young Albanian women who live alone.',
      }),
      authority({
        kind: 'agency',
        name: 'Matter of Acosta',
        volume: '19',
        reporter: 'I. & N. Dec.',
        firstPage: '211',
        court: 'B.I.A.',
        year: 1985,
        history:
          'overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
      }),
      authority({
        kind: 'statute',
        name: 'Immigration and Nationality Act',
        title: '8',
        code: 'U.S.C.',
        section: '1101(a)(42)(A)',
        year: 2012,
      }),
      authority({
        kind: 'regulation',
        name: 'Establishing asylum eligibility',
        title: '8',
        code: 'C.F.R.',
        section: '1208.13(b)(1)',
        year: 2012,
      }),
      authority({
        kind: 'secondary',
        name: 'Deborah E. Anker',
        title: 'Refugee Law, Gender, and the Human Rights Paradigm',
        volume: '15',
        reporter: 'Harv. Hum. Rts. J.',
        firstPage: '133',
        year: 2002,
      }),
      authority({
        kind: 'secondary',
        name: 'Deborah E. Anker',
        title: 'Law of Asylum in the United States',
        year: 2022,
        // What Amicus has no field for is kept, not dropped.
        notes:
          'publisher: Thomson Reuters\npublisher-place: Eagan, MN\nedition: 2022\nISBN: 978-1-7319-7431-1',
      }),
    ]);
    expect(unmapped).toEqual([
      {
        label: 'Well-Founded Fear (motion_picture)',
        reason: 'Amicus has no kind of authority for a motion picture',
      },
      {
        label: 'Doe v. Roe (unreported) (legal_case)',
        reason:
          'a case needs its name and a reporter cite (volume, reporter, first page) or a docket number',
      },
    ]);
  });

  it('reports an item that breaks the schema, and still reads the others', () => {
    const items = [
      {
        id: 1,
        type: 'legal_case',
        title: 'A v. B',
        volume: '1',
        'container-title': 'F.4th',
        page: '2',
        issued: { 'date-parts': [[2020, 1, 2, 3]] },
      },
      { id: 2, type: 'podcast', title: 'Asylum Hour' },
      { type: 'book', title: 'No id' },
      { id: 4, type: 'book', title: 'Fine', author: [{ family: 'Roe', given: 'Jane' }] },
    ];
    const { authorities, unmapped } = readCsl(Buffer.from(JSON.stringify(items)));
    expect(authorities.map((item) => item.title)).toEqual(['Fine']);
    expect(unmapped.map((item) => item.label)).toEqual([
      'A v. B (legal_case)',
      'Asylum Hour (podcast)',
      'No id (book)',
    ]);
    expect(unmapped[0]?.reason).toMatch(/^not valid CSL-JSON \(issued/);
    expect(unmapped[1]?.reason).toMatch(/^not valid CSL-JSON \(type/);
    expect(unmapped[2]?.reason).toMatch(/^not valid CSL-JSON \(id/);
  });
});

describe('CSL-JSON out', () => {
  const stamped = (fields: AuthorityFields, id: number): Authority => ({
    ...fields,
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('round-trips every mapped authority through Zotero’s variables, within the official schema', () => {
    const { authorities } = readCsl(zoteroExport);
    const items = authorities.map((fields, index) => authorityToCsl(stamped(fields, index + 1)));
    // csl-data.json forbids properties it does not define; every key must be one of its own.
    const known = new Set(Object.keys(CslItem.shape));
    for (const item of items) {
      expect(Object.keys(item).filter((key) => !known.has(key))).toEqual([]);
      expect(CslItem.safeParse(item).success).toBe(true);
    }
    const again = readCsl(Buffer.from(JSON.stringify(items)));
    expect(again.unmapped).toEqual([]);
    expect(again.authorities).toEqual(authorities);
  });

  it('writes what Zotero reads for a case, and keeps what CSL has no variable for in `custom`', () => {
    const item = authorityToCsl(
      stamped(
        authority({
          kind: 'agency',
          name: 'Matter of Kasinga',
          volume: '21',
          reporter: 'I. & N. Dec.',
          firstPage: '357',
          court: 'BIA',
          year: 1996,
          date: '1996-06-13',
          parenthetical: 'en banc',
        }),
        7,
      ),
    );
    expect(item).toEqual({
      id: 'amicus-7',
      type: 'legal_case',
      title: 'Matter of Kasinga',
      'container-title': 'I. & N. Dec.',
      volume: '21',
      page: '357',
      authority: 'BIA',
      issued: { 'date-parts': [[1996, 6, 13]] },
      custom: { 'amicus-kind': 'agency', parenthetical: 'en banc' },
    });
  });

  it('reads a Federal Register document and a book with two authors back as they were', () => {
    const originals = [
      authority({
        kind: 'regulation',
        name: 'Asylum and Withholding Definitions',
        volume: '65',
        reporter: 'Fed. Reg.',
        firstPage: '76,588',
        year: 2000,
        date: '2000-12-07',
      }),
      authority({
        kind: 'secondary',
        name: 'T. Alexander Aleinikoff, David A. Martin & Hiroshi Motomura',
        title: 'Immigration and Citizenship',
        year: 2016,
      }),
      authority({
        kind: 'secondary',
        name: 'U.N. High Comm’r for Refugees',
        title: 'Handbook',
        year: 1979,
      }),
    ];
    const items = originals.map((fields, index) => authorityToCsl(stamped(fields, index + 1)));
    expect(items[1]?.author).toEqual([
      { given: 'T. Alexander', family: 'Aleinikoff' },
      { given: 'David A.', family: 'Martin' },
      { given: 'Hiroshi', family: 'Motomura' },
    ]);
    expect(items[2]?.author).toEqual([{ literal: 'U.N. High Comm’r for Refugees' }]);
    expect(readCsl(Buffer.from(JSON.stringify(items))).authorities).toEqual(originals);
  });
});
