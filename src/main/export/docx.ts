import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import {
  citedAuthorityIds,
  documentBlocks,
  inlinesToPlainText,
  type Block,
} from '../../shared/brief/editor-json';
import {
  generatedParts,
  interestIndex,
  statementsIndex,
  type GeneratedParagraph,
  type GeneratedSection,
} from '../../shared/brief/generated';
import type { CourtProfile } from '../../shared/brief/profiles';
import { briefRules } from '../../shared/brief/rules';
import { readWrittenBrief } from '../../shared/brief/reader';
import { todayIso } from '../../shared/dates';
import { shortCaseName } from '../../shared/citations/case-names';
import {
  formatCitation,
  type ActCitations,
  type CitationStyle,
} from '../../shared/citations/format';
import { CITATION_STYLE_RULES } from '../../shared/citations/styles';
import { runsToText } from '../../shared/citations/runs';
import { buildTableOfAuthorities, tableCategory } from '../../shared/citations/table';
import type { Authority, Brief } from '../../shared/library';
import { BodyWriter, NUMBERED_LIST, type AuthorityMark } from './body';
import { finishPackage } from './package';
import { flowOf, paginate, type FlowBlock, type PageSetup } from './pagination';
import { INCH, SINGLE_SPACED, STYLE, stylesXml } from './styles';
import { withXmlCharacters } from './xml-characters';
import {
  contentsBookmark,
  tableOfAuthorities,
  tableOfContents,
  WORD_CATEGORY,
  type ContentsEntry,
} from './tables';

const LETTER = { widthInches: 8.5, heightInches: 11 };

/**
 * A paragraph built from the brief's details (cover, statements, certificates); what the
 * attorney must still supply or fix is highlighted, as the preview shows it.
 */
function generatedParagraph(
  { text, center, bold, gap, flag }: GeneratedParagraph,
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  return new Paragraph({
    ...(center && { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }),
    ...options,
    // A gap opens a new block (the next counsel, the closing line) whatever the line spacing.
    ...((gap || options.spacing) && {
      spacing: { ...options.spacing, ...(gap && { before: 240 }) },
    }),
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          ...(bold && { bold: true }),
          ...(flag && { highlight: 'yellow' }),
          ...(i > 0 && { break: 1 }),
        }),
    ),
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/** What each cited authority's TA fields say: its long citation, its key and its category. */
function authorityMarks(
  authorities: Iterable<Authority>,
  style: CitationStyle,
  act: ActCitations,
): Map<number, AuthorityMark> {
  const marks = new Map<number, AuthorityMark>();
  const keys = new Set<string>();
  for (const authority of authorities) {
    const long = formatCitation(authority, {}, undefined, style, act);
    const short =
      authority.kind === 'case' || authority.kind === 'agency'
        ? shortCaseName(authority, CITATION_STYLE_RULES[style])
        : runsToText(long);
    // Two authorities must never share a key, or Word would merge their entries.
    let key = short;
    for (let n = 2; keys.has(key); n++) key = `${short} (${n})`;
    keys.add(key);
    marks.set(authority.id, {
      long,
      key,
      category: WORD_CATEGORY[tableCategory(authority)],
    });
  }
  return marks;
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let roman = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      roman += numeral;
      rest -= amount;
    }
  }
  return roman;
}

/**
 * The brief as a Word document: the cover alone and unnumbered; the front matter (disclosure,
 * table of contents, table of authorities) numbered in lower-case roman; the body restarting at
 * 1, with the authority to file and the Rule 29(a)(4)(E) statement after the statement of
 * interest, then the signature and the certificates; footnotes as Word footnotes; the tables as
 * live fields with cached entries, which Word updates on open.
 */
