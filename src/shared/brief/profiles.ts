import { z } from 'zod';
import { IsoDate } from '../dates';
import { RecordCiteStyle } from './record-cites';

/** The parts of an amicus brief, generated or written, in the order FRAP 29(a)(4) files them. */
export const BRIEF_SECTIONS = [
  'cover',
  'disclosure',
  'table-of-contents',
  'table-of-authorities',
  'interest',
  'rule-29-statement',
  'summary-of-argument',
  'argument',
  'conclusion',
  'signature',
  'certificate-of-compliance',
  'certificate-of-service',
] as const;
export const BriefSection = z.enum(BRIEF_SECTIONS);
export type BriefSection = z.infer<typeof BriefSection>;

/** Sections the attorney writes in the editor; the rest are built from metadata and the body. */
export const WRITTEN_SECTIONS: Partial<Record<BriefSection, { title: string; heading: RegExp }>> = {
  interest: {
    title: 'Interest of Amicus Curiae',
    heading: /^(?:statement of )?(?:identity,? )?interests? of (?:the )?amic(?:us|i)/i,
  },
  'summary-of-argument': {
    title: 'Summary of Argument',
    heading: /^summary of (?:the )?argument/i,
  },
  argument: { title: 'Argument', heading: /^argument$/i },
  conclusion: { title: 'Conclusion', heading: /^conclusion$/i },
};

/** What FRAP 29 says at one stage: the rules a brief's statements and certificate cite. */
export const StageRule = z.object({
  /** The rule allowing filing with all parties' consent; null where only leave will do. */
  consent: z.string().nullable(),
  leave: z.string(),
  government: z.string(),
  /** The authorship and funding statement's rule, e.g. "Fed. R. App. P. 29(a)(4)(E)". */
  statement: z.string(),
  length: z.string(),
  /** When the brief is due: so many days after an event, by the position it takes. */
  time: z.object({
    rule: z.string(),
    days: z.number().int().positive(),
    /** The event, for an amicus supporting a party (or, at rehearing, the petition). */
    supported: z.string(),
    /** The event, for an amicus supporting neither party. */
    neither: z.string(),
    /** For an amicus opposing a petition: a date the court sets; null where no rule says. */
    opposing: z.string().nullable(),
  }),
});
export type StageRule = z.infer<typeof StageRule>;

/** A day of the year: a fixed date, or the nth weekday of a month (nth -1: the last). */
const AnnualDay = z.union([
  z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  z.object({
    month: z.number().int().min(1).max(12),
    /** 0 Sunday … 6 Saturday. */
    weekday: z.number().int().min(0).max(6),
    nth: z.number().int().min(-1).max(5),
    /** Days after that weekday: the Tuesday after the first Monday is +1. */
    offsetDays: z.number().int().optional(),
  }),
]);
export type AnnualDay = z.infer<typeof AnnualDay>;

const Holiday = z.intersection(
  AnnualDay,
  z.object({ name: z.string(), from: IsoDate.optional(), note: z.string().optional() }),
);
export type Holiday = z.infer<typeof Holiday>;

/** FRAP 26(a): how a period in days is counted, and the legal holidays it skips. */
export const TimeRule = z.object({
  rule: z.string(),
  source: z.string(),
  holidays: z.array(Holiday),
  observed: z.string(),
  declared: z.array(z.object({ date: IsoDate, name: z.string(), source: z.string() })),
  declaredNote: z.string(),
  states: z.record(
    z.string(),
    z.object({
      name: z.string(),
      source: z.string(),
      holidays: z.array(Holiday),
      /** The state keeps a holiday that falls on a Sunday on the Monday after (its source says so). */
      sundayToMonday: z.boolean(),
    }),
  ),
});
export type TimeRule = z.infer<typeof TimeRule>;

/**
 * One question of the authorship and funding statement, with the sentences that answer it.
 * `{amici}` stands for the amici's names, `{their}` for "its" or "their", `{names}` for the
 * persons named in the answer.
 */
export const StatementQuestion = z.union([
  z.object({
    answer: z.enum(['partyCounselAuthored', 'partyOrCounselFunded']),
    ask: z.string(),
    yes: z.string(),
    no: z.string(),
  }),
  z.object({
    answer: z.literal('otherContributors'),
    ask: z.string(),
    some: z.string(),
    none: z.string(),
  }),
]);
export type StatementQuestion = z.infer<typeof StatementQuestion>;

