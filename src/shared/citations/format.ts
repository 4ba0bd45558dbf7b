import type { AuthorityFields } from '../library';
import { pushRun, type Run } from './runs';

/** What one place in a brief adds to the library's authority: the citing context. */
export interface CitationUse {
  /** Pin cite as written: a page ("440"), a page range, or a subsection chain ("(b)(1)"). */
  pin?: string;
  /** Introductory signal as written, e.g. "See", "See, e.g.,", "Cf.". */
  signal?: string;
  /** Explanatory parenthetical without the parentheses. */
  parenthetical?: string;
}

type CitableAuthority = Pick<
  AuthorityFields,
  | 'kind'
  | 'name'
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

function reporterCite(authority: CitableAuthority, pin: string): string {
  const parts = [authority.volume, authority.reporter, authority.firstPage]
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return '';
  return parts.join(' ') + (pin ? `, ${pin}` : '');
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

/**
 * The full Bluebook citation of an authority at one place of use, as styled runs:
 * "*See* *Gatimi v. Holder*, 578 F.3d 611, 615 (7th Cir. 2009) (rejecting ...)".
 */
export function formatFullCitation(authority: CitableAuthority, use: CitationUse = {}): Run[] {
  const runs: Run[] = [];
  const signal = use.signal?.trim();
  if (signal) {
    pushRun(runs, signal, true);
    pushRun(runs, ' ');
  }
  const pin = use.pin?.trim() ?? '';
  switch (authority.kind) {
    case 'case':
    case 'agency': {
      pushRun(runs, authority.name.trim(), true);
      const cite = reporterCite(authority, pin);
      if (cite) pushRun(runs, `${authority.name.trim() ? ', ' : ''}${cite}`);
      pushRun(runs, dateParenthetical(authority));
      break;
    }
    case 'statute':
    case 'regulation': {
      pushRun(runs, codifiedCite(authority, pin));
      if (authority.year) pushRun(runs, ` (${authority.year})`);
      break;
    }
    case 'secondary': {
      // Author, *Title*, 12 Geo. Immigr. L.J. 345, 350 (1998); a book: Author, *Title* 350 (2022).
      const author = authority.name.trim();
      if (author) pushRun(runs, `${author}, `);
      pushRun(runs, authority.title.trim(), true);
      const source = [authority.volume, authority.reporter, authority.firstPage]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' ');
      if (source) pushRun(runs, `, ${source}${pin ? `, ${pin}` : ''}`);
      else if (pin) pushRun(runs, ` ${pin}`);
      if (authority.year) pushRun(runs, ` (${authority.year})`);
      break;
    }
  }
  for (const parenthetical of [authority.parenthetical, use.parenthetical ?? '']) {
    const inside = stripParens(parenthetical);
    if (inside) pushRun(runs, ` (${inside})`);
  }
  return runs;
}