export async function renderBriefDocx(
  stored: Brief,
  getAuthorities: (ids: readonly number[]) => Authority[],
  court: CourtProfile,
  today = todayIso(),
): Promise<Uint8Array> {
  // Pasted text can hold characters XML cannot (control codes, U+FFFF, half a surrogate pair,
  // which UTF-8 would turn into a replacement mark): drop them before anything is counted or
  // laid out, so the count and the pages are those of the text Word shows.
  const brief = withXmlCharacters(stored);
  // The rules in force on the filing date (today's when none is set), with the brief's overrides.
  const rules = briefRules(court, brief.profileOverrides, brief.metadata.filingDate, today);
  const { profile } = rules;
  const style = brief.citationStyle;
  const act = brief.metadata.actCitations;
  const blocks = withXmlCharacters(documentBlocks(brief.content));
  const authorities = new Map(
    getAuthorities(citedAuthorityIds(blocks)).map((a) => [a.id, withXmlCharacters(a)]),
  );
  // One reading of the brief gives the citations' forms and the count, as the editor shows them.
  const reading = readWrittenBrief(blocks, authorities, style, act);
  const writer = new BodyWriter({
    authorities,
    style,
    act,
    placements: reading.citations.map(({ placement }) => placement).values(),
    marks: authorityMarks(authorities.values(), style, act),
  });

  // FRAP 32(f): the body counts (with the generated statements, added by generatedParts);
  // cover, disclosure, tables, signature and certificates do not.
  const bodyWords = reading.words;
  const mainHeading = (block: Block) =>
    block.kind === 'heading' && block.level === 1 ? inlinesToPlainText(block.inlines) : null;
  const interestAt = interestIndex(blocks, mainHeading);
  const parts = generatedParts(brief.metadata, rules, bodyWords, interestAt >= 0);

  const heading = (title: string, pageBreakBefore = false) =>
    writer.addHeading(title, 1, pageBreakBefore);
  const bodyText = (paragraph: GeneratedParagraph) =>
    writer.addParagraph(generatedParagraph(paragraph), flowOf('body', paragraph.text.length));
  // A signature stays together, and is indented to the right half of the page.
  const signatureLine = (paragraph: GeneratedParagraph, index: number, lines: unknown[]) =>
    writer.addParagraph(
      generatedParagraph(paragraph, {
        indent: { left: INCH * 3.25, firstLine: 0 },
        spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO },
        ...(index < lines.length - 1 && { keepNext: true }),
      }),
      { ...flowOf('plain', paragraph.text.length), lineSpacing: 'single', indentInches: 3.25 },
    );
  const section = (part: GeneratedSection) => {
    const signature = part.paragraphs.filter((paragraph) => paragraph.signature);
    part.paragraphs.filter((paragraph) => !paragraph.signature).forEach(bodyText);
    signature.forEach(signatureLine);
  };
  const certificate = (part: GeneratedSection) => {
    heading(part.title, true);
    section(part);
  };

  // The amici's own statements of interest open the interest section (or are it, if the body
  // has none); the authority to file and the authorship statement follow that section.
  const statementsAt = statementsIndex(blocks, mainHeading);
  const interestEnd = interestAt >= 0 ? interestAt + 1 : 0;
  blocks.slice(0, interestEnd).forEach((block) => writer.addBlock(block));
  if (parts.interest) {
    if (interestAt < 0) heading(parts.interest.title);
    section(parts.interest);
  }
  blocks.slice(interestEnd, statementsAt).forEach((block) => writer.addBlock(block));
  section(parts.authority);
  if (parts.rule29) {
    heading(parts.rule29.title);
    section(parts.rule29);
  }
  blocks.slice(statementsAt).forEach((block) => writer.addBlock(block));
  section(parts.signature);
  certificate(parts.compliance);
  certificate(parts.service);

  const setup: PageSetup = {
    typeface: profile.typeface,
    bodyPointSize: profile.bodyPointSize,
    footnotePointSize: profile.footnotePointSize,
    marginsInches: profile.marginsInches,
    pageWidthInches: LETTER.widthInches,
    pageHeightInches: LETTER.heightInches,
  };
  const bodyPages = paginate(writer.flow, setup);
  const table = buildTableOfAuthorities(
    writer.places.flatMap(({ authorityId, block, offset }) => {
      const authority = authorities.get(authorityId);
      return authority ? [{ authority, page: bodyPages.pageAt(block, offset) }] : [];
    }),
    { style, act },
  );

  // The front matter's own pages: the disclosure, then the contents, then the authorities, each
  // from a new page. The contents list the table of authorities, so it is laid out first.
  const tableTitle = 'Table of Authorities';
  const contentsTitle = 'Table of Contents';
  // Numbered after the body's headings, which the writer has numbered already.
  const tableBookmark = contentsBookmark(writer.headings.length + 1);
  const tableEntry = (page: string): ContentsEntry => ({
    text: tableTitle,
    level: 1,
    page,
    bookmark: tableBookmark,
  });
  const contents: ContentsEntry[] = [
    tableEntry(''),
    ...writer.headings.map(({ block, ...heading }) => ({
      ...heading,
      page: String(bodyPages.pageAt(block)),
    })),
  ];
  // A governmental amicus files no disclosure statement: the contents open the front matter.
  // The Seventh Circuit's form is set as a form, single-spaced; FRAP 26.1's statement as prose.
  const { disclosure } = parts;
  const disclosureIsForm = profile.disclosure === 'ca7-26.1';
  const frontFlow: FlowBlock[] = [
    ...(disclosure
      ? [
          flowOf('heading', disclosure.title.length),
          ...disclosure.paragraphs.map((paragraph) =>
            disclosureIsForm
              ? {
                  ...flowOf('plain', paragraph.text.length),
                  lineSpacing: 'single' as const,
                  spaceAfterPoints: 6,
                }
              : flowOf('body', paragraph.text.length),
          ),
        ]
      : []),
    flowOf('heading', contentsTitle.length, disclosure !== null),
    ...contents.map((entry) => flowOf('entry', entry.text.length + 6)),
    flowOf('heading', tableTitle.length, true),
  ];
  const tableAt = frontFlow.length - 1;
  const frontPages = paginate(frontFlow, setup);
  contents[0] = tableEntry(toRoman(frontPages.pageAt(tableAt)));

  const page = {
    size: { width: LETTER.widthInches * INCH, height: LETTER.heightInches * INCH },
    margin: {
      top: INCH * profile.marginsInches,
      bottom: INCH * profile.marginsInches,
      left: INCH * profile.marginsInches,
      right: INCH * profile.marginsInches,
    },
  };
  const frontTitle = (title: string, pageBreakBefore: boolean) =>
    new Paragraph({ style: STYLE.frontTitle, pageBreakBefore, children: [new TextRun(title)] });

  const document = new Document({
    // Word refreshes the tables' page numbers when the attorney opens the document.
    features: { updateFields: true },
    footnotes: writer.footnotes,
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      // The cover stands alone, unnumbered (FRAP 32(a)(2)).
      {
        properties: { page },
        // Single-spaced, so a cover naming several counsel still fits its one page.
        children: parts.cover.paragraphs.map((paragraph) =>
          generatedParagraph(paragraph, {
            spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO },
          }),
        ),
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } },
        },
        footers: { default: pageNumberFooter() },
        children: [
          ...(disclosure
            ? [
                frontTitle(disclosure.title, false),
                ...disclosure.paragraphs.map((paragraph) =>
                  generatedParagraph(
                    paragraph,
                    disclosureIsForm
                      ? {
                          indent: { firstLine: 0 },
                          spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, after: 120 },
                        }
                      : {},
                  ),
                ),
              ]
            : []),
          frontTitle(contentsTitle, disclosure !== null),
          ...tableOfContents(contents),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new Bookmark({ id: tableBookmark, children: [new TextRun(tableTitle)] })],
          }),
          ...tableOfAuthorities(table),
        ],
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } },
        },
        footers: { default: pageNumberFooter() },
        children: writer.paragraphs,
      },
    ],
  });
  const counsel =
    brief.metadata.counsel.find(({ ofRecord }) => ofRecord) ?? brief.metadata.counsel[0];
  return finishPackage(await Packer.toBuffer(document), {
    styles: stylesXml(profile),
    core: { title: brief.title, author: counsel?.name ?? '' },
  });
}

/** A file name from the brief's title that every file system accepts. */
export function briefFileName(title: string): string {
  return `${safeFileStem(title, 'Brief')}.docx`;
}

/** A name any desktop system accepts as a file name, before its extension. */
export function safeFileStem(name: string, fallback: string): string {
  const safe = name
    .normalize('NFC')
    // Characters Windows forbids in names, control characters included.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return safe || fallback;
}
