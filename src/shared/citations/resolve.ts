import type { CitationForm, CitationPlacement } from './format';

/**
 * A brief as a reader meets it, reduced to what decides citation forms: citations, the text
 * between them, and block boundaries. Footnotes belong where the reader reaches them.
 */
export type ReadingItem =
  | { kind: 'citation'; authorityId: number; forceFull?: boolean; pin?: string }
  | { kind: 'text'; text: string }
  | { kind: 'break' };

/** Text that keeps two citations in one string cite: separators only ("; ", ", "). */
const STRING_CITE_SEPARATOR = /^[\s;,]*$/;
/** Text that ends a sentence, closing quotation marks and brackets included. */
const SENTENCE_END = /[.?!][\s"'”’)\]]*$/;

/**
 * What decides a citation's form that can be read from its own passage: each passage begins
 * after a break, so a block's citations read the same wherever the block stands. Kept per block
 * by the editor, which then places a keystroke's citations without re-reading other blocks.
 */
export interface LocalCitation {
  authorityId: number;
  forceFull: boolean;
  pin: string;
  /** It opens a group: the first of a string citation, or a citation standing alone. */
  opensGroup: boolean;
  /** At the start of a passage or after a sentence's end. */
  sentenceStart: boolean;
  /** The sentence's own period follows it. */
  beforePeriod: boolean;
}

/**
 * Reads the citations of some passages as they stand among their text. A string citation is
 * citations separated only by "; " or ", "; a break (a block's or a footnote's end) ends it.
 */
export function readCitationsLocally(items: readonly ReadingItem[]): LocalCitation[] {
  const citations: LocalCitation[] = [];
  // The text read since the last citation or passage boundary, and whether that was a boundary.
  let before = '';
  let atBoundary = true;
  let separatorOnly = true;
  items.forEach((item, index) => {
    if (item.kind === 'break') {
      before = '';
      atBoundary = true;
      separatorOnly = true;
      return;
    }
    if (item.kind === 'text') {
      before += item.text;
      if (!STRING_CITE_SEPARATOR.test(item.text)) separatorOnly = false;
      return;
    }
    const next = items[index + 1];
    citations.push({
      authorityId: item.authorityId,
      forceFull: Boolean(item.forceFull),
      pin: item.pin?.trim() ?? '',
      opensGroup: atBoundary || !separatorOnly,
      sentenceStart: (atBoundary && before.trim() === '') || SENTENCE_END.test(before.trimEnd()),
      beforePeriod: next?.kind === 'text' && next.text.startsWith('.'),
    });
    before = '';
    atBoundary = false;
    separatorOnly = true;
  });
  return citations;
}

/**
 * Decides each citation's form, in order: full on an authority's first use (or when pinned to
 * full), *Id.* when the immediately preceding citation is the same single authority, and the
 * short form otherwise. A string cite of several authorities is never *Id.*, and the citation
 * after one is not either. Whether an *Id.* repeats the pin of the citation before it is read
 * here too. Linear in the number of citations; no text is read.
 */
export function placeLocalCitations(citations: readonly LocalCitation[]): CitationPlacement[] {
  const placements: CitationPlacement[] = [];
  const seen = new Set<number>();
  let previous = null as { authorityId: number; inStringCite: boolean } | null;
  let previousPin = '';
  let groupEnd = 0;
  let single = true;
  citations.forEach((citation, index) => {
    if (index >= groupEnd) {
      // A group runs to the next citation that opens one.
      groupEnd = index + 1;
      while (groupEnd < citations.length && !citations[groupEnd]?.opensGroup) groupEnd++;
      single = true;
      for (let i = index + 1; i < groupEnd; i++)
        if (citations[i]?.authorityId !== citation.authorityId) single = false;
    }
    const { authorityId, forceFull, pin } = citation;
    const followsItself = previous?.authorityId === authorityId && !previous.inStringCite;
    const form: CitationForm =
      forceFull || !seen.has(authorityId) ? 'full' : single && followsItself ? 'id' : 'short';
    seen.add(authorityId);
    previous = { authorityId, inStringCite: !single };
    placements.push({
      form,
      sentenceStart: citation.sentenceStart,
      samePin: form === 'id' && pin !== '' && pin === previousPin,
      beforePeriod: citation.beforePeriod,
    });
    previousPin = pin;
  });
  return placements;
}

/**
 * Where every citation stands, in reading order: its form; whether it begins a citation
 * sentence (at the start of a passage or after a sentence's end) or continues a string citation
 * or a clause; whether an *Id.* repeats the pin of the citation before it; and whether the
 * sentence's own period follows it, which a citation ending in one then absorbs ("Id." not
 * "Id..").
 */
export function placeCitations(items: readonly ReadingItem[]): CitationPlacement[] {
  return placeLocalCitations(readCitationsLocally(items));
}
