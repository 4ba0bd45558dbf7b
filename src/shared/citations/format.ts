import type { AuthorityFields } from '../library';
import { citationCaseName, shortCaseName } from './case-names';
import { ACT_CODE_TITLE, bothNumberings } from './ina';
import { pushRun, withoutFinalPeriod, type Run } from './runs';
import {
  CITATION_STYLE_RULES,
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  type ActCitations,
  type CitationStyle,
  type CitationStyleRules,
} from './styles';

export {
  ACT_PARALLELS,
  ACT_SHORT_FORMS,
  CITATION_STYLES,
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  type ActCitations,
  type CitationStyle,
} from './styles';

/** What one place in a brief adds to the library's authority: the citing context. */
export interface CitationUse {
  /** Pin cite as written: a page ("440"), a page range, or a subsection chain ("(b)(1)"). */
  pin?: string;
  /** Introductory signal as written, e.g. "See", "See, e.g.,", "Cf.". */
  signal?: string;
  /** Explanatory parenthetical without the parentheses. */
  parenthetical?: string;
}

export const CITATION_FORMS = ['full', 'short', 'id'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** Where a citation stands, as far as its written form depends on it (see resolve.ts). */
export interface CitationPlacement {
  form: CitationForm;
  /**
   * It begins a citation sentence, so its signal or *Id.* is capitalized; inside a string
   * citation or a clause they are lower-case (Bluebook Rules 1.2 and 4.1, Bluepages B1.2).
   */
  sentenceStart: boolean;
  /** *Id.* citing the same pin as the citation before it: "Id." alone (Bluepages B10.2). */
  samePin: boolean;
  /** The sentence's own period follows, so the citation gives up its final one. */
  beforePeriod: boolean;
}

/** A first use, where nothing around the citation changes it: tables, previews, snippets. */
export const STANDALONE: CitationPlacement = {
  form: 'full',
  sentenceStart: true,
  samePin: false,
  beforePeriod: false,
};

/** A citation in a given form, standing alone (a list of uses, a preview). */
export function standalone(form: CitationForm): CitationPlacement {
  return { ...STANDALONE, form };
}

export type CitableAuthority = Pick<
  AuthorityFields,
  | 'kind'
  | 'name'
  | 'shortName'
  | 'volume'
  | 'reporter'
  | 'firstPage'
  | 'court'
  | 'year'
  | 'date'
  | 'docket'
  | 'title'
  | 'code'
  | 'section'
  | 'parenthetical'
  | 'history'
>;

const NBSP = '\u00a0';
/** Courts whose decisions carry no court abbreviation in the date parenthetical. */
const SUPREME_COURT_REPORTERS = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d']);
const IMMIGRATION_REPORTER = /^I\.?\s*&\s*N\.?\s*Dec\.?$/;
const BOARD = /^B\.?\s*I\.?\s*A\.?$/;
/** Westlaw and Lexis: cited by docket, database number and exact date (Rule 10.8.1(a)). */
const DATABASE = /^(?:WL|.*\bLEXIS)$/;
const FEDERAL_REGISTER = /^Fed\.\s*Reg\.$/;
/** Court rules are cited without a section sign (Rule 12.9.3): Fed. R. App. P. 29(a)(5). */
export const RULE_CODE = /(?:\bR\.|\bRule)/;
/** Bluebook T12 (21st ed.). */
const MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** "2000-12-07" as T12 writes it: "Dec. 7, 2000"; anything else as it is. */
export function citationDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}, ${match[1]}` : iso;
}

/** Page and subsection ranges take an en dash (Rule 3.2(a)): "615-16" reads "615–16". */
function withEnDashes(pin: string): string {
  return pin.replace(/(\d)\s*-\s*(?=\*?\d)/g, '$1–').replace(/\)\s*-\s*\(/g, ')–(');
}

/**
 * A section or paragraph sign stays on the line of its number, one space after it (Rules 3.3,
 * 6.2(c)): "§ 4.2", "¶ 12", "¶¶ 12–14" never break after the sign.
 */
function heldToNumber(text: string): string {
  return text.replace(/([§¶]{1,2})\s*(?=\S)/g, `$1${NBSP}`);
}

/**
 * A range of sections, "1101-1103", cited with §§ and an en dash (Rules 3.3(b), 6.2(c)); a
 * section whose own number holds a hyphen after a letter ("2000e-2") is one section.
 */
const SECTION_RANGE = /^(\d+)\s*[-–]\s*(\d+[a-z]*)$/;

/** Five-digit numbers take commas in Federal Register pages (Rule 6.2(a), 21st ed.). */
function withThousands(number: string): string {
  return number.replace(/\d{5,}/g, (digits) => Number(digits).toLocaleString('en-US'));
}

/** A reporter's name never breaks across lines: "I. & N. Dec." holds together. */
function unbroken(text: string): string {
  return text.trim().replace(/ +/g, NBSP);
}

function stripParens(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('(') && trimmed.endsWith(')') ? trimmed.slice(1, -1).trim() : trimmed;
}

function reporterName(authority: CitableAuthority, rules: CitationStyleRules): string {
  const reporter = authority.reporter.trim();
  return unbroken(IMMIGRATION_REPORTER.test(reporter) ? rules.immigrationReporter : reporter);
}

function courtName(authority: CitableAuthority, rules: CitationStyleRules): string {
  const court = authority.court.trim();
  return BOARD.test(court) ? rules.board : court;
}

function isDatabase(authority: CitableAuthority): boolean {
  return DATABASE.test(authority.reporter.trim());
}

/** A database pin takes a star: "3" reads "*3" (Rule 10.8.1(a)). */
function databasePin(pin: string): string {
  // The end of a range keeps no star: "*155–56".
  return pin.replace(/(^|[\s,])(\d)/g, '$1*$2');
}

function dateParenthetical(authority: CitableAuthority, rules: CitationStyleRules): string {
  const when =
    authority.date && (isDatabase(authority) || !authority.year)
      ? citationDate(authority.date)
      : authority.year
        ? String(authority.year)
        : '';
  const court = SUPREME_COURT_REPORTERS.has(authority.reporter.trim())
    ? ''
    : courtName(authority, rules);
  const inside = [court, when].filter(Boolean).join(' ');
  return inside ? ` (${inside})` : '';
}

function reporterCite(authority: CitableAuthority, rules: CitationStyleRules): string {
  return [authority.volume.trim(), reporterName(authority, rules), authority.firstPage.trim()]
    .filter(Boolean)
    .join(' ');
}

/**
 * Whether a short form of the authority cites a page: cases, agency decisions, secondary sources
 * and the Federal Register do (Bluepages B10.2); a statute's short form is its section.
 */
export function shortFormTakesPin(
  authority: Pick<CitableAuthority, 'kind' | 'reporter' | 'section'>,
): boolean {
  if (authority.kind === 'statute') return false;
  if (authority.kind === 'regulation')
    return FEDERAL_REGISTER.test(authority.reporter.trim()) && !authority.section.trim();
  return true;
}

function isCourtRule(authority: CitableAuthority): boolean {
  return authority.kind === 'statute' && RULE_CODE.test(authority.code);
}

/**
 * A session law by its public law number with its Statutes at Large cite (Rule 12.4): "REAL ID
 * Act of 2005, Pub. L. No. 109-13, 119 Stat. 231, 303"; a bare "119 Stat. 231" by page, never §.
 */
function sessionLawCite(authority: CitableAuthority, pin: string): string | null {
  const code = authority.code.trim();
  const at = pin ? `, ${pin}` : '';
  if (code === 'Stat.')
    return unbroken(`${authority.title.trim()} Stat. ${authority.section.trim()}${at}`);
  if (code !== 'Pub. L. No.') return null;
  const statutes = [authority.volume.trim(), authority.reporter.trim(), authority.firstPage.trim()]
    .filter(Boolean)
    .join(' ');
  const name = authority.name.trim();
  return [
    name,
    unbroken(`Pub. L. No. ${authority.section.trim()}`),
    statutes && unbroken(statutes) + at,
  ]
    .filter(Boolean)
    .join(', ');
}

/** "8 U.S.C. § 1158(b)", held together; a court rule without the section sign. */
function codifiedCite(authority: CitableAuthority, pin: string): string {
  const sessionLaw = sessionLawCite(authority, pin);
  if (sessionLaw) return sessionLaw;
  const range = SECTION_RANGE.exec(authority.section.trim());
  const section = heldToNumber(
    range ? `${range[1]}–${range[2]}` : `${authority.section.trim()}${pin}`,
  );
  if (isCourtRule(authority)) return unbroken(`${authority.code} ${section}`);
  const parts = [authority.title.trim(), authority.code.trim()].filter(Boolean);
  if (section) parts.push(`${range ? '§§' : '§'} ${section}`);
  return parts.length > 0 ? unbroken(parts.join(' ')) : authority.name.trim();
}

/** Italic signal, lower-case unless it begins a citation sentence; "e.g.," ends in a roman comma. */
function pushSignal(runs: Run[], signal: string, sentenceStart: boolean): void {
  const cased = sentenceStart
    ? signal.charAt(0).toUpperCase() + signal.slice(1)
    : signal.charAt(0).toLowerCase() + signal.slice(1);
  const comma = cased.endsWith(',');
  pushRun(runs, comma ? cased.slice(0, -1) : cased, true);
  pushRun(runs, comma ? ', ' : ' ');
}

function pushIdForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  capital: boolean,
  act: ActCitations,
): void {
  pushRun(runs, capital ? 'Id.' : 'id.', true);
  if (!pin) return;
  const sections = authority.kind === 'statute' ? bothNumberings(authority) : null;
  if (sections) {
    // *Id.* names the section in the numbering of the brief's short forms.
    pushRun(runs, ` §${NBSP}${sections[shortFormNumbering(sections.citedBy, act)]}${pin}`);
    return;
  }
  if (authority.kind === 'statute' || authority.kind === 'regulation') {
    if (FEDERAL_REGISTER.test(authority.reporter.trim()) && !authority.section.trim())
      pushRun(runs, ` at ${withThousands(pin)}`);
    else
      pushRun(
        runs,
        ` ${isCourtRule(authority) ? '' : `§${NBSP}`}${heldToNumber(authority.section.trim())}${pin}`,
      );
    return;
  }
  pushRun(runs, ` at ${isDatabase(authority) ? databasePin(pin) : pin}`);
}

function shortFormNumbering(citedBy: 'act' | 'code', act: ActCitations): 'act' | 'code' {
  return act.shortForm === 'as-cited' ? citedBy : act.shortForm;
}

/** "INA § 208(b)" or, in EOIR's style, "section 208(b) of the Act". */
function actSectionCite(section: string, rules: CitationStyleRules, capital: boolean): string {
  if (rules.actSection === 'INA §') return unbroken(`INA § ${section}`);
  return `${capital ? 'Section' : 'section'}${NBSP}${section} of the Act`;
}

/**
 * A section of the Immigration and Nationality Act: on first use the Act's section and its
 * 8 U.S.C. parallel when the brief asks for one ("INA § 208(b), 8 U.S.C. § 1158(b)"), else as
 * cited; later, in the numbering the brief chose for short forms.
 */
function pushActSection(
  runs: Run[],
  authority: CitableAuthority,
  sections: NonNullable<ReturnType<typeof bothNumberings>>,
  pin: string,
  form: 'full' | 'short',
  capital: boolean,
  rules: CitationStyleRules,
  act: ActCitations,
): void {
  const asCitedByCode = codifiedCite(authority, pin);
  const byCode =
    sections.citedBy === 'code'
      ? asCitedByCode
      : unbroken(`${ACT_CODE_TITLE} U.S.C. § ${sections.code}${pin}`);
  const byAct = actSectionCite(`${sections.act}${pin}`, rules, capital);
  const parallel =
    act.parallel === 'all' || (act.parallel === 'act-cited' && sections.citedBy === 'act');
  if (form === 'full') {
    if (parallel) pushRun(runs, `${byAct}, ${byCode}`);
    else pushRun(runs, sections.citedBy === 'act' ? byAct : asCitedByCode);
    if (authority.year) pushRun(runs, ` (${authority.year})`);
    return;
  }
  pushRun(runs, shortFormNumbering(sections.citedBy, act) === 'act' ? byAct : byCode);
}

function pushCaseForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  form: 'full' | 'short',
  rules: CitationStyleRules,
): void {
  const database = isDatabase(authority);
  const pinned = database ? databasePin(pin) : pin;
  if (form === 'full') {
    const name = citationCaseName(authority.name, authority.kind === 'agency', rules);
    pushRun(runs, name, true);
    const docket = database ? authority.docket.trim() : '';
    const cite = [docket, reporterCite(authority, rules)].filter(Boolean).join(', ');
    if (cite) pushRun(runs, `${name ? ', ' : ''}${cite}`);
    if (pinned) pushRun(runs, database ? `, at ${pinned}` : `, ${pinned}`);
    pushRun(runs, dateParenthetical(authority, rules));
    return;
  }
  pushRun(runs, shortCaseName(authority, rules), true);
  const volumeAndReporter = [authority.volume.trim(), reporterName(authority, rules)]
    .filter(Boolean)
    .join(' ');
  if (database) {
    pushRun(runs, `, ${reporterCite(authority, rules)}${pinned ? `, at ${pinned}` : ''}`);
  } else if (volumeAndReporter) {
    // Without a pin the short form cites the whole case by its first page (Bluepages B10.2).
    const where = pinned ? `at ${pinned}` : authority.firstPage.trim();
    pushRun(runs, `, ${volumeAndReporter} ${where}`.trimEnd());
  } else if (pinned) pushRun(runs, `, at ${pinned}`);
}

/** Federal Register: "Title, 65 Fed. Reg. 76,588, 76,593 (Dec. 7, 2000)" (Rule 14.2). */
function pushFederalRegister(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  form: 'full' | 'short',
  rules: CitationStyleRules,
): void {
  const volume = `${authority.volume.trim()} ${reporterName(authority, rules)}`;
  const first = withThousands(authority.firstPage.trim());
  const at = withThousands(pin);
  if (form === 'short') {
    pushRun(runs, at ? `${volume} at ${at}` : `${volume} ${first}`);
    return;
  }
  const name = authority.name.trim();
  pushRun(runs, `${name ? `${name}, ` : ''}${volume} ${first}${at ? `, ${at}` : ''}`);
  const when = authority.date
    ? citationDate(authority.date)
    : authority.year
      ? String(authority.year)
      : '';
  if (when) pushRun(runs, ` (${when})`);
}

function pushSecondaryForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  form: 'full' | 'short',
  rules: CitationStyleRules,
): void {
  const author = authority.name.trim();
  if (form === 'short') {
    // Secondary sources are the only authorities cited "supra".
    pushRun(runs, `${authority.shortName.trim() || author || authority.title.trim()}, `);
    pushRun(runs, 'supra', true);
    if (pin) pushRun(runs, `, at ${pin}`);
    return;
  }
  // Author, *Title*, 12 Geo. Immigr. L.J. 345, 350 (1998); a book: Author, *Title* 350 (2022).
  if (author) pushRun(runs, `${author}, `);
  const title = authority.title.trim();
  const source = reporterCite(authority, rules);
  // American usage puts the comma inside a title's closing quotation mark: “… Group,” U.N. Doc.
  const endsInQuote = /[”"]$/.test(title);
  if (source && endsInQuote) pushRun(runs, `${title.slice(0, -1)},${title.slice(-1)}`, true);
  else pushRun(runs, title, true);
  if (source) pushRun(runs, `${endsInQuote ? ' ' : ', '}${source}${pin ? `, ${pin}` : ''}`);
  else if (pin) pushRun(runs, ` ${pin}`);
  if (authority.year) pushRun(runs, ` (${authority.year})`);
}

/**
 * Subsequent history after the parentheticals (Rule 10.7): its explanatory phrase and the case
 * name in italics, the phrase's own comma roman (T8): ", overruled in part on other grounds by
 * *Matter of Mogharrabi*, 19 I. & N. Dec. 439 (BIA 1987)"; ", *aff’d*, 568 F.2d 974 (1977)".
 */
function pushHistory(runs: Run[], history: string): void {
  const text = history.trim().replace(/^,\s*/, '');
  if (!text) return;
  pushRun(runs, ', ');
  const byCase = /^(.*?\bby)\s+(.*?)(,\s*\d.*)?$/.exec(text);
  if (byCase?.[1] && byCase[2]) {
    pushRun(runs, byCase[1], true);
    pushRun(runs, ' ');
    pushRun(runs, byCase[2], true);
    pushRun(runs, byCase[3] ?? '');
    return;
  }
  const phrase = /^([^,]+)(,.*)$/.exec(text);
  if (phrase?.[1] && phrase[2]) {
    pushRun(runs, phrase[1], true);
    pushRun(runs, phrase[2]);
  } else pushRun(runs, text, true);
}

/**
 * An authority cited at one place, as styled runs: the full citation on first use ("*See*
 * *Gatimi v. Holder*, 578 F.3d 611, 615 (7th Cir. 2009)"), the short form later ("*Gatimi*, 578
 * F.3d at 615"), or *Id.* right after the same authority, in the brief's style.
 */
export function formatCitation(
  authority: CitableAuthority,
  use: CitationUse = {},
  placement: CitationPlacement = STANDALONE,
  style: CitationStyle = DEFAULT_CITATION_STYLE,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): Run[] {
  const rules = CITATION_STYLE_RULES[style];
  const { form } = placement;
  const runs: Run[] = [];
  const signal = use.signal?.trim();
  if (signal) pushSignal(runs, signal, placement.sentenceStart);
  const pin = heldToNumber(withEnDashes(use.pin?.trim() ?? ''));
  if (form === 'id') {
    // A signal begins the citation sentence itself: "See id. at 5."
    pushIdForm(
      runs,
      authority,
      placement.samePin ? '' : pin,
      placement.sentenceStart && !signal,
      act,
    );
  } else {
    switch (authority.kind) {
      case 'case':
      case 'agency':
        pushCaseForm(runs, authority, pin, form, rules);
        break;
      case 'regulation':
        if (FEDERAL_REGISTER.test(authority.reporter.trim()) && !authority.section.trim()) {
          pushFederalRegister(runs, authority, pin, form, rules);
          break;
        }
        pushRun(runs, codifiedCite(authority, pin));
        if (form === 'full' && authority.year) pushRun(runs, ` (${authority.year})`);
        break;
      case 'statute': {
        const sections = bothNumberings(authority);
        if (sections) {
          const capital = placement.sentenceStart && !signal;
          pushActSection(runs, authority, sections, pin, form, capital, rules, act);
          break;
        }
        pushRun(runs, codifiedCite(authority, pin));
        if (form === 'full' && authority.year && !isCourtRule(authority))
          pushRun(runs, ` (${authority.year})`);
        break;
      }
      case 'secondary':
        pushSecondaryForm(runs, authority, pin, form, rules);
        break;
    }
  }
  const parentheticals =
    form === 'full'
      ? [authority.parenthetical, use.parenthetical ?? '']
      : [use.parenthetical ?? ''];
  for (const parenthetical of parentheticals) {
    const inside = stripParens(parenthetical);
    if (inside) pushRun(runs, ` (${inside})`);
  }
  if (form === 'full') pushHistory(runs, authority.history);
  return runs;
}

/**
 * A citation as the reader meets it where it stands: in its resolved form, giving up its final
 * period when the sentence's own period follows ("Id." before "." reads "Id."). The editor's chip,
 * the Word export and the export's word count all write it so.
 */
export function citationAsWritten(
  authority: CitableAuthority,
  use: CitationUse,
  placement: CitationPlacement,
  style: CitationStyle,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): Run[] {
  const runs = formatCitation(authority, use, placement, style, act);
  return placement.beforePeriod ? withoutFinalPeriod(runs) : runs;
}

/**
 * Whether the sentence's period after this citation belongs to an italic *Id.*: the period of
 * "Id." is always italic (Rule 4.1), so the export sets the sentence's period in italics.
 */
export function periodIsItalic(
  authority: CitableAuthority,
  use: CitationUse,
  placement: CitationPlacement,
  style: CitationStyle,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): boolean {
  if (!placement.beforePeriod) return false;
  const last = formatCitation(authority, use, placement, style, act).at(-1);
  return Boolean(last?.italic && last.text.endsWith('.'));
}
