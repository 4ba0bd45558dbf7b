import { describe, expect, it } from 'vitest';
import {
  citedAuthorityIds,
  documentBlocks,
  inlinesToPlainText,
} from '../../../../src/shared/brief/editor-json';
import { formatCitation } from '../../../../src/shared/citations/format';
import { runsToText } from '../../../../src/shared/citations/runs';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { tempLibrary } from '../../../helpers/temp-library';

describe('demo library', () => {
  it('seeds the Cece matter with authorities, facts, snippets and a brief', () => {
    const { library } = tempLibrary();
    expect(seedDemoLibrary(library)).toBe(true);
    const count = (table: string) =>
      (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('authorities')).toBeGreaterThanOrEqual(12);
    expect(count('facts')).toBeGreaterThanOrEqual(10);
    expect(count('snippets')).toBeGreaterThanOrEqual(3);
    expect(library.matters.list()).toEqual([
      expect.objectContaining({ name: 'Cece v. Holder', docket: 'No. 11-1989' }),
    ]);

    const [summary] = library.briefs.list();
    const blocks = documentBlocks(library.briefs.get(summary!.id).content);
    const headings = blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => inlinesToPlainText(b.inlines));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Interest of Amicus Curiae',
        'Summary of Argument',
        'Argument',
        'Conclusion',
      ]),
    );
    const cited = blocks.flatMap((b) => b.inlines.filter((i) => i.kind === 'citation'));
    expect(cited.length).toBeGreaterThan(10);
  });

  it('stores the public citations correctly', () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const byName = (name: string) => library.search({ text: name, types: ['authority'] })[0];
    expect(byName('Cardoza-Fonseca')).toMatchObject({
      authority: { volume: '480', reporter: 'U.S.', firstPage: '421', year: 1987 },
    });
    expect(byName('Acosta')).toMatchObject({
      authority: {
        volume: '19',
        reporter: 'I. & N. Dec.',
        firstPage: '211',
        court: 'BIA',
        year: 1985,
      },
    });
    expect(byName('Henriquez-Rivas')).toMatchObject({
      authority: {
        volume: '707',
        reporter: 'F.3d',
        firstPage: '1081',
        court: '9th Cir.',
        parenthetical: 'en banc',
      },
    });
  });

  it('seeds only once and never overwrites the user’s edits', () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const [hit] = library.search({ text: 'Gatimi', types: ['authority'] });
    if (hit?.type !== 'authority') throw new Error('Gatimi missing');
    library.authorities.update(hit.authority.id, { ...hit.authority, notes: 'My own note.' });
    const [brief] = library.briefs.list();
    library.briefs.delete(brief!.id);

    expect(seedDemoLibrary(library)).toBe(false);
    expect(library.authorities.get(hit.authority.id).notes).toBe('My own note.');
    expect(library.briefs.list()).toEqual([]);
  });

  it('cites nothing decided after 2012, the year its merits-stage brief was filed (regression)', () => {
    // Rehearing en banc was granted in 2012 and decided in 2013 (733 F.3d 662): the amicus brief
    // could cite nothing later, though the library may hold later authorities for reference.
    const FILED = 2012;
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const [summary] = library.briefs.list();
    const ids = citedAuthorityIds(documentBlocks(library.briefs.get(summary!.id).content));
    const cited = library.authorities.getMany(ids);
    expect(cited.length).toBeGreaterThanOrEqual(12);
    expect(cited).toHaveLength(ids.length);
    for (const authority of cited) {
      const citation = runsToText(formatCitation(authority));
      if (authority.year !== null) expect(authority.year, citation).toBeLessThanOrEqual(FILED);
      if (authority.date) expect(authority.date.slice(0, 4), citation).toBe(String(authority.year));
      // Nor any year the full citation names (its subsequent history included).
      for (const year of citation.match(/\b(?:19|20)\d\d\b/g) ?? [])
        expect(Number(year), citation).toBeLessThanOrEqual(FILED);
    }
    // The library's later decisions are not among them.
    const later = library.search({ text: 'Henriquez-Rivas', types: ['authority'] })[0];
    if (later?.type !== 'authority') throw new Error('Henriquez-Rivas is missing from the demo');
    expect(later.authority.year).toBe(2013);
    expect(ids).not.toContain(later.authority.id);
  });
});