/** FRAP 29 as in force from a date: a rule's versions, so a brief follows the one of its date. */
export const AmicusRuleVersion = z.object({
  effective: IsoDate,
  source: z.string(),
  merits: StageRule,
  /** Null while no rule governed amicus briefs at the rehearing stage. */
  rehearing: StageRule.nullable(),
  questions: z.array(StatementQuestion).min(1),
});
export type AmicusRuleVersion = z.infer<typeof AmicusRuleVersion>;

export const AmicusRule = z.object({
  rule: z.string(),
  title: z.string(),
  versions: z.array(AmicusRuleVersion).min(1),
  /** Amendments proposed, pending or withdrawn: shown with the rules, never applied. */
  proposals: z.array(
    z.object({
      summary: z.string(),
      approved: IsoDate,
      wouldTakeEffect: IsoDate,
      status: z.enum(['pending', 'withdrawn']),
      source: z.string(),
    }),
  ),
});
export type AmicusRule = z.infer<typeof AmicusRule>;

const Figures = z.object({
  wordLimit: z.number().int().positive(),
  /** The court's own rules on length, cited with FRAP's in the certificate of compliance. */
  lengthRules: z.array(z.string()),
  bodyPointSize: z.number().min(8).max(20),
  footnotePointSize: z.number().min(8).max(20),
  /** The smallest sizes the rules allow, for the body and the footnotes. */
  minBodyPointSize: z.number().min(8).max(20),
  minFootnotePointSize: z.number().min(8).max(20),
  /** The rules on typeface, cited in the certificate: FRAP 32(a)(5) and any circuit rule. */
  typeRules: z.array(z.string()).min(1),
  /** The rule on type style: FRAP 32(a)(6). */
  typeStyleRule: z.string(),
  typeface: z.string(),
  lineSpacing: z.enum(['single', 'one-and-a-half', 'double']),
  marginsInches: z.number().min(0.5).max(2),
  paper: z.enum(['letter']),
  /** How this court abbreviates each record its briefs cite by page, each with its source. */
  recordCites: RecordCiteStyle,
  sections: z.array(BriefSection),
  disclosure: z.enum(['frap-26.1', 'ca7-26.1']),
});

/**
 * A court's rules for an amicus brief at one stage, as data: every figure can be inspected, its
 * source read, and overridden per brief. The figures are those in force now; `versions` gives
 * the ones that differed for filings in a range of dates. Adding a court is adding a profile.
 */
export const CourtProfile = Figures.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  court: z.string(),
  stage: z.enum(['merits', 'rehearing']),
  versions: z
    .array(
      z.object({
        from: IsoDate.optional(),
        until: IsoDate.optional(),
        changes: Figures.partial(),
        source: z.string(),
      }),
    )
    .default([]),
  /** FRAP 29, shared by every profile (resources/rules/frap-29.json). */
  amicusRule: AmicusRule,
  /** FRAP 26(a), shared by every profile (resources/rules/frap-26.json). */
  timeRule: TimeRule,
  /**
   * The state of the circuit clerk's principal office, whose own holidays Rule 26(a)(6)(C) may
   * add; absent for FRAP's defaults.
   */
  clerkState: z.string().length(2).optional(),
  /** Where each figure comes from, by field name. */
  sources: z.record(z.string(), z.string()),
});
export type CourtProfile = z.infer<typeof CourtProfile>;

/** What a brief may override; anything absent keeps the court's figure. */
export const ProfileOverrides = Figures.pick({
  wordLimit: true,
  bodyPointSize: true,
  footnotePointSize: true,
  typeface: true,
})
  .extend({
    /** The order or leave allowing a longer brief, which the certificate then cites. */
    wordLimitAuthority: z.string().trim().max(300),
  })
  .partial();
export type ProfileOverrides = z.infer<typeof ProfileOverrides>;

/** The court's figures in force on a date (YYYY-MM-DD), before any override of the brief's. */
export function profileOn(profile: CourtProfile, date: string): CourtProfile {
  return profile.versions.reduce<CourtProfile>(
    (current, version) =>
      (!version.from || version.from <= date) && (!version.until || date <= version.until)
        ? { ...current, ...version.changes }
        : current,
    profile,
  );
}

export function effectiveProfile(profile: CourtProfile, overrides: ProfileOverrides): CourtProfile {
  return {
    ...profile,
    ...Object.fromEntries(
      Object.entries(overrides).filter(
        ([key, value]) => value !== undefined && key !== 'wordLimitAuthority',
      ),
    ),
  };
}
