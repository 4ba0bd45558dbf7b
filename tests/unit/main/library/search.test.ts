import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedLibrary } from '../../../../src/main/library';
import { deferSearchIndexing, searchTokens } from '../../../../src/main/library/search';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { AuthorityFields, type SearchHit } from '../../../../src/shared/library';
import { tempLibrary } from '../../../helpers/temp-library';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

function label(hit: SearchHit): string {
  if (hit.type === 'authority')
    return (
      hit.authority.name ||
      `${hit.authority.title} ${hit.authority.code} § ${hit.authority.section}`
    );
  if (hit.type === 'fact') return hit.fact.excerpt;
  return hit.snippet.title;
}

describe('library search', () => {
  let library: OpenedLibrary;
  beforeEach(() => {
    library = tempLibrary().library;
    seedDemoLibrary(library);
  });

  it('finds by prefix as the user types, ranked', () => {
    for (const typed of ['g', 'ga', 'gat', 'gatim', 'Gatimi']) {
      const hits = library.search({ text: typed });
      expect(hits.length, typed).toBeGreaterThan(0);
    }
    expect(label(library.search({ text: 'gatim' })[0]!)).toBe('Gatimi v. Holder');
  });

  it('puts a name match above a mention in notes or text', () => {
    const hits = library.search({ text: 'acosta' }).map(label);
    expect(hits[0]).toBe('Matter of Acosta');
    expect(hits).toContain('Particular social group — the Acosta standard');
  });

  it('finds authorities by their citation and statutes by section', () => {
    expect(label(library.search({ text: '578 F.3d 611' })[0]!)).toBe('Gatimi v. Holder');
    expect(label(library.search({ text: '§ 1101(a)(42)' })[0]!)).toMatch(/1101\(a\)\(42\)\(A\)/);
  });

  it('finds facts by record cite and by words, with diacritics folded', () => {
    expect(label(library.search({ text: 'A.R. 118' })[0]!)).toMatch(/police dismissed/);
    expect(library.search({ text: 'políce' }).map(label).join('|')).toMatch(/police/);
  });

  it('filters by type, authority kind and matter', () => {
    expect(
      library.search({ text: 'holder', types: ['fact'] }).every((h) => h.type === 'fact'),
    ).toBe(true);
    const agency = library.search({
      text: 'matter',
      types: ['authority'],
      authorityKinds: ['agency'],
    });
    expect(agency.length).toBeGreaterThan(3);
    expect(agency.every((h) => h.type === 'authority' && h.authority.kind === 'agency')).toBe(true);

    const other = library.matters.create({ name: 'Second Circuit rehearing' }).id;
    library.facts.create({
      matterId: other,
      text: 'She was followed home from school.',
      recordCite: 'CAR 67',
      source: '',
      tags: [],
    });
    const [demoMatter] = library.matters.list().filter((m) => m.name === 'Cece v. Holder');
    const facts = library.search({ text: 'school', types: ['fact'], matterId: demoMatter!.id });
    expect(facts.map(label).sort()).toEqual([
      'She had heard that he had kidnapped at least one girl from the school and forced her into prostitution.',
      'She had seen the same man near her high school, looking for girls.',
    ]);
    expect(library.search({ text: 'school', types: ['fact'], matterId: other }).map(label)).toEqual(
      ['She was followed home from school.'],
    );
  });

  it('browses the newest records when the query is empty', () => {
    expect(library.search({ text: '', limit: 5 })).toHaveLength(5);
    expect(
      library.search({ text: '   ', types: ['snippet'] }).every((h) => h.type === 'snippet'),
    ).toBe(true);
  });

  it.each([
    '"',
    "'",
    '§',
    '§§',
    '&',
    '(',
    ')',
    '*',
    '-',
    '- ',
    'NEAR(',
    'AND',
    'OR NOT',
    '^',
    ':',
    '{title}',
    'a"b',
    '""',
    '\u0000',
    '🙂',
    'ǅ',
  ])('never fails on %j', (text) => {
    expect(() => library.search({ text })).not.toThrow();
  });

  it('never fails on any input at all (property)', { timeout: SLOW_TEST_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (text) => {
        expect(Array.isArray(library.search({ text }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the index in step with edits and deletions', () => {
    const created = library.authorities.create(
      AuthorityFields.parse({
        kind: 'case',
        name: 'Zyxwv v. Garland',
        volume: '1',
        reporter: 'F.4th',
        firstPage: '2',
        court: '1st Cir.',
        year: 2024,
        docket: 'No. 24-5',
      }),
    );
    // The docket number is searchable too.
    expect(library.search({ text: '24-5' }).length).toBeGreaterThan(0);
    expect(library.search({ text: 'zyxw' })).toHaveLength(1);
    library.authorities.update(created.id, { ...created, name: 'Qwerty v. Garland' });
    expect(library.search({ text: 'zyxw' })).toHaveLength(0);
    expect(library.search({ text: 'qwert' })).toHaveLength(1);
    library.authorities.delete(created.id);
    expect(library.search({ text: 'qwert' })).toHaveLength(0);
  });

  it("gives a fact or snippet hit what the list shows of it, never a snippet's content", () => {
    const content = JSON.stringify({ root: { children: [], note: 'x'.repeat(100_000) } });
    const snippet = library.snippets.create({
      matterId: null,
      title: 'Vantrell: the gang’s letters',
      content,
      plainText: `Vantrell   received\nletters. ${'More letters came. '.repeat(30)}`,
      tags: [],
    });
    const fact = library.facts.create({
      matterId: null,
      text: 'Vantrell kept the letters.',
      recordCite: 'A.R. 7',
      source: 'Declaration',
      tags: ['letters'],
    });
    const hits = library.search({ text: 'vantrell' });
    // The snippet's name holds the word: it ranks first.
    expect(hits).toEqual([
      {
        type: 'snippet',
        snippet: {
          id: snippet.id,
          matterId: null,
          title: 'Vantrell: the gang’s letters',
          excerpt: expect.stringMatching(/^Vantrell received letters\. More letters came\..*…$/),
        },
      },
      {
        type: 'fact',
        fact: {
          id: fact.id,
          matterId: null,
          excerpt: 'Vantrell kept the letters.',
          recordCite: 'A.R. 7',
          recordPage: true,
          confidential: false,
        },
      },
    ]);
    expect(JSON.stringify(hits).length).toBeLessThan(1000);
  });

  it("never takes a record's own words for a filter, whatever characters they hold", () => {
    // The indexes' filter words begin with U+EE00 (migration 012); text may hold it too.
    const fact = library.facts.create({
      matterId: null,
      text: 'Wrelkin testified \uEE00ta \uEE00kagency \uEE00m1 ta\uEE00 x\uEE00y.',
      recordCite: '',
      source: '',
      tags: [],
    });
    expect(library.search({ text: 'wrelkin' }).map(label)).toEqual([fact.text]);
    expect(library.search({ text: 'wrelkin', types: ['authority'] })).toEqual([]);
    expect(
      library.search({ text: 'wrelkin', types: ['authority'], authorityKinds: ['agency'] }),
    ).toEqual([]);
    expect(library.search({ text: 'wrelkin', matterId: 1 }).map(label)).toEqual([fact.text]);
    const otherMatter = library.matters.create({ name: 'Another' }).id;
    library.facts.update(fact.id, { ...fact, matterId: otherMatter });
    expect(library.search({ text: 'wrelkin', matterId: 1 })).toEqual([]);
  });
});

describe('deferred search indexing (a bulk load)', () => {
  let library: OpenedLibrary;
  beforeEach(() => {
    library = tempLibrary().library;
  });
  const fact = (text: string) => ({ matterId: null, text, recordCite: '', source: '', tags: [] });

  it('indexes the records a load adds when it ends, once each, edits during the load included', () => {
    const kept = library.facts.create(fact('Ostrander was detained'));
    library.db.transaction(() => {
      const indexAdded = deferSearchIndexing(library.db);
      const added = library.facts.create(fact('Ostrander was beaten'));
      library.facts.create(fact('Ostrander fled'));
      library.snippets.create({
        matterId: null,
        title: 'Ostrander snippet',
        content: '',
        plainText: 'text',
        tags: [],
      });
      expect(library.search({ text: 'ostrander' }).map(label)).toEqual(['Ostrander was detained']);
      // An edit during the load is indexed at once; the end of the load indexes it again.
      library.facts.update(added.id, { ...fact('Ostrander was beaten twice') });
      library.facts.update(kept.id, { ...fact('Ostrander was detained once') });
      indexAdded();
    })();
    expect(library.search({ text: 'ostrander' }).map(label)).toEqual([
      'Ostrander snippet',
      'Ostrander fled',
      'Ostrander was beaten twice',
      'Ostrander was detained once',
    ]);
    expect(
      library.db
        .prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'ostrander'")
        .pluck()
        .get(),
    ).toBe(4);
    // New records are indexed one by one again.
    library.facts.create(fact('Ostrander returned'));
    expect(library.search({ text: 'returned' })).toHaveLength(1);
  });

  it('is undone with a load that is rolled back', () => {
    expect(() =>
      library.db.transaction(() => {
        deferSearchIndexing(library.db);
        library.facts.create(fact('Quillane'));
        throw new Error('abandoned');
      })(),
    ).toThrow('abandoned');
    library.facts.create(fact('Quillane again'));
    expect(library.search({ text: 'quillane' }).map(label)).toEqual(['Quillane again']);
  });

  it('is refused outside a transaction', () => {
    expect(() => deferSearchIndexing(library.db)).toThrow(/transaction/);
  });
});

describe('searchTokens', () => {
  it('splits like the unicode61 tokenizer and folds case and diacritics', () => {
    expect(searchTokens('Matter of S-E-G-, 24 I. & N. Dec. 579')).toEqual([
      'matter',
      'of',
      's',
      'e',
      'g',
      '24',
      'i',
      'n',
      'dec',
      '579',
    ]);
    expect(searchTokens('Ćeće §1158(b)')).toEqual(['cece', '1158', 'b']);
    expect(searchTokens('" * - ( )')).toEqual([]);
  });
});
