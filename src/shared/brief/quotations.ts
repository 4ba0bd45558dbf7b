import { countWords } from './word-count';

/**
 * Bluebook Rule 5.1: a quotation of fifty words or more is set as a block quotation, without
 * quotation marks; a shorter one runs in the text, in quotation marks.
 */
export const BLOCK_QUOTATION_WORDS = 50;

export interface Passage {
  kind: 'quote' | 'text';
  text: string;
}

export interface QuotationProblem {
  kind: 'short-block' | 'long-run-in';
  words: number;
  /** The quotation's first words, to find it by. */
  opening: string;
}

/** Text between opening and closing quotation marks, curly or straight. */
const RUN_IN = /“([^”]*)”|"([^"]*)"/g;

function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, 6).join(' ') + (words.length > 6 ? ' …' : '');
}

export function quotationProblems(passages: Iterable<Passage>): QuotationProblem[] {
  const problems: QuotationProblem[] = [];
  for (const passage of passages) {
    if (passage.kind === 'quote') {
      const words = countWords(passage.text);
      if (words > 0 && words < BLOCK_QUOTATION_WORDS)
        problems.push({ kind: 'short-block', words, opening: opening(passage.text) });
      continue;
    }
    for (const match of passage.text.matchAll(RUN_IN)) {
      const quoted = match[1] ?? match[2] ?? '';
      const words = countWords(quoted);
      if (words >= BLOCK_QUOTATION_WORDS)
        problems.push({ kind: 'long-run-in', words, opening: opening(quoted) });
    }
  }
  return problems;
}
