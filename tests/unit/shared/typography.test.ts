import { describe, expect, it } from 'vitest';
import { curlyQuote } from '../../../src/shared/typography';

describe('curly quotation marks as one types', () => {
  it('open after a space, a bracket or a dash, and at the start; close after anything else', () => {
    expect(curlyQuote('"', '')).toBe('“');
    expect(curlyQuote('"', ' ')).toBe('“');
    expect(curlyQuote('"', '(')).toBe('“');
    expect(curlyQuote('"', '—')).toBe('“');
    expect(curlyQuote('"', '.')).toBe('”');
    expect(curlyQuote('"', 'e')).toBe('”');
    expect(curlyQuote("'", 'd')).toBe('’');
    expect(curlyQuote("'", ' ')).toBe('‘');
    expect(curlyQuote("'", '“')).toBe('‘');
  });
});
