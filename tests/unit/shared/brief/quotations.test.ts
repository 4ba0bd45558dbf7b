import { describe, expect, it } from 'vitest';
import { agreeingHeading, disagrees } from '../../../../src/shared/brief/agreement';
import { quotationProblems } from '../../../../src/shared/brief/quotations';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('quotations (Bluebook Rule 5.1: fifty words or more are set as a block)', () => {
  it('flags a block quotation under fifty words and a run-in quotation of fifty or more', () => {
    const problems = quotationProblems([
      { kind: 'quote', text: words(49) },
      { kind: 'quote', text: words(50) },
      { kind: 'text', text: `The Board said “${words(50)}.” It also said “${words(49)}.”` },
      { kind: 'text', text: `Straight marks too: "${words(60)}"` },
    ]);
    expect(problems.map((problem) => [problem.kind, problem.words])).toEqual([
      ['short-block', 49],
      ['long-run-in', 50],
      ['long-run-in', 60],
    ]);
    expect(problems[0]?.opening).toBe('w0 w1 w2 w3 w4 w5 …');
  });
});

describe('headings that name the amici', () => {
  it('agree with the number of amici, in the heading’s own capitals', () => {
    expect(agreeingHeading('Interest of Amicus Curiae', true)).toBe('Interest of Amici Curiae');
    expect(agreeingHeading('INTEREST OF AMICI CURIAE', false)).toBe('INTEREST OF AMICUS CURIAE');
    expect(disagrees('Statement of Interest of Amici', true)).toBe(false);
    expect(disagrees('Argument', true)).toBe(false);
  });
});
