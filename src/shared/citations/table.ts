import type { Authority } from '../library';
import {
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  formatCitation,
  RULE_CODE,
  type ActCitations,
  type CitationStyle,
} from './format';
import { runsToText, type Run } from './runs';

export const TABLE_CATEGORIES = [
  'Cases',
  'Statutes',
  'Regulations',
  'Rules',
  'Other Authorities',
] as const;
export type TableCategory = (typeof TABLE_CATEGORIES)[number];

export interface TableEntry {
  authorityId: number;
  /** The full citation without pin cite, signal or explanatory parenthetical. */
  runs: Run[];
  /** Distinct pages in order, or null when the entry reads "passim". */
  pages: number[] | null;
}

export interface TableSection {
  category: TableCategory;
  entries: TableEntry[];
}

export interface TableOptions {
  /** Cited on this many distinct pages or more, the entry reads "passim" (Word's rule is 5). */
  passimThreshold?: number;
  style?: CitationStyle;
  act?: ActCitations;
}

/** The part of the table an authority is listed in. */
export function tableCategory(authority: Pick<Authority, 'kind' | 'code'>): TableCategory {
  switch (authority.kind) {
    case 'case':
    case 'agency':
      return 'Cases';
    case 'statute':
      return RULE_CODE.test(authority.code) ? 'Rules' : 'Statutes';
    case 'regulation':
      return 'Regulations';
    case 'secondary':
      return 'Other Authorities';
  }
}

/**
 * Word builds the table from the TA fields' long citations and sorts them as text, character by
 * character in the language's collation (numbers as text, case and formatting ignored), so the
 * entries written here come in that order and a refresh in Word does not reshuffle them.
 */
const wordOrder = new Intl.Collator('en-US', { sensitivity: 'base', numeric: false });
const sortText = (runs: readonly Run[]) => runsToText(runs).replace(/\u00a0/g, ' ');

/** "Passim", or the page list: "3, 7, 12". */
export function pageList(entry: Pick<TableEntry, 'pages'>): string {
  return entry.pages === null ? 'passim' : entry.pages.join(', ');
}

/**
 * The table of authorities: each cited authority once, in its category, with every page it is
 * cited on (short forms and *Id.* included), in the order Word gives its entries.
 */
export function buildTableOfAuthorities(
  citations: readonly { authority: Authority; page: number }[],
  {
    passimThreshold = 5,
    style = DEFAULT_CITATION_STYLE,
    act = DEFAULT_ACT_CITATIONS,
  }: TableOptions = {},
): TableSection[] {
  const pagesById = new Map<number, { authority: Authority; pages: Set<number> }>();
  for (const { authority, page } of citations) {
    const entry = pagesById.get(authority.id) ?? { authority, pages: new Set<number>() };
    entry.pages.add(page);
    pagesById.set(authority.id, entry);
  }
  return TABLE_CATEGORIES.map((category) => ({
    category,
    entries: [...pagesById.values()]
      .filter(({ authority }) => tableCategory(authority) === category)
      .map(({ authority, pages }) => ({
        authorityId: authority.id,
        runs: formatCitation(authority, {}, undefined, style, act),
        pages: pages.size >= passimThreshold ? null : [...pages].sort((a, b) => a - b),
      }))
      .sort((a, b) => wordOrder.compare(sortText(a.runs), sortText(b.runs))),
  })).filter((section) => section.entries.length > 0);
}
