import { describe, expect, it } from 'vitest';
import { flowOf, paginate, type PageSetup } from '../../../../src/main/export/pagination';

const SETUP: PageSetup = {
  typeface: 'Century Schoolbook',
  bodyPointSize: 12,
  footnotePointSize: 11,
  marginsInches: 1,
  pageWidthInches: 8.5,
  pageHeightInches: 11,
};
/** About one double-spaced line of 12-point Century Schoolbook on a 6.5-inch line. */
const LINE = 79;

describe('the page estimate for the tables', () => {
  it('fills a page with about 22 double-spaced lines and carries the rest over', () => {
    const pages = paginate([flowOf('body', LINE * 30)], SETUP);
    expect(pages.pageCount).toBe(2);
    expect(pages.pageAt(0, 0)).toBe(1);
    expect(pages.pageAt(0, LINE * 20)).toBe(1);
    expect(pages.pageAt(0, LINE * 24)).toBe(2);
  });

  it('starts a page where a part asks to, and keeps a heading with what follows', () => {
    const pages = paginate(
      [
        flowOf('body', LINE * 21),
        flowOf('heading', 30),
        flowOf('body', LINE * 3),
        flowOf('heading', 20, true),
      ],
      SETUP,
    );
    // The heading does not fit with two lines of its paragraph: both move to page 2.
    expect(pages.pageAt(1)).toBe(2);
    expect(pages.pageAt(2)).toBe(2);
    expect(pages.pageAt(3)).toBe(3);
  });

  it('leaves room for the footnotes of a page', () => {
    const plain = paginate([flowOf('body', LINE * 21)], SETUP);
    const annotated = paginate(
      [{ ...flowOf('body', LINE * 21), footnotes: [{ at: LINE, chars: 95 * 8 }] }],
      SETUP,
    );
    expect(plain.pageCount).toBe(1);
    expect(annotated.pageCount).toBe(2);
  });
});
