import type { AuthorityFieldsInput } from '../library';
import type { ExtractedCitation } from './extract';
import { ACT_CODE_TITLE, bothNumberings } from './ina';

/**
 * What identifies an authority across documents: its reporter cite (volume, reporter, first
 * page) or its code cite (title, code, section); a section of the Immigration and Nationality
 * Act by its 8 U.S.C. section, so "INA § 208(b)" and "8 U.S.C. § 1158(b)" are one authority.
 */
export interface AuthorityKey {
  volume: string;
  reporter: string;
  firstPage: string;
  title: string;
  code: string;
  section: string;
}

/** Where a citation was found: the text, and the citation that follows it there. */
export interface FoundIn {
  text: string;
  next?: ExtractedCitation;
}

/**
 * The subsequent history read after a citation: its phrase and the citation that follows it in
 * the text ("overruled in part on other grounds by" + "Matter of Mogharrabi, 19 I. & N. Dec. 439
 * (BIA 1987)").
 */
function historyOf(citation: ExtractedCitation, found?: FoundIn): string {
  if (!citation.history) return '';
  const next = found?.next;
  // The extractor marks the citation its history phrase leads to ("…, vacated by X"); any other
  // next citation is not this one's history ("631 F.3d 213, vacated and remanded. … Grutter").
  if (!next || next.subsequentTo === undefined) return citation.history;
  return `${citation.history} ${found.text.slice(next.span[0], next.span[1]).replace(/\s+/g, ' ')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Jan. 14, 2022" as "2022-01-14"; anything else (a year alone, a typo) as no date. */
function isoDate(written: string | undefined): string {
  const match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), ?(\d{4})$/.exec(written ?? '');
  const month = match ? MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1 : 0;
  const day = Number(match?.[2]);
  if (!match || month === 0 || day < 1 || day > 31) return '';
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A library authority from a full citation found in text; null for short forms, Id. and supra. */
export function authorityFromExtracted(
  citation: ExtractedCitation,
  found?: FoundIn,
): AuthorityFieldsInput | null {
  const fields = fieldsOfKind(citation, found);
  // Object.assign, not a spread before the fields: Node 20's engine copies a spread followed by
  // more properties several hundred times slower, and this runs for every citation found.
  return (
    fields &&
    Object.assign(fields, { year: citation.year ?? null, parenthetical: citation.weight ?? '' })
  );
}

function fieldsOfKind(citation: ExtractedCitation, found?: FoundIn): AuthorityFieldsInput | null {
  switch (citation.kind) {
    case 'case':
    case 'agency':
      return {
        kind: citation.kind,
        name: citation.name ?? '',
        volume: citation.volume ?? '',
        reporter: citation.reporter ?? '',
        firstPage: citation.page ?? '',
        court: citation.court ?? '',
        history: historyOf(citation, found),
        docket: citation.docket ?? '',
        date: isoDate(citation.date),
      };
    case 'federal_register':
      return {
        kind: 'regulation',
        volume: citation.volume ?? '',
        reporter: 'Fed. Reg.',
        firstPage: citation.page ?? '',
      };
    case 'statute':
    case 'regulation':
      if (citation.code === 'Pub. L. No.')
        // One statute with its parallel Statutes at Large cite; a pin belongs to the use.
        return {
          kind: 'statute',
          name: citation.name ?? '',
          code: citation.code,
          section: citation.section ?? '',
          volume: citation.volume ?? '',
          reporter: citation.reporter ?? '',
          firstPage: citation.page ?? '',
        };
      if (citation.code === 'Stat.')
        return {
          kind: 'statute',
          title: citation.title ?? '',
          code: 'Stat.',
          section: citation.section ?? '',
        };
      return {
        kind: citation.kind,
        title: citation.title ?? '',
        code: citation.code ?? '',
        section: `${citation.section ?? ''}${citation.pin ?? ''}`,
      };
    case 'other':
      return {
        kind: 'secondary',
        name: citation.name ?? '',
        title: citation.title ?? '',
        volume: citation.volume ?? '',
        reporter: citation.reporter ?? '',
        // A treatise is cited by section: "3 Am. Jur. 2d Aliens and Citizens § 1502".
        firstPage: citation.page ?? (citation.section ? `§ ${citation.section}` : ''),
      };
    default:
      return null;
  }
}

export function authorityKey(fields: AuthorityFieldsInput): AuthorityKey {
  const key = {
    volume: fields.volume ?? '',
    reporter: fields.reporter ?? '',
    firstPage: fields.firstPage ?? '',
    title: fields.title ?? '',
    code: fields.code ?? '',
    section: fields.section ?? '',
  };
  const sections = fields.kind === 'statute' ? bothNumberings(key) : null;
  return sections ? { ...key, title: ACT_CODE_TITLE, code: 'U.S.C.', section: sections.code } : key;
}
