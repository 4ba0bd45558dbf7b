import type { Authority } from '../library';
import { formatCitation, type CitationStyle } from './format';
import type { Run } from './runs';

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
}

const RULE_CODE = /(?:\bR\.|\bRule)/;

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

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Cases sort by name with "Matter of" and "In re" ignored; the rest by their citation. */
function sortKey(authority: Authority): string {
  if (authority.kind === 'case' || authority.kind === 'agency') {
    return fold(authority.name.replace(/^(?:In the Matter of|Matter of|In re)\s+/i, ''));
  }
  if (authority.kind === 'secondary') return fold(`${authority.name} ${authority.title}`);
  return fold(`${authority.code} ${authority.title.padStart(6, '0')} ${authority.section}`);
}

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** "Passim", or the page list: "3, 7, 12". */
export function pageList(entry: Pick<TableEntry, 'pages'>): string {
  return entry.pages === null ? 'passim' : entry.pages.join(', ');
}

/**
 * The table of authorities: each cited authority once, in its category, with every page it is
 * cited on (short forms and *Id.* included); statutes and regulations in numeric order.
 */
export function buildTableOfAuthorities(
  citations: readonly { authority: Authority; page: number }[],
  { passimThreshold = 5, style = 'bluebook' }: TableOptions = {},
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
      .sort((a, b) => naturalOrder.compare(sortKey(a.authority), sortKey(b.authority)))
      .map(({ authority, pages }) => ({
        authorityId: authority.id,
        runs: formatCitation(authority, {}, 'full', style),
        pages: pages.size >= passimThreshold ? null : [...pages].sort((a, b) => a - b),
      })),
  })).filter((section) => section.entries.length > 0);
}
