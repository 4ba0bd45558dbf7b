import type { AuthorityFields } from '../library';
import { pushRun, withoutFinalPeriod, type Run } from './runs';

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

/** Bluebook, or the Immigration Court Practice Manual's style ("19 I&N Dec. 211"). */
export const CITATION_STYLES = ['bluebook', 'eoir'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

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
  | 'title'
  | 'code'
  | 'section'
  | 'parenthetical'
>;

/** Courts whose decisions carry no court abbreviation in the date parenthetical. */
const SUPREME_COURT_REPORTERS = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d']);

/**
 * Parties a short form is never built from: the government, its agencies and its officers,
 * who appear in hundreds of immigration cases ("Cardoza-Fonseca", never "INS").
 */
const GOVERNMENT_PARTY =
  /^(?:INS|I\.N\.S\.|Immigration (?:and|&) Naturalization Serv(?:ice|\.)|United States(?: of America)?|U\.S\.|Att(?:orney|’y|'y) Gen(?:eral|\.)(?: of the United States)?|(?:U\.S\. )?Dep(?:artment|’t|'t) of Homeland Sec(?:urity|\.)|DHS|ICE|USCIS|Bd\. of Immigration Appeals|Board of Immigration Appeals|Sec(?:retary|’y|'y) of Homeland Sec(?:urity|\.)|Holder|Mukasey|Gonzales|Ashcroft|Reno|Lynch|Sessions|Whitaker|Barr|Wilkinson|Rosen|Garland|Bondi|McHenry|Mayorkas|Nielsen|Napolitano|Chertoff|Kelly|Duke|McAleenan|Wolf|Noem)$/i;

const AGENCY_PREFIX = /^(?:In the Matter of|Matter of|In re)\s+/i;

export function isGovernmentParty(party: string): boolean {
  return GOVERNMENT_PARTY.test(party.trim().replace(/,$/, ''));
}

/**
 * The name a short form uses: the stored short name, or else the first party that is not the
 * government ("INS v. Cardoza-Fonseca" gives "Cardoza-Fonseca"; "Matter of Acosta", "Acosta").
 */
export function shortCaseName(authority: Pick<AuthorityFields, 'name' | 'shortName'>): string {
  const stored = authority.shortName.trim();
  if (stored) return stored;
  const name = authority.name.trim();
  if (AGENCY_PREFIX.test(name)) return name.replace(AGENCY_PREFIX, '');
  const parties = name.split(/\s+v\.?\s+/);
  if (parties.length < 2) return name;
  return parties.find((party) => !isGovernmentParty(party))?.trim() ?? name;
}

function styledReporter(reporter: string, style: CitationStyle): string {
  const trimmed = reporter.trim();
  return style === 'eoir' ? trimmed.replace(/^I\.\s*&\s*N\.\s*Dec\.$/, 'I&N Dec.') : trimmed;
}

function stripParens(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('(') && trimmed.endsWith(')') ? trimmed.slice(1, -1).trim() : trimmed;
}

function dateParenthetical(authority: CitableAuthority): string {
  const year = authority.year ? String(authority.year) : '';
  const court = SUPREME_COURT_REPORTERS.has(authority.reporter.trim())
    ? ''
    : authority.court.trim();
  const inside = [court, year].filter(Boolean).join(' ');
  return inside ? ` (${inside})` : '';
}

function reporterCite(authority: CitableAuthority, style: CitationStyle): string {
  return [authority.volume, styledReporter(authority.reporter, style), authority.firstPage]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

function codifiedCite(authority: CitableAuthority, pin: string): string {
  const section = authority.section.trim();
  // A no-break space keeps the section sign on the line with its number.
  const sectionSign = section ? `§\u00a0${section}${pin}` : pin;
  const cite = [authority.title, authority.code]
    .map((part) => part.trim())
    .filter(Boolean)
    .concat(sectionSign ? [sectionSign] : [])
    .join(' ');
  return cite || authority.name.trim();
}

function pushIdForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  lowerCase: boolean,
): void {
  pushRun(runs, lowerCase ? 'id.' : 'Id.', true);
  if (!pin) return;
  const codified = authority.kind === 'statute' || authority.kind === 'regulation';
  pushRun(runs, codified ? ` §\u00a0${authority.section.trim()}${pin}` : ` at ${pin}`);
}

function pushCaseForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  form: 'full' | 'short',
  style: CitationStyle,
): void {
  const reporter = reporterCite(authority, style);
  if (form === 'full') {
    pushRun(runs, authority.name.trim(), true);
    if (reporter)
      pushRun(runs, `${authority.name.trim() ? ', ' : ''}${reporter}${pin ? `, ${pin}` : ''}`);
    pushRun(runs, dateParenthetical(authority));
    return;
  }
  pushRun(runs, shortCaseName(authority), true);
  const volumeAndReporter = [authority.volume, styledReporter(authority.reporter, style)]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
  if (volumeAndReporter)
    pushRun(
      runs,
      `, ${volumeAndReporter} ${pin ? `at ${pin}` : authority.firstPage.trim()}`.trimEnd(),
    );
  else if (pin) pushRun(runs, `, at ${pin}`);
}

function pushSecondaryForm(
  runs: Run[],
  authority: CitableAuthority,
  pin: string,
  form: 'full' | 'short',
  style: CitationStyle,
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
  const source = reporterCite(authority, style);
  // American usage puts the comma inside a title's closing quotation mark: “… Group,” U.N. Doc.
  const endsInQuote = /[”"]$/.test(title);
  if (source && endsInQuote) pushRun(runs, `${title.slice(0, -1)},${title.slice(-1)}`, true);
  else pushRun(runs, title, true);
  if (source) pushRun(runs, `${endsInQuote ? ' ' : ', '}${source}${pin ? `, ${pin}` : ''}`);
  else if (pin) pushRun(runs, ` ${pin}`);
  if (authority.year) pushRun(runs, ` (${authority.year})`);
}

/**
 * An authority cited at one place of use, as styled runs: the full citation on first use
 * ("*See* *Gatimi v. Holder*, 578 F.3d 611, 615 (7th Cir. 2009)"), the short form later
 * ("*Gatimi*, 578 F.3d at 615"), or *Id.* right after the same authority.
 */
export function formatCitation(
  authority: CitableAuthority,
  use: CitationUse = {},
  form: CitationForm = 'full',
  style: CitationStyle = 'bluebook',
): Run[] {
  const runs: Run[] = [];
  const signal = use.signal?.trim();
  if (signal) {
    pushRun(runs, signal, true);
    pushRun(runs, ' ');
  }
  const pin = use.pin?.trim() ?? '';
  if (form === 'id') {
    pushIdForm(runs, authority, pin, Boolean(signal));
  } else {
    switch (authority.kind) {
      case 'case':
      case 'agency':
        pushCaseForm(runs, authority, pin, form, style);
        break;
      case 'regulation':
        // The Federal Register cites by volume and page: 65 Fed. Reg. 76,588, 76,593 (2000).
        if (authority.reporter.trim() && !authority.section.trim()) {
          pushRun(runs, `${reporterCite(authority, style)}${pin ? `, ${pin}` : ''}`);
          if (form === 'full' && authority.year) pushRun(runs, ` (${authority.year})`);
          break;
        }
        pushRun(runs, codifiedCite(authority, pin));
        if (form === 'full' && authority.year) pushRun(runs, ` (${authority.year})`);
        break;
      case 'statute':
        pushRun(runs, codifiedCite(authority, pin));
        if (form === 'full' && authority.year) pushRun(runs, ` (${authority.year})`);
        break;
      case 'secondary':
        pushSecondaryForm(runs, authority, pin, form, style);
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
  form: CitationForm,
  style: CitationStyle,
  beforePeriod: boolean,
): Run[] {
  const runs = formatCitation(authority, use, form, style);
  return beforePeriod ? withoutFinalPeriod(runs) : runs;
}
