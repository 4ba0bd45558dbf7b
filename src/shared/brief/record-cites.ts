import { z } from 'zod';

/**
 * Record citations: a fact's cite to the record as a reference (which record, which pages) that
 * prints in the brief's court style, and the page map that re-paginates every cite when the
 * record is reissued (the administrative record certified, a joint appendix prepared).
 */

/** The records a brief cites by page. */
export const RECORD_KINDS = ['administrative', 'certified', 'appendix', 'record'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  administrative: 'Administrative record',
  certified: 'Certified administrative record',
  appendix: 'Joint appendix',
  record: 'Record on appeal',
};

const Page = z.number().int().positive().max(1_000_000);
export const PageRange = z
  .object({ first: Page, last: Page })
  .refine((range) => range.last >= range.first, 'A range ends at or after its first page.');
export type PageRange = z.infer<typeof PageRange>;

/** "A.R. 114–15, 118": the record and its pages or ranges, in the order cited. */
export const RecordRef = z.object({
  record: RecordKind,
  pages: z.array(PageRange).min(1).max(200),
});
export type RecordRef = z.infer<typeof RecordRef>;

/** How a court writes each record's abbreviation, each with the rule or practice it follows. */
export const RecordCiteStyle = z.record(
  RecordKind,
  z.object({ abbreviation: z.string().min(1), source: z.string() }),
);
export type RecordCiteStyle = z.infer<typeof RecordCiteStyle>;

/**
 * The ways each record is written in briefs and notes, longest first so "Admin. R." is not read
 * as "R.". A bare "R." is a court rule after "Fed.", "Cir.", "Local" and the like, never a cite.
 */
const ABBREVIATIONS: Record<RecordKind, string[]> = {
  administrative: ['Administrative Record', 'Admin\\. Rec\\.', 'Admin\\. R\\.', 'A\\. ?R\\.', 'AR'],
  certified: ['Certified Administrative Record', 'C\\. ?A\\. ?R\\.', 'CAR'],
  appendix: ['Joint Appendix', 'Joint App\\.', 'J\\. ?A\\.', 'JA', 'App\\.'],
  record: ['(?<![A-Za-z.])(?<!(?:Fed|Cir|Local|Loc|Ct|App|Civ|Crim|Evid|Bankr|L)\\.? ?)R\\.'],
};

const PAGE = String.raw`\d{1,7}`;
const RANGE = String.raw`${PAGE}(?:\s*(?:[-–—]|to)\s*${PAGE})?`;
/** A record abbreviation, an optional "at" and pages: "A.R. at 112–13, 118". */
const CITE_SOURCE = String.raw`(?<!\w)(?<abbreviation>${RECORD_KINDS.map(
  (kind) => `(?<${kind}>${ABBREVIATIONS[kind].join('|')})`,
).join('|')})\s*(?:at\s+)?(?<pages>${RANGE}(?:\s*,\s*${RANGE})*)(?![\d\w])`;

function parseRange(text: string): PageRange | null {
  const [firstText, lastText] = text.split(/\s*(?:[-–—]|to)\s*/);
  const first = Number(firstText);
  if (!lastText) return first > 0 ? { first, last: first } : null;
  // "112–13": the second page keeps only the digits that differ (Bluebook Rule 3.2(a)).
  const last = Number(
    lastText.length < (firstText ?? '').length
      ? (firstText ?? '').slice(0, (firstText ?? '').length - lastText.length) + lastText
      : lastText,
  );
  return first > 0 && last >= first ? { first, last } : null;
}

function refFrom(groups: Record<string, string | undefined>): RecordRef | null {
  const record = RECORD_KINDS.find((kind) => groups[kind] !== undefined);
  if (!record || groups.pages === undefined) return null;
  const pages = groups.pages.split(/\s*,\s*/).map(parseRange);
  if (pages.some((range) => range === null)) return null;
  return { record, pages: pages as PageRange[] };
}

// Built once: the form's hint reads the cite on every keystroke, a page map every text node.
const WHOLE_CITE = new RegExp(`^\\s*${CITE_SOURCE}\\s*\\.?\\s*$`);
const ANY_CITE = new RegExp(CITE_SOURCE, 'g');

/**
 * A record cite as typed ("A.R. 112–13", "AR 45", "Admin. R. at 7", "J.A. 12-14") as a
 * reference, or null when it is not one (a docket entry, a transcript, anything else), in which
 * case it stays text.
 */
export function parseRecordCite(text: string): RecordRef | null {
  const match = WHOLE_CITE.exec(text);
  return match?.groups ? refFrom(match.groups) : null;
}

export interface FoundRecordCite {
  start: number;
  end: number;
  ref: RecordRef;
}

/** The record cites in running text, in order. */
export function findRecordCites(text: string): FoundRecordCite[] {
  const found: FoundRecordCite[] = [];
  // matchAll works on a copy of the expression, so the one built here can be shared.
  for (const match of text.matchAll(ANY_CITE)) {
    const ref = match.groups ? refFrom(match.groups) : null;
    if (ref) found.push({ start: match.index, end: match.index + match[0].length, ref });
  }
  return found;
}

