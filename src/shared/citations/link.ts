import {
  citation as citationNode,
  isElement,
  type SerializedElement,
  type SerializedNode,
  type SerializedText,
} from '../brief/editor-json';
import type { AuthorityFields } from '../library';
import { extractCitations, type ExtractedCitation } from './extract';
import { safeAuthorityFields } from './found-authorities';
import { authorityFromExtracted, authorityKey, type AuthorityKey } from './to-authority';

/**
 * Citations written as text, turned into citations linked to the library: one reader for a
 * Word draft imported, a passage pasted and the "Link all citations" command, so the three agree.
 */

const FULL_KINDS = new Set<ExtractedCitation['kind']>([
  'case',
  'agency',
  'statute',
  'regulation',
  'federal_register',
  'other',
]);

/**
 * A full citation complete enough to name an authority: a reporter cite needs its year (the
 * parenthetical that closes it), a code cite does not.
 */
export function isLinkableCitation(citation: ExtractedCitation): boolean {
  return (
    FULL_KINDS.has(citation.kind) &&
    (citation.year !== undefined || citation.kind === 'statute' || citation.kind === 'regulation')
  );
}

/** A run of consecutive text nodes in one element: the only place a citation is read from. */
interface Stretch {
  container: SerializedElement;
  /** Index of its first text node among the container's children, and how many there are. */
  first: number;
  count: number;
  /** Where it starts in the document's text. */
  start: number;
  end: number;
  /** The top-level block it belongs to. */
  block: number;
}

/** One citation to write as a citation node in place of the text [from, to). */
interface Link {
  stretch: Stretch;
  from: number;
  to: number;
  /** The full citation whose authority it names (itself, or a short form's antecedent). */
  source: number;
  pin: string;
  signal: string;
  parenthetical: string;
}

/** An authority cited in the text that the library does not hold yet. */
export interface NewAuthority {
  fields: AuthorityFields;
  /** The citation as first written. */
  written: string;
  /** Its citations in the text: full, short forms, Id. */
  uses: number;
}

export interface CitationLinkPlan {
  /** The library keys to look up, one per full citation in `fulls` order. */
  keys: AuthorityKey[];
  /** Citations recognised in the text. */
  recognised: number;
  blocks: readonly SerializedElement[];
  stretches: Stretch[];
  links: Link[];
  fulls: { fields: AuthorityFields; written: string }[];
  /** Recognised citations no link can be made for: a short form without its full citation. */
  unresolved: number;
}

export interface LinkResult {
  blocks: SerializedElement[];
  /** Indexes of the top-level blocks that changed. */
  changed: number[];
  /** Citation nodes written. */
  linked: number;
  /** Library authorities they name. */
  authorities: number;
  /** Authorities the text cites that the library lacks: their citations stay text. */
  unknown: NewAuthority[];
  /** Citations left as text for want of their full citation in the text. */
  unresolved: number;
}

function isText(node: SerializedNode): node is SerializedText {
  return node.type === 'text';
}

/**
 * The document's text in reading order (a footnote where its number stands), each stretch of
 * text nodes apart from the next, so no citation is read across an object, a break or a block.
 */
function documentText(blocks: readonly SerializedElement[]): {
  text: string;
  stretches: Stretch[];
} {
  let text = '';
  const stretches: Stretch[] = [];
  const read = (container: SerializedElement, block: number) => {
    let open: Stretch | null = null;
    const close = () => {
      if (!open) return;
      open.end = text.length;
      stretches.push(open);
      open = null;
      text += '\n\n';
    };
    for (const [index, child] of container.children.entries()) {
      if (isText(child)) {
        open ??= { container, first: index, count: 0, start: text.length, end: 0, block };
        open.count++;
        text += child.text;
        continue;
      }
      close();
      if (isElement(child)) {
        read(child, block);
        text += '\n\n';
      }
    }
    close();
  };
  blocks.forEach((block, index) => read(block, index));
  return { text, stretches };
}

