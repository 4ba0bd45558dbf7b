import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortFormTakesPin } from '../../../../src/shared/citations/format';
import { placeCitations, type ReadingItem } from '../../../../src/shared/citations/resolve';
import { CECE, statute } from '../../../fixtures/authorities';
import { withoutFinalPeriod } from '../../../../src/shared/citations/runs';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

const cite = (authorityId: number, forceFull = false, pin = ''): ReadingItem => ({
  kind: 'citation',
  authorityId,
  forceFull,
  pin,
});
const resolveForms = (items: ReadingItem[]) => placeCitations(items).map((p) => p.form);
const followedByPeriod = (items: ReadingItem[]) => placeCitations(items).map((p) => p.beforePeriod);
const sentenceStarts = (items: ReadingItem[]) => placeCitations(items).map((p) => p.sentenceStart);
const text = (value: string): ReadingItem => ({ kind: 'text', text: value });
const paragraph: ReadingItem = { kind: 'break' };

// Holds a property over random documents.
describe('citation forms', { timeout: SLOW_TEST_TIMEOUT }, () => {
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
      { numRuns: 100 },
    );
  });
});

describe('where a citation stands in its sentence', () => {
  // Bluebook Rule 1.2 and Bluepages B1.2: a signal is capitalized only when it begins a citation
  // sentence; Rule 4.1 and B10.2: "id." likewise.
  it('begins a citation sentence at a passage’s start and after a sentence ends', () => {
    expect(
      sentenceStarts([
        cite(1),
        text('. The Board agreed. '),
        cite(2),
        text('; '),
        cite(3),
        text('. As the Court said, “no.” '),
        cite(1),
        paragraph,
        text('  '),
        cite(2),
      ]),
    ).toEqual([true, true, false, true, true]);
  });

  it('does not in a string citation or a citation clause', () => {
    expect(
      sentenceStarts([text('The Board held otherwise, '), cite(1), text(', and '), cite(2)]),
    ).toEqual([false, false]);
  });

  // Bluepages B10.2: "id." alone refers to the identical pincite of the preceding citation.
  it('marks an Id. that repeats the pin of the citation before it', () => {
    const placements = placeCitations([
      cite(1, false, '440'),
      text('. '),
      cite(1, false, '440'),
      text('. '),
      cite(1, false, '441'),
      text('. '),
      cite(1),
    ]);
    expect(placements.map((p) => [p.form, p.samePin])).toEqual([
      ['full', false],
      ['id', true],
      ['id', false],
      ['id', false],
    ]);
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

describe('short forms without a pin cite, flagged in the compliance panel (Bluepages B10.2)', () => {
  it('flags a short form without a pin, and neither a pinned one, a full citation nor Id.', () => {
    const items = [
      cite(1),
      text('. But see '),
      cite(2, false, '5'),
      text('. Again '),
      cite(1),
      text('. Compare '),
      cite(2, false, ' '),
      text('. And '),
      cite(1, false, '667'),
      text('. '),
      cite(1),
    ];
    expect(resolveForms(items)).toEqual(['full', 'full', 'short', 'short', 'short', 'id']);
  });

  it('asks a page of a case’s short form, not of a statute’s (its short form is the section)', () => {
    expect(shortFormTakesPin(CECE)).toBe(true);
    expect(shortFormTakesPin(statute('1158'))).toBe(false);
  });
});
