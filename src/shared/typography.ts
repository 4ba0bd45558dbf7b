/**
 * Curly quotation marks for straight ones typed, as Word's AutoFormat does: an opening mark at
 * the start of a passage or after a space, an opening bracket, a dash or another opening mark;
 * a closing mark (or an apostrophe) after anything else ("Board’s", “visible.”).
 */
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]$/u;

export function curlyQuote(typed: '"' | "'", before: string): string {
  const opening = before === '' || OPENS_AFTER.test(before);
  if (typed === '"') return opening ? '\u201c' : '\u201d';
  return opening ? '\u2018' : '\u2019';
}
