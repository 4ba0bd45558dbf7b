import { describe, expect, it } from 'vitest';
import { closedBecause, filingDeadline, periodEnd } from '../../../../src/shared/brief/deadline';
import { BriefMetadata, type BriefMetadataInput } from '../../../../src/shared/brief/metadata';
import { briefRules } from '../../../../src/shared/brief/rules';
import { PROFILES } from '../../../helpers/profiles';

const ca7Merits = PROFILES.get('ca7-merits')!;
const timeRule = ca7Merits.timeRule;

function deadline(profileId: string, details: BriefMetadataInput) {
  const metadata = BriefMetadata.parse(details);
  return filingDeadline(metadata, briefRules(PROFILES.get(profileId)!, {}, '', '2026-12-02'));
}

describe('FRAP 26(a)(1): counting a period in days', () => {
  // The Committee Note to the 2009 amendment of Rule 26(a): a filing due 10 days after an event
  // whose tenth day is Saturday, September 1, 2007 is due Tuesday, September 4 (Monday,
  // September 3, is Labor Day).
  it('follows the Committee Note’s own example', () => {
    expect(periodEnd('2007-08-22', 10, timeRule)).toEqual({
      due: '2007-09-04',
      passed: [
        { date: '2007-09-01', why: 'a Saturday' },
        { date: '2007-09-02', why: 'a Sunday' },
        { date: '2007-09-03', why: 'Labor Day' },
      ],
    });
  });

  it.each([
    // Rule 26(a)(6)(A): the statutory holidays, on the day they are kept.
    ['2024-02-19', 'Washington’s Birthday'], // third Monday in February
    ['2024-05-27', 'Memorial Day'], // last Monday in May
    // Juneteenth: 5 U.S.C. § 6103(a) since Pub. L. 117-17 of June 17, 2021; June 19, 2021 was a Saturday.
    ['2021-06-18', 'Juneteenth National Independence Day'],
    ['2021-12-31', 'New Year’s Day'], // January 1, 2022 was a Saturday
    ['2023-01-02', 'New Year’s Day'], // January 1, 2023 was a Sunday
    ['2026-11-26', 'Thanksgiving Day'], // fourth Thursday in November
    ['2026-10-12', 'Columbus Day'],
    // Rule 26(a)(6)(B): days the President closed the government.
    ['2025-01-09', 'National day of mourning for President Jimmy Carter'],
  ])('%s is a legal holiday: %s', (date, name) => {
    expect(closedBecause(date, timeRule)).toBe(name);
  });

  it.each([
    ['2020-06-19', 'Juneteenth before Congress declared it'],
    ['1985-01-21', 'Martin Luther King Jr.’s Birthday before it was a holiday'],
    ['2026-12-24', 'a Christmas Eve no order closed'],
  ])('%s is an ordinary day (%s)', (date) => {
    expect(closedBecause(date, timeRule)).toBeNull();
  });

  it('runs past Christmas 2025, the days around it closed by order, and the weekend', () => {
    expect(periodEnd('2025-12-17', 7, timeRule).due).toBe('2025-12-29');
  });

  it('takes a day the user says the clerk’s office was closed (Rule 26(a)(3))', () => {
    expect(periodEnd('2026-03-02', 7, timeRule, ['2026-03-09']).due).toBe('2026-03-10');
  });
});

describe('the brief’s filing deadline', () => {
  it('is 7 days after the supported party’s principal brief at the merits (FRAP 29(a)(6))', () => {
    expect(
      deadline('ca7-merits', { supports: 'reversal', timing: { eventDate: '2026-02-06' } }),
    ).toEqual({
      kind: 'due',
      due: '2026-02-13',
      reason:
        '7 days after February 6, 2026, when the principal brief of the party supported is filed (Fed. R. App. P. 29(a)(6); days counted by Fed. R. App. P. 26(a)(1)).',
      stateHoliday: null,
    });
  });

  it('asks for the petitioner’s brief when the amicus supports neither party', () => {
    expect(deadline('frap-merits', { supports: 'neither' })).toEqual({
      kind: 'needs',
      what: 'the day the appellant’s or petitioner’s principal brief is filed',
      rule: 'Fed. R. App. P. 29(a)(6)',
    });
  });

  it('at rehearing runs from the petition, or is the court’s date for an opponent (FRAP 29(b)(5))', () => {
    expect(
      deadline('ca2-rehearing', { supports: 'grant', timing: { eventDate: '2026-06-12' } }),
    ).toMatchObject({ kind: 'due', due: '2026-06-22' }); // June 19 is Juneteenth (a Friday)
    expect(deadline('ca2-rehearing', { supports: 'denial' })).toMatchObject({
      kind: 'needs',
      what: 'the date the court set for the response',
    });
    expect(
      deadline('ca2-rehearing', { supports: 'denial', timing: { courtSetDate: '2026-07-01' } }),
    ).toMatchObject({ kind: 'due', due: '2026-07-01' });
  });

  it('names a state holiday on the due date without moving the date (Rule 26(a)(6)(C))', () => {
    const found = deadline('ca2-merits', { timing: { eventDate: '2026-02-05' } });
    expect(found).toMatchObject({
      kind: 'due',
      due: '2026-02-12',
      stateHoliday: { name: 'Lincoln’s Birthday', state: 'New York' },
    });
  });

  // Rule 26(a)(6)(C) takes the holidays of the state of the clerk's principal office: Illinois's
  // Lincoln's Birthday and Casimir Pulaski's Birthday (5 ILCS 490/60, 490/15), New York's Lincoln's
  // birthday and general election day (N.Y. Gen. Constr. Law § 24).
  it('takes the clerk’s state’s holidays from the statutes that declare them', () => {
    expect(timeRule.states['IL']?.source).toMatch(/5 ILCS 490\/60.*5 ILCS 490\/15/);
    expect(timeRule.states['NY']?.source).toMatch(/^N\.Y\. Gen\. Constr\. Law § 24/);
    // A date not read in its source keeps "verify" and says what was searched (Juneteenth's
    // naming in Rule 26(a)(6)(A)).
    const notes = [
      ...timeRule.holidays.map((holiday) => holiday.note ?? ''),
      ...Object.values(timeRule.states).map((state) => state.source),
    ];
    for (const note of notes) if (/verify/.test(note)) expect(note).toMatch(/searched/);
    // Both statutes keep a holiday that falls on a Sunday on the Monday after: Lincoln's Birthday
    // 2023 was a Sunday, so Monday, February 13, 2023 was the state's holiday.
    expect(deadline('ca2-merits', { timing: { eventDate: '2023-02-06' } })).toMatchObject({
      due: '2023-02-13',
      stateHoliday: {
        name: 'Lincoln’s Birthday (kept on the Monday, as it falls on a Sunday)',
        state: 'New York',
      },
    });
    // The first Monday in March 2026 is March 2.
    expect(deadline('ca7-merits', { timing: { eventDate: '2026-02-23' } })).toMatchObject({
      due: '2026-03-02',
      stateHoliday: { name: 'Casimir Pulaski’s Birthday', state: 'Illinois' },
    });
  });

  it('is the date the court allowed, when it allowed a later one', () => {
    expect(
      deadline('ca7-merits', {
        timing: {
          eventDate: '2026-02-06',
          extendedTo: '2026-03-02',
          extendedBy: 'Order of Feb. 10, 2026',
        },
      }),
    ).toMatchObject({
      kind: 'due',
      due: '2026-03-02',
      reason: 'The date the court allowed (Order of Feb. 10, 2026).',
    });
  });
});
