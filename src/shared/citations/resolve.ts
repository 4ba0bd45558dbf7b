import type { CitationForm } from './format';

/**
 * A brief as a reader meets it, reduced to what decides citation forms: citations, the text
 * between them, and block boundaries. Footnotes belong where the reader reaches them.
 */
export type ReadingItem =
  | { kind: 'citation'; authorityId: number; forceFull?: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'break' };

/** Text that keeps two citations in one string cite: separators only ("; ", ", "). */
const STRING_CITE_SEPARATOR = /^[\s;,]*$/;

/**
 * Decides each citation's form, in order: full on an authority's first use (or when pinned to
 * full), *Id.* when the immediately preceding citation is the same single authority, and the
 * short form otherwise. A string cite of several authorities is never *Id.*, and the citation
 * after one is not either. Returns one form per citation item, in order.
 */
export function resolveForms(items: readonly ReadingItem[]): CitationForm[] {
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
 * For each citation, whether the text right after it starts with a period. A citation that
 * itself ends in one ("Id.", "8 U.S.C. § 1158(b)(1)(B)(i)" does not)
 * then absorbs it, so the sentence does not read "Id..".
 */
export function followedByPeriod(items: readonly ReadingItem[]): boolean[] {
  const result: boolean[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'citation') return;
    const next = items[index + 1];
    result.push(next?.kind === 'text' && next.text.startsWith('.'));
  });
  return result;
}
