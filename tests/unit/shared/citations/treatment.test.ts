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
    expect(authorities.length).toBeGreaterThanOrEqual(14);
    for (const entry of authorities) {
      for (const treatment of entry.treatments) {
        expect(treatment.by).toMatch(/\d+ (I\. & N\. Dec\.|F\.3d|U\.S\.) \d+ \(.*\d{4}\)/);
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
