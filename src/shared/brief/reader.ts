import {
  citationAsWritten,
  DEFAULT_ACT_CITATIONS,
  type ActCitations,
  type CitableAuthority,
  type CitationPlacement,
  type CitationStyle,
} from '../citations/format';
import {
  placeLocalCitations,
  readCitationsLocally,
  type LocalCitation,
  type ReadingItem,
} from '../citations/resolve';
import { runsToText } from '../citations/runs';
import { inlinesToPlainText, type Block, type CitationFields, type Inline } from './editor-json';
import { countWords } from './word-count';

/**
 * The one reader of a brief: what the export writes and what the editor shows (citation forms,
 * the FRAP 32(f) count, the cited authorities, the outline) come from the same two functions.
 * `readBlock` reads a block alone, which the editor keeps per block and redoes only for a block
 * that changed; `readBrief` joins the blocks' readings in time linear in their citations.
 */

/** What a citation to an authority the library no longer has reads as, on screen and on paper. */
export const MISSING_AUTHORITY = '[citation to a deleted authority]';

/** Stands for a citation or a footnote's number inside a passage's typed text. */
export const OBJECT_MARK = '\uFFFC';

/** A passage a reader reads on its own: a block's text, or one of its footnotes. */
export interface PassageReading {
  kind: 'quote' | 'text';
  /** Its text, and where each of the block's citations stands (by its place in the block). */
  parts: readonly (string | number)[];
  /** What was typed, each citation and footnote number an OBJECT_MARK, so no typed cite spans one. */
  typed: string;
}

export interface BlockReading {
  readonly block: Block;
  /** The block's citations in reading order, a footnote's where its number stands. */
  readonly citations: readonly CitationFields[];
  /** What decides each citation's form within the block. */
  readonly local: readonly LocalCitation[];
  /** The block's text, then its footnotes. */
  readonly passages: readonly PassageReading[];
  /** Its heading text and level, for the outline and the table of contents. */
  readonly heading: { level: 1 | 2 | 3; text: string } | null;
}

export function readBlock(block: Block): BlockReading {
  const citations: CitationFields[] = [];
  const items: ReadingItem[] = [];
  const footnotes: PassageReading[] = [];
  const read = (inlines: readonly Inline[], kind: PassageReading['kind']): PassageReading => {
    const parts: (string | number)[] = [];
    let typed = '';
    for (const inline of inlines) {
      switch (inline.kind) {
        case 'text':
          parts.push(inline.text);
          typed += inline.text;
          items.push({ kind: 'text', text: inline.text });
          break;
        case 'break':
          parts.push('\n');
          typed += '\n';
          break;
        case 'citation':
          parts.push(citations.length);
          typed += OBJECT_MARK;
          items.push({
            kind: 'citation',
            authorityId: inline.authorityId,
            forceFull: inline.forceFull,
            pin: inline.pin,
          });
          citations.push(inline);
          break;
        case 'footnote':
          // Read where its number stands, as a passage of its own.
          typed += OBJECT_MARK;
          items.push({ kind: 'break' });
          footnotes.push(read(inline.inlines, 'text'));
          items.push({ kind: 'break' });
          break;
      }
    }
    return { kind, parts, typed };
  };
  const body = read(block.inlines, block.kind === 'quote' ? 'quote' : 'text');
  items.push({ kind: 'break' });
  return {
    block,
    citations,
    local: readCitationsLocally(items),
    passages: [body, ...footnotes],
    heading:
      block.kind === 'heading'
        ? { level: block.level, text: inlinesToPlainText(block.inlines).trim() }
        : null,
  };
}

/** What a citation reads as where it stands, as the brief's style writes it. */
export type CitationWriter = (citation: CitationFields, placement: CitationPlacement) => string;

