import {
  parseRecordCite,
  printPages,
  printRecordCite,
  RECORD_KIND_LABELS,
  type RecordCiteStyle,
  type RecordRef,
} from './record-cites';

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

/**
 * A fact's record cite as a brief in this court prints it: the reference in the court's style,
 * or the text as typed when it is no record page.
 */
export function factRecordCite(
  fact: { recordCite: string; recordRef: RecordRef | null },
  style: RecordCiteStyle,
): string {
  return fact.recordRef ? printRecordCite(fact.recordRef, style) : fact.recordCite;
}

/** What Amicus reads in a record cite as typed, for the form that takes it. */
export function describeRecordCite(text: string): string {
  if (!text.trim()) return 'A page of the record: A.R. 112–13, J.A. 12, CAR 45, R. 7.';
  const ref = parseRecordCite(text);
  if (!ref) return 'Not read as a record page: kept as typed, and no page map will change it.';
  return `${RECORD_KIND_LABELS[ref.record]}, page${ref.pages.length > 1 || ref.pages[0]?.first !== ref.pages[0]?.last ? 's' : ''} ${printPages(ref.pages)}; each brief prints it in its court’s style.`;
}
