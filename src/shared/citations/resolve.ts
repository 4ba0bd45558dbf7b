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
 * Decides each citation's form, in order: full on an authority's first use (or when pinned to
 * full), *Id.* when the immediately preceding citation is the same single authority, and the
 * short form otherwise. A string cite of several authorities is never *Id.*, and the citation
 * after one is not either. Returns one form per citation item, in order.
 */
function resolveForms(items: readonly ReadingItem[]): CitationForm[] {
  const groups: { authorityId: number; forceFull: boolean }[][] = [];
  let current: { authorityId: number; forceFull: boolean }[] = [];
  let separatorOnly = true;
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const item of items) {
    if (item.kind === 'citation') {
      if (!separatorOnly) close();
      current.push({ authorityId: item.authorityId, forceFull: Boolean(item.forceFull) });
      separatorOnly = true;
    } else if (item.kind === 'break') {
      close();
      separatorOnly = true;
    } else if (!STRING_CITE_SEPARATOR.test(item.text)) {
      separatorOnly = false;
    }
  }
  close();

  const forms: CitationForm[] = [];
  const seen = new Set<number>();
  let previous = null as { authorityId: number; inStringCite: boolean } | null;
  for (const group of groups) {
    const single = new Set(group.map((citation) => citation.authorityId)).size === 1;
    for (const { authorityId, forceFull } of group) {
      const followsItself = previous?.authorityId === authorityId && !previous.inStringCite;
      if (forceFull || !seen.has(authorityId)) forms.push('full');
      else if (single && followsItself) forms.push('id');
      else forms.push('short');
      seen.add(authorityId);
      previous = { authorityId, inStringCite: !single };
    }
  }
  return forms;
}

/**
 * Where every citation stands, in reading order: its form; whether it begins a citation
 * sentence (at the start of a passage or after a sentence's end) or continues a string citation
 * or a clause; whether an *Id.* repeats the pin of the citation before it; and whether the
 * sentence's own period follows it, which a citation ending in one then absorbs ("Id." not
 * "Id..").
 */
export function placeCitations(items: readonly ReadingItem[]): CitationPlacement[] {
  const forms = resolveForms(items);
  const placements: CitationPlacement[] = [];
  // The text read since the last citation or passage boundary, and whether that was a boundary.
  let before = '';
  let atBoundary = true;
  let previousPin = '';
  items.forEach((item, index) => {
    if (item.kind === 'break') {
      before = '';
      atBoundary = true;
      return;
    }
    if (item.kind === 'text') {
      before += item.text;
      return;
    }
    const form = forms[placements.length] ?? 'full';
    const pin = item.pin?.trim() ?? '';
    const next = items[index + 1];
    placements.push({
      form,
      sentenceStart: (atBoundary && before.trim() === '') || SENTENCE_END.test(before.trimEnd()),
      samePin: form === 'id' && pin !== '' && pin === previousPin,
      beforePeriod: next?.kind === 'text' && next.text.startsWith('.'),
    });
    previousPin = pin;
    before = '';
    atBoundary = false;
  });
  return placements;
}

/**
 * The citations, by their place among the brief's citations, that take the short form without a
 * pin cite. A short form points the reader to a page (Bluepages B10.2); without one it cites the
 * whole authority, which the compliance panel flags to the author (for authorities whose short
 * form takes a page: `shortFormTakesPin`).
 */
export function unpinnedShortForms(
  items: readonly ReadingItem[],
  placements: readonly CitationPlacement[] = placeCitations(items),
): number[] {
  const citations = items.filter((item) => item.kind === 'citation');
  return citations.flatMap((citation, index) =>
    placements[index]?.form === 'short' && !citation.pin?.trim() ? [index] : [],
  );
}
