import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../src/main/handlers';
import { COURT_PROFILES } from '../../../src/main/profiles';
import { documentBlocks, inlinesToPlainText } from '../../../src/shared/brief/editor-json';
import { effectiveProfile } from '../../../src/shared/brief/profiles';
import { tempSession } from '../../helpers/temp-library';
import { CANCELLING_HOST } from '../../helpers/hosts';

describe('brief metadata through the contract', () => {
  it('is saved whole, validated, and read back', async () => {
    const { session } = tempSession();
    const { library } = session;
    const handlers = createHandlers(session, CANCELLING_HOST);
    const [demo] = library.briefs.list();
    expect(library.briefs.get(demo!.id).metadata).toMatchObject({
      docketNumber: 'No. 11-1989',
      petitioner: 'Johana Cece',
    });
    const metadata = { ...library.briefs.get(demo!.id).metadata, filingDate: '2012-03-05' };
    expect(
      await dispatch(handlers, 'brief:set-metadata', { id: demo!.id, metadata }),
    ).toMatchObject({
      ok: true,
      value: { metadata: { filingDate: '2012-03-05', docketNumber: 'No. 11-1989' } },
    });
    expect(
      await dispatch(handlers, 'brief:set-metadata', {
        id: demo!.id,
        metadata: { ...metadata, supports: 'both' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('a new brief', () => {
  it('starts with the written sections its court requires, in order, under that court’s profile', async () => {
    const { session } = tempSession({ seed: false });
    const { library } = session;
    const handlers = createHandlers(session, CANCELLING_HOST);
    const created = await dispatch(handlers, 'brief:create', {
      title: 'Rehearing',
      courtProfile: 'ca7-rehearing',
      outline: true,
    });
    if (!created.ok) throw new Error(created.error.message);
    const brief = created.value as { id: number; courtProfile: string };
    expect(brief.courtProfile).toBe('ca7-rehearing');
    const headings = documentBlocks(library.briefs.get(brief.id).content).flatMap((b) =>
      b.kind === 'heading' ? [inlinesToPlainText(b.inlines)] : [],
    );
    expect(headings).toEqual(['Interest of Amicus Curiae', 'Argument', 'Conclusion']);
    const blank = await dispatch(handlers, 'brief:create', { title: 'Blank' });
    expect(blank.ok && library.briefs.get((blank.value as { id: number }).id)).toMatchObject({
      content: '',
      courtProfile: 'frap-merits',
    });
  });
});

describe('court profiles', () => {
  it('cover FRAP, the Seventh and the Second Circuits at the merits and rehearing stages, with sources', () => {
    expect(COURT_PROFILES.map((p) => p.id).sort()).toEqual([
      'ca2-merits',
      'ca2-rehearing',
      'ca7-merits',
      'ca7-rehearing',
      'frap-merits',
      'frap-rehearing',
    ]);
    const frap = COURT_PROFILES.find((p) => p.id === 'frap-merits')!;
    expect(frap).toMatchObject({
      wordLimit: 6500,
      bodyPointSize: 14,
      lineSpacing: 'double',
      marginsInches: 1,
    });
    expect(COURT_PROFILES.find((p) => p.id === 'frap-rehearing')?.wordLimit).toBe(2600);
    expect(COURT_PROFILES.find((p) => p.id === 'ca7-merits')?.disclosure).toBe('ca7-26.1');
    for (const profile of COURT_PROFILES)
      expect(Object.keys(profile.sources)).toContain('wordLimit');
  });

  it('let a brief override a figure without changing the court’s', () => {
    const ca7 = COURT_PROFILES.find((p) => p.id === 'ca7-merits')!;
    expect(effectiveProfile(ca7, { wordLimit: 5000 }).wordLimit).toBe(5000);
    expect(effectiveProfile(ca7, {}).wordLimit).toBe(7000);
  });

  it('are chosen per brief, and an unknown one is refused', async () => {
    const { session } = tempSession();
    const { library } = session;
    const handlers = createHandlers(session, CANCELLING_HOST);
    const [demo] = library.briefs.list();
    expect(demo?.courtProfile).toBe('ca7-merits');
    expect(
      await dispatch(handlers, 'brief:set-profile', {
        id: demo!.id,
        profileId: 'ca2-rehearing',
        overrides: { wordLimit: 3000 },
      }),
    ).toMatchObject({
      ok: true,
      value: { courtProfile: 'ca2-rehearing', profileOverrides: { wordLimit: 3000 } },
    });
    expect(
      await dispatch(handlers, 'brief:set-profile', { id: demo!.id, profileId: 'ca99-merits' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('the installed court profiles', () => {
  it('are every file in resources/profiles, none left out of the list', () => {
    const files = readdirSync(join(__dirname, '../../../resources/profiles')).filter((name) =>
      name.endsWith('.json'),
    );
    expect(COURT_PROFILES.map((profile) => `${profile.id}.json`).sort()).toEqual(files.sort());
  });
});
