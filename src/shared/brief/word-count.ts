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