export interface BriefReading {
  /** Every citation in reading order, with where it stands. */
  citations: { fields: CitationFields; placement: CitationPlacement; block: number }[];
  /** FRAP 32(f) words of the written body, each citation in the form the reader meets it. */
  words: number;
  /** Every authority cited, once each, in order of first use. */
  cited: number[];
  outline: { block: number; level: 1 | 2 | 3; text: string }[];
  /**
   * The citations (by their place in `citations`) in the short form without a pin cite, which
   * cite the whole authority (Bluepages B10.2): flagged to the author.
   */
  unpinnedShort: number[];
}

export function samePlacement(a: CitationPlacement | undefined, b: CitationPlacement): boolean {
  return (
    a !== undefined &&
    a.form === b.form &&
    a.sentenceStart === b.sentenceStart &&
    a.samePin === b.samePin &&
    a.beforePeriod === b.beforePeriod
  );
}

/** A block's count, kept with what it was counted from, so an unchanged block is not recounted. */
const countedWords = new WeakMap<
  BlockReading,
  { write: CitationWriter; placements: readonly CitationPlacement[]; words: number }
>();

function blockWords(
  reading: BlockReading,
  placements: readonly CitationPlacement[],
  write: CitationWriter,
): number {
  const counted = countedWords.get(reading);
  if (
    counted &&
    (reading.citations.length === 0 ||
      (counted.write === write &&
        placements.every((placement, i) => samePlacement(counted.placements[i], placement))))
  )
    return counted.words;
  let words = 0;
  for (const passage of reading.passages) {
    let text = '';
    for (const part of passage.parts) {
      if (typeof part === 'string') text += part;
      else {
        const citation = reading.citations[part];
        const placement = placements[part];
        if (citation && placement) text += write(citation, placement);
      }
    }
    words += countWords(text);
  }
  countedWords.set(reading, { write, placements, words });
  return words;
}

const NO_PLACEMENTS: readonly CitationPlacement[] = [];

export function readBrief(blocks: readonly BlockReading[], write: CitationWriter): BriefReading {
  const local: LocalCitation[] = [];
  for (const block of blocks) for (const citation of block.local) local.push(citation);
  const placements = placeLocalCitations(local);

  const citations: BriefReading['citations'] = [];
  const cited = new Set<number>();
  const outline: BriefReading['outline'] = [];
  const unpinnedShort: number[] = [];
  let words = 0;
  blocks.forEach((block, index) => {
    const first = citations.length;
    block.citations.forEach((fields, i) => {
      const placement = placements[first + i];
      if (!placement) return;
      if (placement.form === 'short' && !fields.pin.trim()) unpinnedShort.push(citations.length);
      citations.push({ fields, placement, block: index });
      cited.add(fields.authorityId);
    });
    const own = block.citations.length
      ? placements.slice(first, first + block.citations.length)
      : NO_PLACEMENTS;
    words += blockWords(block, own, write);
    if (block.heading) outline.push({ block: index, ...block.heading });
  });
  return { citations, words, cited: [...cited], outline, unpinnedShort };
}

/**
 * A citation as the brief writes it: in its style and form, or the placeholder for an authority
 * the library no longer has. `undefined` (not known yet, while the editor loads it) reads as
 * nothing until it is.
 */
export function writtenCitation(
  authority: CitableAuthority | null | undefined,
  fields: CitationFields,
  placement: CitationPlacement,
  style: CitationStyle,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): string {
  if (authority === undefined) return '';
  if (authority === null) return MISSING_AUTHORITY;
  return runsToText(citationAsWritten(authority, fields, placement, style, act));
}

/** The brief as written, from its stored blocks and the library's authorities it cites. */
export function readWrittenBrief(
  blocks: readonly Block[],
  authorities: ReadonlyMap<number, CitableAuthority>,
  style: CitationStyle,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): BriefReading {
  return readBrief(blocks.map(readBlock), (fields, placement) =>
    writtenCitation(authorities.get(fields.authorityId) ?? null, fields, placement, style, act),
  );
}
