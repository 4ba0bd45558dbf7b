import { longDate } from '../dates';
import { positionAt, type BriefMetadata } from './metadata';
import type { AnnualDay, Holiday, TimeRule } from './profiles';
import type { BriefRules } from './rules';

const DAY_MS = 24 * 60 * 60 * 1000;

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(toTime(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** 0 Sunday … 6 Saturday. */
function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

/** The date an annual day falls on in a year. */
function dateIn(year: number, day: AnnualDay): string {
  const month = String(day.month).padStart(2, '0');
  if ('day' in day) return `${year}-${month}-${String(day.day).padStart(2, '0')}`;
  const first = `${year}-${month}-01`;
  let date: string;
  if (day.nth === -1) {
    const next = toIso(Date.UTC(year, day.month, 1));
    const last = addDays(next, -1);
    date = addDays(last, -((weekdayOf(last) - day.weekday + 7) % 7));
  } else {
    const firstMatch = addDays(first, (day.weekday - weekdayOf(first) + 7) % 7);
    date = addDays(firstMatch, (day.nth - 1) * 7);
  }
  return addDays(date, day.offsetDays ?? 0);
}

/**
 * The day a holiday is kept in a year: a fixed date on a Saturday moves to the Friday before, on
 * a Sunday to the Monday after (5 U.S.C. § 6103(b); Executive Order 11582).
 */
function observedIn(year: number, holiday: Holiday): string | null {
  const date = dateIn(year, holiday);
  const weekday = weekdayOf(date);
  const observed = weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
  return holiday.from && observed < holiday.from ? null : observed;
}

/** Why a day does not end a period under Rule 26(a)(1)(C), or null if it may. */
export function closedBecause(
  date: string,
  rule: TimeRule,
  closedDays: readonly string[] = [],
): string | null {
  const weekday = weekdayOf(date);
  if (weekday === 6) return 'a Saturday';
  if (weekday === 0) return 'a Sunday';
  const year = Number(date.slice(0, 4));
  // New Year's Day on a Saturday is kept on the last day of the year before.
  for (const holiday of rule.holidays) {
    for (const candidate of [year, year + 1]) {
      if (observedIn(candidate, holiday) === date) return holiday.name;
    }
  }
  const declared = rule.declared.find((day) => day.date === date);
  if (declared) return declared.name;
  if (closedDays.includes(date)) return 'a day the clerk’s office was closed, as entered';
  return null;
}

export interface StateHoliday {
  date: string;
  name: string;
  state: string;
  source: string;
}

function stateHolidayOn(
  date: string,
  rule: TimeRule,
  clerkState: string | undefined,
): StateHoliday | null {
  const state = clerkState ? rule.states[clerkState] : undefined;
  if (!state) return null;
  const year = Number(date.slice(0, 4));
  const kept = (candidate: (typeof state.holidays)[number]) => {
    const day = dateIn(year, candidate);
    return state.sundayToMonday && weekdayOf(day) === 0 ? addDays(day, 1) : day;
  };
  const holiday = state.holidays.find((candidate) => kept(candidate) === date);
  if (!holiday) return null;
  const moved = kept(holiday) !== dateIn(year, holiday);
  return {
    date,
    name: moved ? `${holiday.name} (kept on the Monday, as it falls on a Sunday)` : holiday.name,
    state: state.name,
    source: state.source,
  };
}

/**
 * The last day of a period of `days` after an event, by Rule 26(a)(1): the event's day is not
 * counted, every day after it is, and a last day that is a weekend or legal holiday gives way
 * to the next day that is neither; `passed` says which days gave way and why.
 */
export function periodEnd(
  event: string,
  days: number,
  rule: TimeRule,
  closedDays: readonly string[] = [],
): { due: string; passed: { date: string; why: string }[] } {
  let due = addDays(event, days);
  const passed: { date: string; why: string }[] = [];
  for (
    let why = closedBecause(due, rule, closedDays);
    why;
    why = closedBecause(due, rule, closedDays)
  ) {
    passed.push({ date: due, why });
    due = addDays(due, 1);
  }
  return { due, passed };
}

export type FilingDeadline =
  | {
      kind: 'due';
      due: string;
      /** How it was reached, in words naming the rules. */
      reason: string;
      /** A state holiday on the due date that Rule 26(a)(6)(C) may add (the date stays). */
      stateHoliday: StateHoliday | null;
    }
  /** The rule counts from a date the brief's details do not yet hold. */
  | { kind: 'needs'; what: string; rule: string }
  /** No rule sets a time at this stage (FRAP before 2016 at rehearing). */
  | { kind: 'none' };

/**
 * When the brief must be filed: FRAP 29(a)(6) or 29(b)(5) as in force, counted by FRAP 26(a)
 * from the date the user entered, unless the court set or allowed another date. A state's own
 * holiday is named, never assumed, so the date shown is never later than the rule allows.
 */
export function filingDeadline(
  metadata: Pick<BriefMetadata, 'supports' | 'timing'>,
  rules: BriefRules,
): FilingDeadline {
  const { timing } = metadata;
  if (timing.extendedTo) {
    return {
      kind: 'due',
      due: timing.extendedTo,
      reason: `The date the court allowed${timing.extendedBy ? ` (${timing.extendedBy})` : ''}.`,
      stateHoliday: null,
    };
  }
  const time = rules.stage?.time;
  if (!time) return { kind: 'none' };
  const stage = rules.profile.stage;
  const position = positionAt(metadata, stage);
  if (position === 'denial' && time.opposing) {
    if (!timing.courtSetDate) return { kind: 'needs', what: time.opposing, rule: time.rule };
    return {
      kind: 'due',
      due: timing.courtSetDate,
      reason: `${time.rule}: an amicus opposing the petition files by ${time.opposing}.`,
      stateHoliday: null,
    };
  }
  const event = position === 'neither' ? time.neither : time.supported;
  if (!timing.eventDate) return { kind: 'needs', what: `the day ${event}`, rule: time.rule };

  const rule = rules.profile.timeRule;
  const { due, passed } = periodEnd(timing.eventDate, time.days, rule, timing.closedDays);
  const counted = `${time.days} days after ${longDate(timing.eventDate)}, when ${event} (${time.rule}; days counted by ${rule.rule}(1))`;
  return {
    kind: 'due',
    due,
    reason: passed.length
      ? `${counted}; ${passed.map(({ date, why }) => `${longDate(date)} is ${why}`).join(', ')}, so the period runs to the next day the clerk is open (${rule.rule}(1)(C), (6)).`
      : `${counted}.`,
    stateHoliday: stateHolidayOn(due, rule, rules.profile.clerkState),
  };
}
