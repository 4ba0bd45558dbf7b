import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
} from '../../../src/shared/brief/editor-json';
import {
  authorityDedupeKey,
  citedIdsInContent,
  factDedupeKey,
  remapCitations,
  snippetDedupeKey,
} from '../../../src/shared/library-file';
import { SLOW_TEST_TIMEOUT } from '../../helpers/timeouts';

describe('dedupe keys', () => {
  it('take an authority’s cite, not its spacing or periods', () => {
    const acosta = {
      kind: 'agency' as const,
      volume: '19',
      reporter: 'I. & N. Dec.',
      firstPage: '211',
    };
    expect(authorityDedupeKey(acosta)).toBe(
      authorityDedupeKey({ ...acosta, reporter: 'I&N Dec.', kind: 'case', name: 'Acosta' }),
    );
    expect(
      authorityDedupeKey({ kind: 'case', volume: '578', reporter: 'F.3d', firstPage: '611' }),
    ).toBe(
      authorityDedupeKey({ kind: 'case', volume: '578', reporter: 'F. 3d', firstPage: '611' }),
    );
    expect(
      authorityDedupeKey({ kind: 'case', volume: '578', reporter: 'F.3d', firstPage: '611' }),
    ).not.toBe(
      authorityDedupeKey({ kind: 'case', volume: '578', reporter: 'F.3d', firstPage: '612' }),
    );
  });

  it('take a code cite by title, code and section', () => {
    const refugee = {
      kind: 'statute' as const,
      title: '8',
      code: 'U.S.C.',
      section: '1101(a)(42)(A)',
    };
    expect(authorityDedupeKey(refugee)).toBe(
      authorityDedupeKey({ ...refugee, code: 'USC', section: '§ 1101(a)(42)(A)', year: 2012 }),
    );
    expect(authorityDedupeKey(refugee)).not.toBe(authorityDedupeKey({ ...refugee, title: '18' }));
    expect(authorityDedupeKey(refugee)).not.toBe(
      authorityDedupeKey({ ...refugee, section: '1101(a)(42)(B)' }),
    );
  });

  it('take a work without a cite by its kind, author, title and year', () => {
    const book = {
      kind: 'secondary' as const,
      name: 'Deborah E. Anker',
      title: 'Law of Asylum',
      year: 2022,
    };
    expect(authorityDedupeKey(book)).toBe(
      authorityDedupeKey({ ...book, name: 'Deborah  E. Anker ' }),
    );
    expect(authorityDedupeKey(book)).not.toBe(authorityDedupeKey({ ...book, year: 2021 }));
  });

  it('take a fact’s and a snippet’s text as a reader sees it (one Unicode form, spaces as one)', () => {
    expect(factDedupeKey({ text: 'Café  owner\n' })).toBe(
      factDedupeKey({ text: 'Cafe\u0301 owner' }),
    );
    expect(factDedupeKey({ text: 'She fled.' })).not.toBe(factDedupeKey({ text: 'She fled' }));
    expect(snippetDedupeKey({ title: 'Acosta', plainText: 'A  group.' })).toBe(
      snippetDedupeKey({ title: 'Acosta ', plainText: 'A group.' }),
    );
  });
});

describe('citations inside editor JSON', () => {
  const content = JSON.stringify(
    editorState([
      paragraph(
        text('See '),
        citation({ authorityId: 3, pin: '5' }),
        footnote(citation({ authorityId: 9 })),
      ),
    ]),
  );

  it('are found in the text and in its footnotes, and remapped there', () => {
    expect(citedIdsInContent(content)).toEqual(new Set([3, 9]));
    const remapped = remapCitations(
      content,
      new Map([
        [3, 30],
        [9, 90],
      ]),
      () => {
        throw new Error('none missing');
      },
    );
    expect(citedIdsInContent(remapped)).toEqual(new Set([30, 90]));
    expect(remapped).toContain('"pin":"5"');
  });

  it('leave content that is not editor JSON as it is', () => {
    expect(citedIdsInContent('not json')).toEqual(new Set());
    expect(remapCitations('not json', new Map(), () => undefined)).toBe('not json');
    expect(remapCitations('', new Map(), () => undefined)).toBe('');
  });

  it('are walked without recursion, however deep a hostile document nests', () => {
    const deep = `${'['.repeat(200_000)}{"type":"citation","authorityId":4}${']'.repeat(200_000)}`;
    expect(citedIdsInContent(deep)).toEqual(new Set([4]));
  });

  it(
    'map back to where they came from (property)',
    () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 30 }), (ids) => {
          const doc = JSON.stringify(
            editorState([paragraph(...ids.map((authorityId) => citation({ authorityId })))]),
          );
          const forward = new Map(ids.map((id) => [id, id + 5000]));
          const back = new Map(ids.map((id) => [id + 5000, id]));
          const fail = () => {
            throw new Error('missing');
          };
          expect(remapCitations(remapCitations(doc, forward, fail), back, fail)).toBe(doc);
        }),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );
});
