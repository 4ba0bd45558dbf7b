/**
 * A fact as it reads in a brief: its sentence, then its record cite as a citation sentence
 * ("She refused his advances. A.R. 116.").
 */
export function factWithRecordCite(text: string, recordCite: string): string {
  const sentence = text.trim();
  const cite = recordCite.trim();
  if (!cite) return sentence;
  const closed = /[.!?…”"’)]$/.test(sentence) ? sentence : `${sentence}.`;
  return `${closed} ${cite}${/[.]$/.test(cite) ? '' : '.'}`;
}
