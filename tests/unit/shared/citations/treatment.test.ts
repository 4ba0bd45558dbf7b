import { describe, expect, it } from 'vitest';
import table from '../../../../resources/treatments/precedents.json';
import { extractCitations } from '../../../../src/shared/citations/extract';
import { authorityFromExtracted } from '../../../../src/shared/citations/to-authority';
import {
  countTreated,
  describeTreatment,
  loadTreatments,
  treatedCountText,
  treatmentOf,
  TREATMENTS,
} from '../../../../src/shared/citations/treatment';
import { AuthorityFields } from '../../../../src/shared/library';
import { tempLibrary } from '../../../helpers/temp-library';

const entryAt = (volume: string, reporter: string, firstPage: string) =>
  TREATMENTS.find({ volume, reporter, firstPage });

describe('the treatment table', () => {
  it('loads, and every treatment has its citation, date, scope, jurisdiction and source', () => {
    const { authorities } = TREATMENTS.table;
    expect(authorities.length).toBeGreaterThanOrEqual(26);
    for (const entry of authorities) {
      for (const treatment of entry.treatments) {
        // A decision's reporter cite, or a rule's Federal Register cite with its date.
        expect(treatment.by).toMatch(
          /\d+ (I\. & N\. Dec\.|F\.3d|U\.S\.) \d+ \(.*\d{4}\)|\d+ Fed\. Reg\. [\d,]+ \(\w+ \d+, \d{4}\)/,
        );
        expect(treatment.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(treatment.scope.point.length).toBeGreaterThan(10);
        expect(treatment.jurisdiction).toMatch(/^(nationwide|\w+ Cir\.)$/);
        expect(treatment.source.length).toBeGreaterThan(10);
      }
      // Treatments in the order they happened, so the last one is the authority's status.
      const dates = entry.treatments.map((treatment) => treatment.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  // Issue #12 names seven kinds of later treatment; "abrogated by a circuit" is kept as
  // not-followed-in-circuit, since a circuit's holding binds only that circuit.
  it('holds at least one entry of every kind of treatment the issue names', () => {
    const kinds = new Set(
      TREATMENTS.table.authorities.flatMap((entry) => entry.treatments.map((t) => t.kind)),
    );
    for (const kind of [
      'vacated',
      'overruled',
      'overruled-in-part',
      'modified',
      'clarified',
      'not-followed-in-circuit',
      'superseded-by-regulation',
    ] as const)
      expect(kinds, kind).toContain(kind);
  });

  it('refuses an entry without its source, and a cite listed twice', () => {
    const [first] = table.authorities;
    const withoutSource = structuredClone(first!);
    (withoutSource.treatments[0] as { source?: string }).source = undefined;
    expect(() => loadTreatments({ ...table, authorities: [withoutSource] })).toThrow(/source/);
    expect(() => loadTreatments({ ...table, authorities: [first, first] })).toThrow(/twice/);
  });

  it('holds the required treatments with their correct citations and dates', () => {
    const treatment = (volume: string, reporter: string, page: string) =>
      entryAt(volume, reporter, page)?.treatments.map(({ kind, by, date, jurisdiction }) => ({
        kind,
        by,
        date,
        jurisdiction,
      }));
    const abIII = 'Matter of A-B-, 28 I. & N. Dec. 307 (A.G. 2021)';
    expect(treatment('27', 'I. & N. Dec.', '316')).toEqual([
      { kind: 'vacated', by: abIII, date: '2021-06-16', jurisdiction: 'nationwide' },
    ]);
    expect(treatment('28', 'I. & N. Dec.', '199')).toEqual([
      { kind: 'vacated', by: abIII, date: '2021-06-16', jurisdiction: 'nationwide' },
    ]);
    expect(treatment('26', 'I. & N. Dec.', '388')?.map((t) => [t.kind, t.by])).toEqual([
      ['overruled', 'Matter of A-B-, 27 I. & N. Dec. 316 (A.G. 2018)'],
      ['restored', abIII],
    ]);
    expect(treatment('27', 'I. & N. Dec.', '581')).toEqual([
      {
        kind: 'vacated',
        by: 'Matter of L-E-A-, 28 I. & N. Dec. 304 (A.G. 2021)',
        date: '2021-06-16',
        jurisdiction: 'nationwide',
      },
    ]);
    expect(treatment('22', 'I. & N. Dec.', '906')).toEqual([
      {
        kind: 'vacated',
        by: 'Matter of R-A-, 22 I. & N. Dec. 906 (BIA 1999; A.G. 2001)',
        date: '2001-01-19',
        jurisdiction: 'nationwide',
      },
    ]);
    expect(treatment('19', 'I. & N. Dec.', '211')).toEqual([
      {
        kind: 'overruled-in-part',
        by: 'Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
        date: '1987-06-12',
        jurisdiction: 'nationwide',
      },
    ]);
    // Social visibility → social distinction, and the circuits on it.
    for (const [volume, page] of [
      ['23', '951'],
      ['24', '69'],
      ['24', '579'],
      ['24', '591'],
    ] as const) {
      expect(treatment(volume, 'I. & N. Dec.', page)?.at(-1)).toMatchObject({
        kind: 'clarified',
        by: 'Matter of M-E-V-G-, 26 I. & N. Dec. 227 (BIA 2014); Matter of W-G-R-, 26 I. & N. Dec. 208 (BIA 2014)',
        date: '2014-02-07',
      });
    }
    expect(treatment('24', 'I. & N. Dec.', '579')?.[0]).toMatchObject({
      kind: 'not-followed-in-circuit',
      by: 'Valdiviezo-Galdamez v. Att’y Gen., 663 F.3d 582 (3d Cir. 2011)',
      jurisdiction: '3d Cir.',
    });
    expect(treatment('663', 'F.3d', '582')).toEqual([
      {
        kind: 'limited',
        by: 'S.E.R.L. v. Att’y Gen., 894 F.3d 535 (3d Cir. 2018)',
        date: '2018-07-03',
        jurisdiction: '3d Cir.',
      },
    ]);
    // Loper Bright changed the basis of Chevron-based holdings; it did not overrule them.
    expect(treatment('894', 'F.3d', '535')).toEqual([
      {
        kind: 'deference-basis-changed',
        by: 'Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024)',
        date: '2024-06-28',
        jurisdiction: 'nationwide',
      },
    ]);
  });

  // Each expectation below was read in the treating decision's own headnote or order (or, for the
  // rule, the Federal Register's dates line); the data's source field names which.
  it('holds the later Attorney General vacaturs and overrulings with their citations and dates', () => {
    const first = (volume: string, page: string) =>
      entryAt(volume, 'I. & N. Dec.', page)?.treatments.map(({ kind, by, date }) => ({
        kind,
        by,
        date,
      }));
    // [volume, page, kind, treating decision, date]: where each was read is the comment after it.
    const treated: [string, string, string, string, string][] = [
      // A-C-A-A- II, 28 I&N Dec. 351, headnote (1), Interim Decision #4024.
      ['28', '84', 'vacated', 'Matter of A-C-A-A-, 28 I. & N. Dec. 351 (A.G. 2021)', '2021-07-26'],
      // Cruz-Valdez, 28 I&N Dec. 326, headnote (1): "overruled in its entirety", Int. Dec. #4022.
      [
        '27',
        '271',
        'overruled',
        'Matter of Cruz-Valdez, 28 I. & N. Dec. 326 (A.G. 2021)',
        '2021-07-15',
      ],
      // Coronado Acevedo, 28 I&N Dec. 648, headnote (1), Interim Decision #4053.
      [
        '27',
        '462',
        'overruled',
        'Matter of Coronado Acevedo, 28 I. & N. Dec. 648 (A.G. 2022)',
        '2022-11-17',
      ],
      // The Attorney General's order of March 5, 2018 vacating the Board's 2014 decision.
      ['26', '319', 'vacated', 'Matter of E-F-H-L-, 27 I. & N. Dec. 226 (A.G. 2018)', '2018-03-05'],
      // Silva-Trevino, 26 I&N Dec. 550 (A.G. April 10, 2015): the 2008 opinion "vacated in its entirety".
      [
        '24',
        '687',
        'vacated',
        'Matter of Silva-Trevino, 26 I. & N. Dec. 550 (A.G. 2015)',
        '2015-04-10',
      ],
    ];
    for (const [volume, page, kind, by, date] of treated)
      expect(first(volume, page)).toEqual([{ kind, by, date }]);
    // Compean II, 25 I&N Dec. 1 (A.G. June 3, 2009), Interim Decision #3643: Compean I vacated, and
    // with it the partial overruling of Lozada and Assaad of January 7, 2009.
    const compeanII = 'Matter of Compean, Bangaly & J-E-C-, 25 I. & N. Dec. 1 (A.G. 2009)';
    expect(first('24', '710')).toEqual([{ kind: 'vacated', by: compeanII, date: '2009-06-03' }]);
    for (const [volume, page] of [
      ['19', '637'],
      ['23', '553'],
    ] as const) {
      expect(first(volume, page)).toEqual([
        {
          kind: 'overruled-in-part',
          by: 'Matter of Compean, Bangaly & J-E-C-, 24 I. & N. Dec. 710 (A.G. 2009)',
          date: '2009-01-07',
        },
        { kind: 'restored', by: compeanII, date: '2009-06-03' },
      ]);
    }
  });

  it('holds decisions modified by a later Board decision, and one superseded by regulation', () => {
    const only = (volume: string, page: string) =>
      entryAt(volume, 'I. & N. Dec.', page)?.treatments;
    // A-G-G-, 25 I&N Dec. 486 (BIA 2011), headnote (4): "Matter of Soleimani ... modified".
    expect(only('20', '99')).toMatchObject([
      {
        kind: 'modified',
        by: 'Matter of A-G-G-, 25 I. & N. Dec. 486 (BIA 2011)',
        date: '2011-05-12',
        scope: { extent: 'in part' },
        jurisdiction: 'nationwide',
      },
    ]);
    // Soleimani, 20 I&N Dec. 99 (BIA July 13, 1989), headnote (1): Portales and Lam "modified".
    for (const page of ['15', '239'])
      expect(only('18', page)).toMatchObject([
        {
          kind: 'modified',
          by: 'Matter of Soleimani, 20 I. & N. Dec. 99 (BIA 1989)',
          date: '1989-07-13',
        },
      ]);
    // 71 Fed. Reg. 27,585 (May 12, 2006), "effective May 12, 2006"; Matter of Martinez-Montalvo,
    // 24 I&N Dec. 778 (BIA 2009), headnote: "Matter of Artigas, 23 I&N Dec. 99 (BIA 2001), superseded".
    const artigas = only('23', '99');
    expect(artigas).toMatchObject([
      { kind: 'superseded-by-regulation', date: '2006-05-12', scope: { extent: 'whole' } },
    ]);
    expect(artigas?.[0]?.by).toMatch(/71 Fed\. Reg\. 27,585 \(May 12, 2006\)$/);
    expect(artigas?.[0]?.source).toMatch(/Martinez-Montalvo, 24 I&N Dec\. 778/);
    // Superseded by regulation warns; modified only informs.
    const artigasAuthority = {
      volume: '23',
      reporter: 'I&N Dec.',
      firstPage: '99',
      treatmentNote: '',
    };
    expect(treatmentOf(artigasAuthority)).toMatchObject({
      status: 'superseded-by-regulation',
      warning: true,
    });
    expect(treatmentOf({ ...artigasAuthority, volume: '20' })).toMatchObject({
      status: 'modified',
      warning: false,
    });
  });
});

describe('matching library authorities to the table', () => {
  it('matches by volume, reporter and first page across the I. & N. Dec. spellings', () => {
    const { library } = tempLibrary();
    const saved = ['I. & N. Dec.', 'I&N Dec.', 'I & N Dec.'].map((reporter) =>
      library.authorities.create(
        AuthorityFields.parse({
          kind: 'agency',
          name: 'Matter of A-B-',
          volume: '27',
          reporter,
          firstPage: '316',
          court: 'A.G.',
          year: 2018,
        }),
      ),
    );
    for (const authority of library.authorities.getMany(saved.map((a) => a.id))) {
      expect(treatmentOf(authority)).toMatchObject({
        entry: { label: 'A-B- I' },
        status: 'vacated',
        warning: true,
      });
    }
    // Another page of the same volume is another decision.
    expect(treatmentOf({ ...saved[0]!, firstPage: '317' })).toBeNull();
  });

  it('matches a citation read from text in EOIR’s spelling', () => {
    const text = 'Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018).';
    const input = AuthorityFields.parse(authorityFromExtracted(extractCitations(text)[0]!));
    expect(treatmentOf(input)?.entry?.label).toBe('A-B- I');
  });

  it('marks an authority the table does not list once the user notes its treatment, and keeps the note', () => {
    const { library } = tempLibrary();
    const plain = AuthorityFields.parse({
      kind: 'case',
      name: 'Doe v. Garland',
      volume: '1',
      reporter: 'F.4th',
      firstPage: '1',
    });
    expect(treatmentOf(library.authorities.create(plain))).toBeNull();
    const noted = library.authorities.create({
      ...plain,
      treatmentNote: 'abrogated on nexus by Roe v. Garland (9th Cir. 2025)',
    });
    expect(library.authorities.get(noted.id).treatmentNote).toBe(
      'abrogated on nexus by Roe v. Garland (9th Cir. 2025)',
    );
    const treatment = treatmentOf(noted)!;
    expect(treatment).toMatchObject({ status: 'noted', warning: false });
    expect(describeTreatment(treatment)).toBe(
      'Later treatment: Your note: abrogated on nexus by Roe v. Garland (9th Cir. 2025)',
    );
  });

  it('describes the treatment from its source, and counts citations per status', () => {
    const abI = AuthorityFields.parse({
      kind: 'agency',
      name: 'Matter of A-B-',
      volume: '27',
      reporter: 'I&N Dec.',
      firstPage: '316',
    });
    const leaII = { ...abI, name: 'Matter of L-E-A-', volume: '27', firstPage: '581' };
    const acosta = { ...abI, name: 'Matter of Acosta', volume: '19', firstPage: '211' };
    expect(describeTreatment(treatmentOf(abI)!)).toMatch(
      /^Later treatment: vacated by Matter of A-B-, 28 I\. & N\. Dec\. 307 \(A\.G\. 2021\), June 16, 2021 \(in whole: .*; nationwide\)\. Source: Matter of A-B-, 28 I&N Dec\. 307/,
    );
    const counts = countTreated([
      { authority: acosta, uses: 3 },
      { authority: abI, uses: 1 },
      { authority: leaII, uses: 1 },
    ]);
    expect(counts.map(treatedCountText)).toEqual([
      '2 citations to authorities later vacated',
      '3 citations to an authority later overruled in part',
    ]);
  });
});
