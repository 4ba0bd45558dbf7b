/**
 * An estimate of where a brief's pages break, so the tables' cached page numbers read right
 * before Word updates the fields (it does on open: the document asks it to). Word's own layout
 * is not reachable offline and in time (docx's layout engine takes seconds for a long brief), so
 * this measures text by its typeface's average character width and line height.
 */

/** How a paragraph is set: what decides how many lines it takes and where it may break. */
export interface FlowBlock {
  /** Characters of text (citations in the form written, footnotes excluded). */
  chars: number;
  lineSpacing: 'single' | 'double';
  /** Reduces the line length: left plus right indent. */
  indentInches: number;
  firstLineIndentInches: number;
  spaceBeforePoints: number;
  spaceAfterPoints: number;
  /** Keep with the next paragraph (headings). */
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Footnotes referenced in this paragraph: where (character offset) and how long. */
  footnotes: readonly { at: number; chars: number }[];
  /** Points of type, when not the body's (tables of contents and authorities). */
  pointSize?: number;
}

/** How each kind of paragraph is set, as the styles set it. */
export function flowOf(
  kind: 'body' | 'heading' | 'quote' | 'plain' | 'entry',
  chars: number,
  pageBreakBefore = false,
): FlowBlock {
  const base: FlowBlock = {
    chars,
    lineSpacing: 'double',
    indentInches: 0,
    firstLineIndentInches: 0,
    spaceBeforePoints: 0,
    spaceAfterPoints: 0,
    keepNext: false,
    pageBreakBefore,
    footnotes: [],
  };
  switch (kind) {
    case 'body':
      return { ...base, firstLineIndentInches: 0.5 };
    case 'plain':
      return base;
    case 'heading':
      return {
        ...base,
        lineSpacing: 'single',
        spaceBeforePoints: 12,
        spaceAfterPoints: 12,
        keepNext: true,
      };
    case 'quote':
      return { ...base, lineSpacing: 'single', indentInches: 2, spaceAfterPoints: 12 };
    case 'entry':
      return { ...base, lineSpacing: 'single', indentInches: 0.75, spaceAfterPoints: 6 };
  }
}

export interface PageSetup {
  typeface: string;
  bodyPointSize: number;
  footnotePointSize: number;
  marginsInches: number;
  pageWidthInches: number;
  pageHeightInches: number;
}

/** Average width of a character of running English text (spaces included), in ems, and line height. */
const TYPEFACE_METRICS: Record<string, { charWidth: number; lineHeight: number }> = {
  'Century Schoolbook': { charWidth: 0.49, lineHeight: 1.17 },
  'Times New Roman': { charWidth: 0.44, lineHeight: 1.15 },
  Garamond: { charWidth: 0.42, lineHeight: 1.12 },
  'Book Antiqua': { charWidth: 0.48, lineHeight: 1.17 },
  Georgia: { charWidth: 0.5, lineHeight: 1.14 },
};
const DEFAULT_METRICS = { charWidth: 0.47, lineHeight: 1.17 };
const POINTS_PER_INCH = 72;
/** The rule and space Word puts above a page's footnotes. */
const FOOTNOTE_SEPARATOR_POINTS = 14;

export interface Pagination {
  /** The page (counted from 1 in the flow) on which a block's character at `offset` falls. */
  pageAt(block: number, offset?: number): number;
  pageCount: number;
}

export function paginate(blocks: readonly FlowBlock[], setup: PageSetup): Pagination {
  const metrics = TYPEFACE_METRICS[setup.typeface] ?? DEFAULT_METRICS;
  const pageHeight = (setup.pageHeightInches - 2 * setup.marginsInches) * POINTS_PER_INCH;
  const lineWidth = (setup.pageWidthInches - 2 * setup.marginsInches) * POINTS_PER_INCH;
  const footnoteLine = setup.footnotePointSize * metrics.lineHeight;
  const footnoteCharsPerLine = lineWidth / (setup.footnotePointSize * metrics.charWidth);

  let page = 1;
  let used = 0;
  let footnotesOnPage = 0;
  const newPage = () => {
    page += 1;
    used = 0;
    footnotesOnPage = 0;
  };
  /** Per block: characters per line, first-line characters, and each line's page. */
  const laid: { perLine: number; firstLine: number; linePages: number[] }[] = [];

  const lineHeightOf = (block: FlowBlock) =>
    (block.pointSize ?? setup.bodyPointSize) *
    metrics.lineHeight *
    (block.lineSpacing === 'double' ? 2 : 1);

  blocks.forEach((block, index) => {
    const size = block.pointSize ?? setup.bodyPointSize;
    const lineHeight = lineHeightOf(block);
    const width = lineWidth - block.indentInches * POINTS_PER_INCH;
    const perLine = Math.max(1, width / (size * metrics.charWidth));
    const firstLine = Math.max(
      1,
      perLine - (block.firstLineIndentInches * POINTS_PER_INCH) / (size * metrics.charWidth),
    );
    const lines = block.chars <= firstLine ? 1 : 1 + Math.ceil((block.chars - firstLine) / perLine);

    if (block.pageBreakBefore && used > 0) newPage();
    const before = used > 0 ? block.spaceBeforePoints : 0;
    // A heading kept with the next paragraph moves when it and that one's first line do not fit.
    const next = blocks[index + 1];
    const keep = block.keepNext && next ? block.spaceAfterPoints + lineHeightOf(next) : 0;
    const footnoteSpace = () =>
      (footnotesOnPage > 0 ? FOOTNOTE_SEPARATOR_POINTS : 0) + footnotesOnPage;
    if (
      used > 0 &&
      used + before + lineHeight * Math.min(lines, 2) + keep + footnoteSpace() > pageHeight
    )
      newPage();
    else used += before;

    const linePages: number[] = [];
    let footnote = 0;
    for (let line = 0; line < lines; line++) {
      const lineEnd = firstLine + line * perLine;
      let notes = 0;
      while (footnote < block.footnotes.length && (block.footnotes[footnote]?.at ?? 0) < lineEnd) {
        const chars = block.footnotes[footnote]?.chars ?? 0;
        notes += Math.max(1, Math.ceil(chars / footnoteCharsPerLine)) * footnoteLine + 2;
        footnote++;
      }
      const separator = notes > 0 && footnotesOnPage === 0 ? FOOTNOTE_SEPARATOR_POINTS : 0;
      if (used > 0 && used + lineHeight + footnoteSpace() + notes + separator > pageHeight)
        newPage();
      used += lineHeight;
      footnotesOnPage += notes;
      linePages.push(page);
    }
    used += block.spaceAfterPoints;
    laid[index] = { perLine, firstLine, linePages };
  });

  return {
    pageAt(block, offset = 0) {
      const layout = laid[block];
      if (!layout) return page;
      const line =
        offset < layout.firstLine
          ? 0
          : 1 + Math.floor((offset - layout.firstLine) / layout.perLine);
      return layout.linePages[Math.min(line, layout.linePages.length - 1)] ?? page;
    },
    pageCount: page,
  };
}
