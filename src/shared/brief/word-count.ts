/**
 * FRAP 32(f) counts every word of the brief except its cover, disclosure statement, tables,
 * certificates, signature block and the like; headings, footnotes, quotations and citations
 * count. A word is what Word counts as one: a run of characters between spaces (any Unicode
 * space, no-break spaces included, as Word treats them).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and the common letters are decided without a regular expression: a long
    // brief is counted again at every pause in typing.
    const space =
      code === 32 || (code >= 9 && code <= 13)
        ? true
        : code < 0xa0
          ? false
          : UNICODE_SPACE.test(text[i] ?? '');
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** JavaScript's white space beyond ASCII (what `\s` matches), tested one code unit at a time. */
const UNICODE_SPACE = /^\s$/u;

/** Words of several blocks of text, counted as separate paragraphs (never joined across them). */
export function countWordsInBlocks(blocks: Iterable<string>): number {
  let total = 0;
  for (const block of blocks) total += countWords(block);
  return total;
}
