import { placeCitations } from '../citations/resolve';
import {
  citationAsWritten,
  DEFAULT_ACT_CITATIONS,
  STANDALONE,
  type ActCitations,
  type CitableAuthority,
  type CitationPlacement,
  type CitationStyle,
} from '../citations/format';
import { runsToText } from '../citations/runs';
import { readingItems, type Block, type CitationFields, type Inline } from './editor-json';

/**
 * FRAP 32(f) counts every word of the brief except its cover, disclosure statement, tables,
 * certificates, signature block and the like; headings, footnotes, quotations and citations
 * count. A word is what Word counts as one: a run of characters between spaces (any Unicode
 * space, no-break spaces included, as Word treats them).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (const char of text) {
    const space = /\s/u.test(char);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Words of several blocks of text, counted as separate paragraphs (never joined across them). */
export function countWordsInBlocks(blocks: Iterable<string>): number {
  let total = 0;
  for (const block of blocks) total += countWords(block);
  return total;
}

/** What a block of the stored brief reads as, citations in the forms the reader meets them. */
export type CitationReader = (inline: CitationFields, placement: CitationPlacement) => string;

/**
 * The FRAP 32(f) count of the written brief from its stored blocks, each citation counted in its
 * resolved form, as the certificate of compliance states it.
 */
export function briefWordCount(blocks: readonly Block[], citationText: CitationReader): number {
  const placements = placeCitations(readingItems(blocks));
  let index = 0;
  // Each footnote is a passage of its own, read (and its citations resolved) where it stands.
  const passages: string[] = [];
  const read = (inlines: readonly Inline[]): string =>
    inlines
      .map((inline) => {
        if (inline.kind === 'text') return inline.text;
        if (inline.kind === 'break') return '\n';
        if (inline.kind === 'footnote') {
          passages.push(read(inline.inlines));
          return '';
        }
        return citationText(inline, placements[index++] ?? STANDALONE);
      })
      .join('');
  for (const block of blocks) passages.push(read(block.inlines));
  return countWordsInBlocks(passages);
}

/**
 * The written body's FRAP 32(f) count with each citation as the brief's style writes it where it
 * stands; a citation to an authority no longer in the library counts nothing.
 */
export function writtenWordCount(
  blocks: readonly Block[],
  authorities: ReadonlyMap<number, CitableAuthority>,
  style: CitationStyle,
  act: ActCitations = DEFAULT_ACT_CITATIONS,
): number {
  return briefWordCount(blocks, (inline, placement) => {
    const authority = authorities.get(inline.authorityId);
    return authority ? runsToText(citationAsWritten(authority, inline, placement, style, act)) : '';
  });
}