/** The last page of a range as Bluebook Rule 3.2(a) prints it: repeated digits dropped but two. */
function printRange({ first, last }: PageRange): string {
  if (first === last) return String(first);
  const [a, b] = [String(first), String(last)];
  let shared = 0;
  if (a.length === b.length) while (shared < a.length && a[shared] === b[shared]) shared += 1;
  return `${a}–${b.slice(Math.min(shared, b.length - 2, b.length))}`;
}

/**
 * A reference as the court writes it: its abbreviation, a no-break space, the pages with en
 * dashes ("A.R. 116–17", "CAR 61–68, 70").
 */
export function printRecordCite(ref: RecordRef, style: RecordCiteStyle): string {
  return `${style[ref.record].abbreviation}\u00a0${printPages(ref.pages)}`;
}

/** One line of a page map: the old page or range, and the new page its first page became. */
export const PageMapEntry = z.object({ first: Page, last: Page, to: Page });
export type PageMapEntry = z.infer<typeof PageMapEntry>;

export interface PageMapProblem {
  line: number;
  text: string;
  reason: string;
}

/**
 * A page map as entered or pasted from a spreadsheet: a line per entry, two columns (the old
 * page or range, the new page) split by a tab, comma, semicolon, arrow or spaces. A header line
 * and blank lines are skipped; anything else not understood, or an old page mapped twice, is a
 * problem to show.
 */
export function parsePageMap(text: string): {
  entries: PageMapEntry[];
  problems: PageMapProblem[];
} {
  const entries: PageMapEntry[] = [];
  const problems: PageMapProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^(\d+)(?:\s*(?:[-–—]|to)\s*(\d+))?\s*(?:\t|,|;|→|->|=>|\s)\s*(\d+)\s*$/.exec(
      line.replace(/^"|"$/g, '').replace(/"\s*([,;\t])\s*"/g, '$1'),
    );
    if (!match) {
      if (index === 0 && !/\d/.test(line)) return; // a header row
      problems.push({ line: index + 1, text: line, reason: 'not an old page and a new page' });
      return;
    }
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    const to = Number(match[3]);
    if (first < 1 || to < 1 || last < first) {
      problems.push({ line: index + 1, text: line, reason: 'pages count from 1, in order' });
      return;
    }
    const overlapping = entries.find((entry) => entry.first <= last && first <= entry.last);
    if (overlapping) {
      problems.push({ line: index + 1, text: line, reason: 'maps an old page already mapped' });
      return;
    }
    entries.push({ first, last, to });
  });
  return { entries, problems };
}

export type Repagination = { ref: RecordRef; outside: null } | { ref: null; outside: PageRange[] };

/**
 * A reference re-paginated into another record by a page map. A range split across entries
 * becomes the ranges it now spans; a cite with any page outside the map is left as it was, with
 * the pages the map does not reach.
 */
export function repaginate(
  ref: RecordRef,
  map: readonly PageMapEntry[],
  to: RecordKind,
): Repagination {
  const pages: PageRange[] = [];
  const outside: PageRange[] = [];
  const add = (list: PageRange[], first: number, last: number) => {
    const previous = list.at(-1);
    if (previous && previous.last + 1 === first) previous.last = last;
    else list.push({ first, last });
  };
  for (const range of ref.pages) {
    let page = range.first;
    while (page <= range.last) {
      const entry = map.find((candidate) => candidate.first <= page && page <= candidate.last);
      if (entry) {
        const end = Math.min(range.last, entry.last);
        add(pages, entry.to + page - entry.first, entry.to + end - entry.first);
        page = end + 1;
      } else {
        const next = Math.min(
          range.last + 1,
          ...map.filter((candidate) => candidate.first > page).map((candidate) => candidate.first),
        );
        add(outside, page, next - 1);
        page = next;
      }
    }
  }
  return outside.length > 0
    ? { ref: null, outside }
    : { ref: { record: to, pages }, outside: null };
}

export interface TextRepagination {
  text: string;
  rewritten: { before: string; after: string }[];
  outside: { cite: string; pages: PageRange[] }[];
}

/**
 * Running text with every cite to the `from` record re-paginated and printed in the court's
 * style; cites the map does not reach stay as written and are reported.
 */
export function repaginateText(
  text: string,
  from: RecordKind,
  map: readonly PageMapEntry[],
  to: RecordKind,
  style: RecordCiteStyle,
): TextRepagination {
  const result: TextRepagination = { text: '', rewritten: [], outside: [] };
  let at = 0;
  for (const cite of findRecordCites(text)) {
    if (cite.ref.record !== from) continue;
    const before = text.slice(cite.start, cite.end);
    const moved = repaginate(cite.ref, map, to);
    result.text += text.slice(at, cite.start);
    if (moved.ref) {
      const after = printRecordCite(moved.ref, style);
      result.text += after;
      result.rewritten.push({ before, after });
    } else {
      result.text += before;
      result.outside.push({ cite: before, pages: moved.outside });
    }
    at = cite.end;
  }
  result.text += text.slice(at);
  return result;
}

/** Pages for a report: "3–5, 40". */
export function printPages(pages: readonly PageRange[]): string {
  return pages.map(printRange).join(', ');
}
