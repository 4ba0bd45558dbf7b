import { longDate } from '../dates';
import type { BriefMetadata } from './metadata';
import {
  effectiveProfile,
  profileOn,
  type AmicusRuleVersion,
  type CourtProfile,
  type ProfileOverrides,
  type StageRule,
} from './profiles';
import { typefaceClass } from './typefaces';

/** The rules that govern one brief: its court's, on its filing date, with its own overrides. */
export interface BriefRules {
  /** The date the rules are read at: the filing date, or today's when none is set. */
  date: string;
  /** The court's figures in force on that date, before the brief's overrides. */
  court: CourtProfile;
  /** What the brief is laid out and counted by: the court's figures with the brief's overrides. */
  profile: CourtProfile;
  overrides: ProfileOverrides;
  /** FRAP 29 as in force on that date. */
  version: AmicusRuleVersion;
  /** FRAP 29 at the brief's stage on that date; null where no rule governed that stage. */
  stage: StageRule | null;
}

export function briefRules(
  profile: CourtProfile,
  overrides: ProfileOverrides,
  filingDate: string,
  today: string,
): BriefRules {
  const date = filingDate || today;
  const court = profileOn(profile, date);
  const versions = profile.amicusRule.versions;
  const version = versions.filter((candidate) => candidate.effective <= date).at(-1) ?? versions[0];
  if (!version) throw new Error(`${profile.amicusRule.rule} has no version.`);
  return {
    date,
    court,
    profile: effectiveProfile(court, overrides),
    overrides,
    version,
    stage: profile.stage === 'merits' ? version.merits : version.rehearing,
  };
}

/** "A and B"; "A, B, and C". */
export function joinAll(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/** The rules on length a certificate cites: FRAP 29's for the stage and the court's own. */
export function lengthRules(rules: BriefRules): string[] {
  return [...(rules.stage ? [rules.stage.length] : []), ...rules.profile.lengthRules];
}

const numbers = new Intl.NumberFormat('en-US');

/** How an amicus files at the brief's stage, as the rule allows it. */
export function filingRoute(
  metadata: Pick<BriefMetadata, 'authority'>,
  rules: BriefRules,
): BriefMetadata['authority'] {
  // Where the rule offers no consent route (FRAP 29(b)(2)), only leave remains.
  if (metadata.authority === 'consent' && !rules.stage?.consent) return 'motion-for-leave';
  return metadata.authority;
}

/**
 * What in a brief breaks the rules that govern it (`breaks`: the certificate will not certify
 * it) or needs the attorney's check (`check`), in plain words that name the rule.
 */
export interface RuleProblem {
  severity: 'breaks' | 'check';
  subject: 'length' | 'type' | 'filing' | 'date';
  message: string;
}

export function ruleProblems(
  rules: BriefRules,
  metadata: Pick<BriefMetadata, 'authority'>,
  words: number,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { profile, court, overrides } = rules;
  const limitRules = joinAll(lengthRules(rules));
  const authority = overrides.wordLimitAuthority?.trim();
  if (profile.wordLimit > court.wordLimit && !authority) {
    problems.push({
      severity: 'breaks',
      subject: 'length',
      message: `The limit of ${numbers.format(profile.wordLimit)} words set for this brief is above the ${numbers.format(court.wordLimit)} that ${limitRules} allow; name the order or leave that allows it in Court rules.`,
    });
  }
  if (words > profile.wordLimit) {
    problems.push({
      severity: 'breaks',
      subject: 'length',
      message: `${numbers.format(words)} words: ${numbers.format(words - profile.wordLimit)} more than the ${numbers.format(profile.wordLimit)} that ${authority || limitRules} allow${authority ? 's' : ''}.`,
    });
  }
  const typeRules = joinAll(profile.typeRules);
  if (profile.bodyPointSize < profile.minBodyPointSize) {
    problems.push({
      severity: 'breaks',
      subject: 'type',
      message: `Body type of ${profile.bodyPointSize} points is smaller than the ${profile.minBodyPointSize} points ${typeRules} allow.`,
    });
  }
  if (profile.footnotePointSize < profile.minFootnotePointSize) {
    problems.push({
      severity: 'breaks',
      subject: 'type',
      message: `Footnotes in ${profile.footnotePointSize}-point type are smaller than the ${profile.minFootnotePointSize} points ${typeRules} allow.`,
    });
  }
  const face = typefaceClass(profile.typeface);
  if (face === 'sans-serif' || face === 'monospace') {
    problems.push({
      severity: 'breaks',
      subject: 'type',
      message: `${profile.typeface} is ${face === 'monospace' ? 'a monospaced face' : 'a face without serifs'}; Fed. R. App. P. 32(a)(5)(A) asks for a proportionally spaced face with serifs.`,
    });
  } else if (!face) {
    problems.push({
      severity: 'check',
      subject: 'type',
      message: `Amicus does not know ${profile.typeface}: check that it is a proportionally spaced face with serifs (Fed. R. App. P. 32(a)(5)(A)).`,
    });
  }
  if (metadata.authority === 'consent' && rules.stage && rules.stage.consent === null) {
    problems.push({
      severity: 'check',
      subject: 'filing',
      message: `At this stage an amicus other than the United States or a state files only by leave of court (${rules.stage.leave}); the brief says it moves for leave.`,
    });
  }
  if (rules.stage === null) {
    problems.push({
      severity: 'check',
      subject: 'filing',
      message: `No rule of FRAP governed amicus briefs at the rehearing stage on ${longDate(rules.date)}; follow the court’s order or local rule.`,
    });
  }
  const first = profile.amicusRule.versions[0]?.effective;
  if (first && rules.date < first) {
    problems.push({
      severity: 'check',
      subject: 'date',
      message: `Amicus knows ${profile.amicusRule.rule} as in force from ${longDate(first)}; check the rule in force on ${longDate(rules.date)}.`,
    });
  }
  return problems;
}