/** Where the parentheticals right after a citation end (weight, explanation), if any. */
function parentheticalsEnd(text: string, at: number, limit: number): number {
  let end = at;
  for (;;) {
    let position = end;
    while (position < limit && /\s/.test(text[position] ?? '')) position++;
    if (text[position] !== '(') return end;
    let depth = 0;
    for (; position < limit; position++) {
      if (text[position] === '(') depth++;
      else if (text[position] === ')' && --depth === 0) break;
    }
    if (depth !== 0 || position >= limit) return end;
    end = position + 1;
  }
}

/** Reads the citations of some blocks and what linking them would take. */
export function planCitationLinks(blocks: readonly SerializedElement[]): CitationLinkPlan {
  const { text, stretches } = documentText(blocks);
  const found = extractCitations(text);
  const stretchOf = (from: number, to: number) =>
    stretches.find((stretch) => stretch.start <= from && to <= stretch.end);
  const fulls: CitationLinkPlan['fulls'] = [];
  /** For each citation found, the full citation (index in `fulls`) it names. */
  const names = new Map<number, number>();
  const links: Link[] = [];
  let unresolved = 0;
  let consumedUntil = 0;

  found.forEach((citation, index) => {
    const [start, end] = citation.span;
    // A parallel cite, or a citation inside another's parenthetical or history: part of it.
    if (start < consumedUntil) return;
    const stretch = stretchOf(start, end);
    if (isLinkableCitation(citation)) {
      const next = found[index + 1];
      const input = authorityFromExtracted(citation, { text, next });
      if (!input || !stretch) {
        unresolved++;
        return;
      }
      let to = end;
      // Parallel cites of the same decision ("480 U.S. 421, 107 S. Ct. 1207") are one citation.
      for (let later = index + 1; later < found.length; later++) {
        const parallel = found[later];
        const between = parallel ? text.slice(to, parallel.span[0]) : '';
        if (!parallel || parallel.name !== citation.name || !/^\s*,\s*$/.test(between)) break;
        to = Math.min(parallel.span[1], stretch.end);
      }
      to = parentheticalsEnd(text, to, stretch.end);
      // Subsequent history naming the next citation belongs to the authority.
      const nextText = next ? text.slice(...next.span).replace(/\s+/g, ' ') : '';
      if (next && citation.history && input.history?.endsWith(nextText))
        to = Math.max(
          to,
          parentheticalsEnd(text, Math.min(next.span[1], stretch.end), stretch.end),
        );
      consumedUntil = to;
      names.set(index, fulls.length);
      // A field the library would refuse (an impossible year) is left empty, never thrown.
      fulls.push({ fields: safeAuthorityFields(input).fields, written: text.slice(start, end) });
      const codified = citation.kind === 'statute' || citation.kind === 'regulation';
      links.push({
        stretch,
        from: start,
        to,
        source: fulls.length - 1,
        // A code's subsections are part of the library's section, not a pin.
        pin: codified ? '' : (citation.pin ?? ''),
        signal: citation.signal ?? '',
        parenthetical: citation.parenthetical ?? '',
      });
      return;
    }
    const antecedent =
      citation.resolvesTo !== undefined && citation.resolvesTo !== null
        ? names.get(citation.resolvesTo)
        : undefined;
    if (antecedent === undefined || !stretch) {
      unresolved++;
      return;
    }
    names.set(index, antecedent);
    consumedUntil = end;
    links.push({
      stretch,
      from: start,
      to: end,
      source: antecedent,
      pin: citation.pin ?? '',
      signal: citation.signal ?? '',
      parenthetical: '',
    });
  });
  return {
    keys: fulls.map(({ fields }) => authorityKey(fields)),
    recognised: found.length,
    blocks,
    stretches,
    links,
    fulls,
    unresolved,
  };
}

