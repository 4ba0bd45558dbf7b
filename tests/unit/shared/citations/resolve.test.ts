import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  followedByPeriod,
  resolveForms,
  type ReadingItem,
} from '../../../../src/shared/citations/resolve';
import { withoutFinalPeriod } from '../../../../src/shared/citations/runs';

const cite = (authorityId: number, forceFull = false): ReadingItem => ({
  kind: 'citation',
  authorityId,
  forceFull,
});
const text = (value: string): ReadingItem => ({ kind: 'text', text: value });
const paragraph: ReadingItem = { kind: 'break' };

describe('resolveForms', () => {
  it('gives full, then Id., then short after another authority', () => {
    expect(
      resolveForms([
        cite(1),
        text('. Also '),
        cite(1),
        text('. But '),
        cite(2),
        text('. Yet '),
        cite(1),
      ]),
    ).toEqual(['full', 'id', 'full', 'short']);
  });

  it('keeps Id. across paragraphs when nothing else was cited in between', () => {
    expect(resolveForms([cite(1), text('.'), paragraph, text('Then '), cite(1)])).toEqual([
      'full',
      'id',
    ]);
  });

  it('never uses Id. after a string cite, nor inside one', () => {
    const items = [
      cite(1),
      text('; '),
      cite(2),
      text('. Later '),
      cite(2),
      text('. '),
      cite(1),
      text('; '),
      cite(1),
    ];
    expect(resolveForms(items)).toEqual(['full', 'full', 'short', 'short', 'id']);
    expect(resolveForms([cite(1), text('. '), cite(1), text('; '), cite(2)])).toEqual([
      'full',
      'short',
      'full',
    ]);
  });

  it('honours an occurrence pinned to full, which also counts as the preceding citation', () => {
    expect(resolveForms([cite(1), text('. '), cite(1, true), text('. '), cite(1)])).toEqual([
      'full',
      'full',
      'id',
    ]);
  });

  it('re-decides every form when a paragraph moves', () => {
    const first = [cite(1), text('. '), cite(2)];
    const second = [cite(2), text(' again.')];
    expect(resolveForms([...first, paragraph, ...second])).toEqual(['full', 'full', 'id']);
    expect(resolveForms([...second, paragraph, ...first])).toEqual(['full', 'full', 'short']);
  });

  it('always gives each authority’s first citation the full form (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 4 }).map((id) => cite(id)),
            fc.constantFrom(text('; '), text('. x '), paragraph),
          ),
          { maxLength: 40 },
        ),
        (items) => {
          const forms = resolveForms(items);
          const ids = items
            .filter((item) => item.kind === 'citation')
            .map((item) => item.authorityId);
          expect(forms).toHaveLength(ids.length);
          ids.forEach((id, index) => {
            const first = ids.indexOf(id) === index;
            expect(forms[index] === 'full').toBe(first);
            if (forms[index] === 'id') expect(ids[index - 1]).toBe(id);
          });
        },
      ),
    );
  });
});

describe('a sentence period after a citation', () => {
  it('is noticed per citation', () => {
    expect(followedByPeriod([cite(1), text('. Next'), cite(2), text(' and'), cite(3)])).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('is absorbed by a citation that ends in one, and only then', () => {
    expect(withoutFinalPeriod([{ text: 'Id.', italic: true }])).toEqual([
      { text: 'Id', italic: true },
    ]);
    expect(
      withoutFinalPeriod([
        { text: 'See ', italic: true },
        { text: 'id.', italic: true },
        { text: ' at 5' },
      ]),
    ).toEqual([{ text: 'See ', italic: true }, { text: 'id.', italic: true }, { text: ' at 5' }]);
  });
});
