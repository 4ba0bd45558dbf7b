import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/handlers';
import { DOWNLOAD_HOST } from '../../../src/main/web/download-host';
import { tempSession } from '../../helpers/temp-library';
import { wordDocx, wordParagraph, wordRun } from '../../helpers/word-draft';
import { repeatingZip } from '../../helpers/zip';
import { TOO_LARGE } from '../../../src/main/import/docx-text';

function handlers(): Handlers {
  const { session } = tempSession();
  return createHandlers(session, DOWNLOAD_HOST);
}

describe('dispatch', () => {
  it('answers a valid call with its value', async () => {
    const result = await dispatch(handlers(), 'library:search', { text: 'gatimi' });
    expect(result.ok).toBe(true);
    const [first] = (result.ok ? result.value : []) as {
      type: string;
      authority?: { name: string };
    }[];
    expect(first).toMatchObject({ type: 'authority', authority: { name: 'Gatimi v. Holder' } });
  });

  it('answers an unknown channel with a typed error', async () => {
    expect(await dispatch(handlers(), 'library:drop-tables', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.stringContaining('library:drop-tables') },
    });
  });

  it.each([
    ['library:search', { text: 42 }],
    ['library:search', 'not an object'],
    ['brief:save', { id: -1, content: '' }],
    ['authority:create', { kind: 'treatise' }],
    ['fact:create', { matterId: 1, text: '   ' }],
    ['brief:create', { title: 'x'.repeat(301) }],
    ['matter:list', { extra: true }],
  ])('answers a bad %s payload with invalid-argument, never a crash', async (channel, args) => {
    const result = await dispatch(handlers(), channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('passes a user-facing error through with its code', async () => {
    expect(await dispatch(handlers(), 'brief:get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('9999') },
    });
  });

  it('hides an unexpected failure behind a generic message and logs it', async () => {
    const broken = {
      ...handlers(),
      'matter:list': () => {
        throw new TypeError('secret internals');
      },
    } as Handlers;
    const log = { file: '/data/logs/amicus.log', error: vi.fn() };
    const result = await dispatch(broken, 'matter:list', {}, log);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('/data/logs/amicus.log') },
    });
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('exports a brief through the host', async () => {
    const all = handlers();
    const list = await dispatch(all, 'brief:list', {});
    if (!list.ok) throw new Error('list failed');
    const [brief] = list.value as { id: number }[];
    const exported = await dispatch(all, 'brief:export-docx', { id: brief!.id });
    expect(exported).toMatchObject({
      ok: true,
      value: { kind: 'download', fileName: expect.stringMatching(/\.docx$/) },
    });
  });
});

describe('authority:match', () => {
  it('regression: takes the key of any authority the library can hold, a secondary source’s long title included', async () => {
    const key = { volume: '', reporter: '', firstPage: '', code: '', section: '' };
    const title = `Membership of a Particular Social Group Within the Context of Article 1A(2) of the 1951 Convention ${'and Its 1967 Protocol '.repeat(4)}`;
    const result = await dispatch(handlers(), 'authority:match', {
      keys: [
        { ...key, title },
        { ...key, volume: '733', reporter: 'F.3d', firstPage: '662', title: '' },
      ],
    });
    expect(result).toMatchObject({ ok: true, value: [null, expect.any(Number)] });
  });
});

describe('a follow-on brief', () => {
  it('duplicates the Cece brief into another matter, court and stage, clearing what was that case’s', async () => {
    const h = handlers();
    const [cece] = await h['brief:list']({});
    const source = await h['brief:get']({ id: cece!.id });
    await h['brief:set-profile']({
      id: source.id,
      profileId: 'ca7-merits',
      overrides: { wordLimit: 9000 },
    });
    const matter = await h['matter:create']({
      name: 'Hoxha v. Garland',
      court: '',
      docket: '',
      notes: '',
      confidential: [],
    });

    const copy = await h['brief:duplicate']({
      id: source.id,
      title: 'Hoxha v. Garland — rehearing',
      matterId: matter.id,
      courtProfile: 'ca2-rehearing',
      citationStyle: 'bluebook',
    });
    expect(copy).toMatchObject({
      matterId: matter.id,
      courtProfile: 'ca2-rehearing',
      citationStyle: 'bluebook',
      profileOverrides: {},
      content: source.content,
    });
    // Who files came along; the earlier case's details did not, and are named.
    expect(copy.metadata.amici).toEqual(source.metadata.amici);
    expect(copy.metadata.counsel).toEqual(source.metadata.counsel);
    expect(copy.metadata).toMatchObject({ docketNumber: '', petitioner: '', respondent: '' });
    expect(copy.metadata.carriedFrom).toEqual({
      title: source.title,
      cleared: expect.arrayContaining(['docket number', 'caption', 'authority to file']),
    });
    // The original is as it was.
    expect(await h['brief:get']({ id: source.id })).toMatchObject({
      matterId: source.matterId,
      courtProfile: 'ca7-merits',
      metadata: source.metadata,
    });
  });

  it('refuses an unknown court profile or matter and creates nothing', async () => {
    const h = handlers();
    const [cece] = await h['brief:list']({});
    const attempt = (courtProfile: string, matterId: number | null) =>
      dispatch(h, 'brief:duplicate', {
        id: cece!.id,
        title: 'Copy',
        matterId,
        courtProfile,
        citationStyle: 'federal',
      });
    expect(await attempt('ca99-merits', null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await attempt('ca2-merits', 4242)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await h['brief:list']({})).toHaveLength(1);
  });
});

describe('re-paginating the record', () => {
  it("rewrites the demo's facts and brief by a page map, keeps the brief as it was in its history, and reports the cites outside the map", async () => {
    const all = handlers();
    const [brief] = await all['brief:list']({});
    const briefId = brief!.id;
    const before = await all['brief:get']({ id: briefId });
    expect(before.content).toContain('A.R. 61–68');

    // The hearing pages (112–121) and the IJ's decision (61–68) are in the map; the rest not.
    const report = await all['record:repaginate']({
      briefId,
      from: 'administrative',
      to: 'appendix',
      entries: [
        { first: 112, last: 121, to: 201 },
        { first: 61, last: 68, to: 150 },
      ],
    });
    expect(report.facts.rewritten).toBe(10);
    expect(report.facts.outside.map(({ cite }) => cite)).toEqual([
      'A.R.\u00a040–42',
      'A.R.\u00a022–24',
      'A.R.\u00a03–5',
    ]);
    // Two facts inserted with their cites, and the IJ's decision cited in the argument.
    expect(report.briefs).toEqual([{ briefId, title: before.title, rewritten: 3, outside: [] }]);

    const [found] = (
      await all['library:search']({ text: 'dismissed her complaint', types: ['fact'], limit: 5 })
    ).flatMap((hit) => (hit.type === 'fact' ? [hit.fact] : []));
    expect(found).toMatchObject({ recordCite: 'App.\u00a0207', recordPage: true });
    expect(await all['fact:get']({ id: found!.id })).toMatchObject({
      recordRef: { record: 'appendix', pages: [{ first: 207, last: 207 }] },
    });
    const after = (await all['brief:get']({ id: briefId })).content;
    expect(after).toContain('investigation. App.\u00a0207.');
    expect(after).toContain('App.\u00a0150–57');
    expect(after).not.toContain('A.R. 61–68');
    const [kept] = await all['brief:history']({ id: briefId });
    expect((await all['brief:version']({ id: kept!.id })).content).toBe(before.content);
  });
});

describe('brief:import-docx', () => {
  it('makes a brief in the chosen matter from a Word draft, with its report', async () => {
    const all = handlers();
    const created = await dispatch(all, 'matter:create', { name: 'Rehearing' });
    const matter = (created.ok ? created.value : { id: 0 }) as { id: number };
    const bytes = await wordDocx({
      body:
        wordParagraph('<w:pStyle w:val="Heading1"/>', wordRun('Argument')) +
        wordParagraph('', wordRun('See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009).')),
      styles:
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
    });
    const result = await dispatch(all, 'brief:import-docx', {
      fileName: 'Draft.docx',
      base64: Buffer.from(bytes).toString('base64'),
      title: 'Draft',
      matterId: matter.id,
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        brief: { title: 'Draft', matterId: matter.id, courtProfile: 'frap-merits' },
        report: { headings: 1, paragraphs: 1, citationsLinked: 1, authoritiesLinked: 1 },
      },
    });
  });

  it('refuses a matter that does not exist before reading the file', async () => {
    const result = await dispatch(handlers(), 'brief:import-docx', {
      fileName: 'Draft.docx',
      base64: '',
      title: 'Draft',
      matterId: 9999,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a zip bomb read in the worker, in plain words', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const bomb = repeatingZip(
      'word/document.xml',
      `<w:document ${W}><w:body><w:p><w:r><w:t>`,
      Buffer.alloc(1 << 20, '0'),
      60,
    );
    const result = await dispatch(handlers(), 'brief:import-docx', {
      fileName: 'Bomb.docx',
      base64: bomb.toString('base64'),
      title: 'Bomb',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: TOO_LARGE },
    });
  });
});
