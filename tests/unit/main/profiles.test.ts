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

  // A figure whose rule could not be read keeps "verify" in its source, and says what was searched.
  it('say, wherever a rule’s own text could not be read, what was searched for it', () => {
    for (const profile of COURT_PROFILES) {
      const sources = [
        ...Object.values(profile.sources),
        ...Object.values(profile.recordCites).map((record) => record.source),
        ...profile.versions.map((version) => version.source),
      ];
      for (const source of sources)
        if (/verify/i.test(source)) expect(source, `${profile.id}: ${source}`).toMatch(/searched/);
    }
  });

  // FRAP 29(a)(5) (one-half of a principal brief) as the Seventh Circuit's Cir. R. 29 sets it
  // (7,000 words; the court's 2016 proposal), FRAP 29(b)(4) (2,600 words at rehearing), and
  // FRAP 32(a)(5)(A)'s 14 points as Cir. R. 32(b) lowers them (12-point body, 11-point footnotes).
  it('hold the Seventh Circuit’s amicus lengths and type sizes with the rules that set them', () => {
    const merits = COURT_PROFILES.find((p) => p.id === 'ca7-merits')!;
    expect(merits).toMatchObject({
      wordLimit: 7000,
      lengthRules: ['Circuit Rule 29'],
      minBodyPointSize: 12,
      minFootnotePointSize: 11,
      typeRules: ['Fed. R. App. P. 32(a)(5)', 'Circuit Rule 32(b)'],
    });
    expect(merits.sources.wordLimit).toMatch(/^Cir\. R\. 29: 7,000 words/);
    expect(merits.sources.minBodyPointSize).toMatch(/^Cir\. R\. 32\(b\)/);
    // Before December 1, 2016: FRAP 29(d)'s half of FRAP 32(a)(7)(B)'s 14,000 words, no circuit rule.
    expect(merits.versions).toMatchObject([{ until: '2016-11-30', changes: { lengthRules: [] } }]);
    const rehearing = COURT_PROFILES.find((p) => p.id === 'ca7-rehearing')!;
    expect(rehearing).toMatchObject({ wordLimit: 2600, lengthRules: [], minBodyPointSize: 12 });
    expect(rehearing.sources.wordLimit).toMatch(/^FRAP 29\(b\)\(4\): 2,600 words/);
  });

  // Local Rule 29.1 (7,000 words, half of LR 32.1's 14,000) and FRAP 32(a)(5)(A)'s 14 points, which
  // the clerk's agency-case guide repeats; FRAP 29(b)(4)'s 2,600 words at rehearing.
  it('hold the Second Circuit’s amicus lengths and type size with the rules that set them', () => {
    const merits = COURT_PROFILES.find((p) => p.id === 'ca2-merits')!;
    expect(merits).toMatchObject({ wordLimit: 7000, lengthRules: ['Local Rule 29.1'] });
    expect(merits).toMatchObject({ bodyPointSize: 14, minBodyPointSize: 14 });
    expect(merits.sources.bodyPointSize).toMatch(/^FRAP 32\(a\)\(5\)\(A\): 14 point; the clerk/);
    const rehearing = COURT_PROFILES.find((p) => p.id === 'ca2-rehearing')!;
    expect(rehearing).toMatchObject({ wordLimit: 2600, lengthRules: [] });
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
