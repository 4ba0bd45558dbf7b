import { describe, expect, it } from 'vitest';
import { citation, editorState, paragraph, text } from '../../../../src/shared/brief/editor-json';
import { AuthorityFields, FactFields } from '../../../../src/shared/library';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { tempLibrary } from '../../../helpers/temp-library';

const count = (library: ReturnType<typeof tempLibrary>['library'], table: string) =>
  (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('matters', () => {
  it('are created, renamed, archived and restored, with what they hold counted', () => {
    const { library } = tempLibrary();
    const matter = library.matters.create({ name: 'Hoxha v. Garland', court: '2d Cir.' });
    library.facts.create(FactFields.parse({ matterId: matter.id, text: 'She lived alone.' }));
    library.briefs.create('Rehearing brief', matter.id);
    expect(library.matters.get(matter.id)).toMatchObject({
      name: 'Hoxha v. Garland',
      archivedAt: null,
      sample: false,
      counts: { briefs: 1, facts: 1, snippets: 0 },
    });
    const renamed = library.matters.update(matter.id, {
      name: 'Hoxha v. Bondi',
      court: '2d Cir.',
      docket: 'No. 25-1234',
      notes: '',
    });
    expect(renamed.name).toBe('Hoxha v. Bondi');
    expect(library.matters.setArchived(matter.id, true).archivedAt).toMatch(/^\d{4}-/);
    expect(library.matters.setArchived(matter.id, false).archivedAt).toBeNull();
  });

  it('refuses to delete a matter that holds briefs or facts, saying what it holds', () => {
    const { library } = tempLibrary();
    const matter = library.matters.create({ name: 'Hoxha v. Garland' });
    const fact = library.facts.create(
      FactFields.parse({ matterId: matter.id, text: 'She lived alone.' }),
    );
    const brief = library.briefs.create('Rehearing brief', matter.id);
    expect(() => library.matters.delete(matter.id)).toThrow(
      '“Hoxha v. Garland” still holds 1 brief and 1 fact. Move or delete them first, or archive the matter instead.',
    );
    library.facts.delete(fact.id);
    library.briefs.delete(brief.id); // to the trash: it keeps the brief, without its matter
    const snippet = library.snippets.create({
      matterId: matter.id,
      title: 'Acosta standard',
      content: '',
      plainText: '',
      tags: [],
    });
    library.matters.delete(matter.id);
    expect(library.matters.list()).toEqual([]);
    expect(library.snippets.get(snippet.id).matterId).toBeNull();
    expect(library.briefs.trash()[0]).toMatchObject({ id: brief.id, matterId: null });
  });

  it('scope search to the brief’s matter and General; all matters when asked', () => {
    const { library } = tempLibrary();
    const cece = library.matters.create({ name: 'Cece v. Holder' }).id;
    const hoxha = library.matters.create({ name: 'Hoxha v. Garland' }).id;
    library.facts.create(FactFields.parse({ matterId: cece, text: 'She lived alone in Korçë.' }));
    library.facts.create(FactFields.parse({ matterId: hoxha, text: 'She lived alone in Tirana.' }));
    library.facts.create(
      FactFields.parse({ matterId: null, text: 'Women who live alone are seen as unprotected.' }),
    );
    const found = (matterId?: number | null) =>
      library
        .search({ text: 'alone', types: ['fact'], matterId })
        .map((hit) => (hit.type === 'fact' ? hit.fact.excerpt : ''))
        .sort();
    expect(found(hoxha)).toEqual([
      'She lived alone in Tirana.',
      'Women who live alone are seen as unprotected.',
    ]);
    expect(found(null)).toEqual(['Women who live alone are seen as unprotected.']);
    expect(found(undefined)).toHaveLength(3);
  });
});

describe('the sample', () => {
  it('is removed with everything seeded with it, and nothing of the user’s', () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const [sample] = library.matters.list();
    expect(sample).toMatchObject({ name: 'Cece v. Holder', sample: true });
    const seededAuthorities = count(library, 'authorities');

    // The user's own work, some of it inside the sample matter or citing its authorities.
    const acosta = library.search({ text: 'Acosta', types: ['authority'] })[0];
    const gatimi = library.search({ text: 'Gatimi', types: ['authority'] })[0];
    if (acosta?.type !== 'authority' || gatimi?.type !== 'authority') throw new Error('no demo');
    const mine = library.matters.create({ name: 'Hoxha v. Garland' }).id;
    const ownBrief = library.briefs.create(
      'Hoxha rehearing',
      mine,
      JSON.stringify(
        editorState([paragraph(text('See '), citation({ authorityId: acosta.authority.id }))]),
      ),
    );
    const addedToSample = library.facts.create(
      FactFields.parse({ matterId: sample!.id, text: 'My own fact.' }),
    );
    library.snippets.create({
      matterId: null,
      title: 'Mine',
      content: JSON.stringify(
        editorState([paragraph(citation({ authorityId: gatimi.authority.id }))]),
      ),
      plainText: '',
      tags: [],
    });
    const ownAuthority = library.authorities.create(
      AuthorityFields.parse({ kind: 'case', name: 'Paloka v. Holder' }),
    );

    const result = library.matters.removeSample();
    expect(result).toEqual({
      removed: {
        matters: 1,
        briefs: 1,
        facts: expect.any(Number),
        snippets: expect.any(Number),
        authorities: seededAuthorities - 2,
      },
      movedToGeneral: 1,
      authoritiesKept: 2,
    });
    expect(library.matters.list().map((m) => m.name)).toEqual(['Hoxha v. Garland']);
    expect(library.briefs.list().map((b) => b.id)).toEqual([ownBrief.id]);
    expect(library.facts.get(addedToSample.id).matterId).toBeNull();
    expect(count(library, 'facts')).toBe(1);
    expect(count(library, 'snippets')).toBe(1);
    expect(
      library.authorities.getMany([acosta.authority.id, gatimi.authority.id, ownAuthority.id]),
    ).toHaveLength(3);
    expect(count(library, 'authorities')).toBe(3);
    // Nothing sample is left to remove a second time.
    expect(library.matters.removeSample().removed.matters).toBe(0);
  });
});
