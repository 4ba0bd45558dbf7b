import { InternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { pageList, type TableCategory, type TableSection } from '../../shared/citations/table';
import { paragraphsField } from './fields';
import { STYLE } from './styles';

/** Word's TOA categories (Insert Table of Authorities): the `\c` number of each part of the table. */
export const WORD_CATEGORY: Record<TableCategory, number> = {
  Cases: 1,
  Statutes: 2,
  'Other Authorities': 3,
  Rules: 4,
  Regulations: 6,
};

export interface ContentsEntry {
  text: string;
  level: 1 | 2 | 3;
  /** As the page shows it: "iii" in the front matter, "4" in the body. */
  page: string;
  /** The bookmark around the heading, which the entry links to. */
  bookmark: string;
}

/** The nth heading's bookmark, named as Word names the bookmarks its contents link to. */
export const contentsBookmark = (n: number) => `_Toc${String(n).padStart(9, '0')}`;

const tabbed = (page: string): ParagraphChild[] => [new TextRun({ children: [new Tab(), page] })];

/**
 * The table of contents: a TOC field over Heading 1-3, its entries written as Word would, each a
 * link to its heading's bookmark (`\h`).
 */
export function tableOfContents(entries: readonly ContentsEntry[]) {
  return paragraphsField(
    'TOC \\o "1-3" \\h',
    entries.map(({ text, level, page, bookmark }) => ({
      style: STYLE.toc(level),
      children: [
        new InternalHyperlink({
          anchor: bookmark,
          children: [new TextRun({ text, style: STYLE.hyperlink }), ...tabbed(page)],
        }),
      ],
    })),
  );
}

/**
 * The table of authorities: one TOA field per category (`\h` its heading, `\p` "passim" at five
 * pages), each written with its entries so it reads right before Word rebuilds it from the TA
 * fields.
 */
export function tableOfAuthorities(sections: readonly TableSection[]) {
  return sections.flatMap(({ category, entries }) =>
    paragraphsField(`TOA \\h \\c "${WORD_CATEGORY[category]}" \\p`, [
      { style: STYLE.toaHeading, children: [new TextRun(category)] },
      ...entries.map((entry) => ({
        style: STYLE.toaEntry,
        children: [
          ...entry.runs.map(
            (run) => new TextRun({ text: run.text, ...(run.italic && { italics: true }) }),
          ),
          ...tabbed(pageList(entry)),
        ],
      })),
    ]),
  );
}