/** The text nodes of a stretch with each link's text replaced by its citation node. */
function relinked(
  nodes: readonly SerializedText[],
  stretchStart: number,
  links: readonly { from: number; to: number; node: SerializedNode }[],
): SerializedNode[] {
  const out: SerializedNode[] = [];
  let nodeStart = stretchStart;
  for (const node of nodes) {
    const nodeEnd = nodeStart + node.text.length;
    const piece = (from: number, to: number) =>
      to > from && out.push({ ...node, text: node.text.slice(from - nodeStart, to - nodeStart) });
    let cursor = nodeStart;
    for (const link of links) {
      if (link.to <= nodeStart || link.from >= nodeEnd) continue;
      piece(cursor, link.from);
      // The node goes where its text begins; the rest of its text is dropped with it.
      if (link.from >= nodeStart) out.push(link.node);
      cursor = Math.max(cursor, Math.min(link.to, nodeEnd));
    }
    piece(cursor, nodeEnd);
    nodeStart = nodeEnd;
  }
  return out;
}

/** Writes the citations the library holds as citation nodes; the rest stay text. */
export function applyCitationLinks(
  plan: CitationLinkPlan,
  ids: readonly (number | null)[],
): LinkResult {
  const blocks = structuredClone(plan.blocks) as SerializedElement[];
  // The plan's stretches point into the original blocks; find their copies by path.
  const copies = new Map<SerializedElement, SerializedElement>();
  const pair = (original: SerializedElement, copy: SerializedElement) => {
    copies.set(original, copy);
    original.children.forEach((child, index) => {
      const copied = copy.children[index];
      if (isElement(child) && copied && isElement(copied)) pair(child, copied);
    });
  };
  plan.blocks.forEach((block, index) => pair(block, blocks[index] as SerializedElement));

  const unknown = new Map<number, NewAuthority>();
  const authorities = new Set<number>();
  const byStretch = new Map<Stretch, { from: number; to: number; node: SerializedNode }[]>();
  let linked = 0;
  for (const link of plan.links) {
    const authorityId = ids[link.source] ?? null;
    const full = plan.fulls[link.source];
    if (authorityId === null) {
      if (!full) continue;
      const entry = unknown.get(link.source) ?? { ...full, uses: 0 };
      entry.uses++;
      unknown.set(link.source, entry);
      continue;
    }
    authorities.add(authorityId);
    linked++;
    const node = citationNode({
      authorityId,
      pin: link.pin,
      signal: link.signal,
      parenthetical: link.parenthetical,
    });
    const list = byStretch.get(link.stretch) ?? [];
    list.push({ from: link.from, to: link.to, node });
    byStretch.set(link.stretch, list);
  }

  const changed = new Set<number>();
  // Later stretches first, so the indexes of earlier ones in the same container hold.
  for (const stretch of [...byStretch.keys()].sort((a, b) => b.start - a.start)) {
    const container = copies.get(stretch.container);
    if (!container) continue;
    const nodes = container.children.slice(stretch.first, stretch.first + stretch.count);
    const replacement = relinked(
      nodes as SerializedText[],
      stretch.start,
      byStretch.get(stretch) ?? [],
    );
    container.children.splice(stretch.first, stretch.count, ...replacement);
    changed.add(stretch.block);
  }
  // Two full citations of one unknown authority are one entry, with all their uses.
  const merged = new Map<string, NewAuthority>();
  for (const entry of unknown.values()) {
    const key = JSON.stringify(authorityKey(entry.fields));
    const existing = merged.get(key);
    if (existing) existing.uses += entry.uses;
    else merged.set(key, entry);
  }
  return {
    blocks,
    changed: [...changed].sort((a, b) => a - b),
    linked,
    authorities: authorities.size,
    unknown: [...merged.values()],
    unresolved: plan.unresolved,
  };
}

/** Looks up library ids for authority keys (main's `authorities.match`, or the contract's). */
export type MatchAuthorities = (
  keys: AuthorityKey[],
) => readonly (number | null)[] | Promise<readonly (number | null)[]>;

/** Reads every citation in the blocks and links those the library holds. */
export async function linkCitations(
  blocks: readonly SerializedElement[],
  match: MatchAuthorities,
): Promise<LinkResult> {
  const plan = planCitationLinks(blocks);
  const ids = plan.keys.length > 0 ? await match(plan.keys) : [];
  return applyCitationLinks(plan, ids);
}
