import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  NumberFormat,
  PageNumber,
  SectionType,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  citedAuthorityIds,
  documentBlocks,
  inlinesToPlainText,
  readingItems,
  type Block,
  type Inline,
} from '../../shared/brief/editor-json';
import {
  formatCitation,
  type CitationForm,
  type CitationStyle,
} from '../../shared/citations/format';
import { followedByPeriod, resolveForms } from '../../shared/citations/resolve';
import { runsToText, withoutFinalPeriod } from '../../shared/citations/runs';
import {
  generatedParts,
  type GeneratedParagraph,
  type GeneratedSection,
} from '../../shared/brief/generated';
import { WRITTEN_SECTIONS, type CourtProfile } from '../../shared/brief/profiles';
import { briefWordCount } from '../../shared/brief/word-count';
import type { Authority, Brief } from '../../shared/library';

const NUMBERED_LIST = 'numbered-list';
/** Twentieths of a point: 240 is single spacing, 480 double. */
const DOUBLE_SPACED = 480;
const SINGLE_SPACED = 240;
const INCH = 1440;

/** The court profile's typeface and body size (docx sizes are half-points). */
interface Typography {
  font: string;
  size: number;
}

/** What citations need while the document is written: the library, the style, the forms in order. */
interface Citing {
  authorities: ReadonlyMap<number, Authority>;
  style: CitationStyle;
  forms: Iterator<CitationForm, undefined>;
  beforePeriod: Iterator<boolean, undefined>;
}

function inlineRuns(inlines: readonly Inline[], citing: Citing): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case 'text':
        return [
          // Only what is on: an explicit "off" would override the paragraph style (bold headings).
          new TextRun({
            text: inline.text,
            ...(inline.bold && { bold: true }),
            ...(inline.italic && { italics: true }),
            ...(inline.underline && { underline: {} }),
          }),
        ];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'citation': {
        const form = citing.forms.next().value ?? 'full';
        const absorbPeriod = citing.beforePeriod.next().value ?? false;
        const authority = citing.authorities.get(inline.authorityId);
        if (!authority)
          return [new TextRun({ text: '[citation to a deleted authority]', highlight: 'yellow' })];
        const runs = formatCitation(authority, inline, form, citing.style);
        return (absorbPeriod ? withoutFinalPeriod(runs) : runs).map(
          (run) => new TextRun({ text: run.text, ...(run.italic && { italics: true }) }),
        );
      }
    }
  });
}

function blockParagraph(block: Block, citing: Citing): Paragraph {
  const children = inlineRuns(block.inlines, citing);
  const options: IParagraphOptions = { children };
  switch (block.kind) {
    case 'heading': {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
        block.level - 1
      ];
      return new Paragraph({ ...options, heading: level });
    }
    case 'quote':
      return new Paragraph({ ...options, style: 'Quote' });
    case 'list-item':
      return new Paragraph(
        block.listType === 'bullet'
          ? { ...options, bullet: { level: Math.min(block.depth, 8) } }
          : {
              ...options,
              numbering: { reference: NUMBERED_LIST, level: Math.min(block.depth, 8) },
            },
      );
    case 'paragraph':
      return new Paragraph(options);
  }
}

/** Headings: single-spaced, not indented, kept with the paragraph that follows. */
function headingStyle(
  type: Typography,
  run: IRunOptions,
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType],
) {
  return {
    run: { ...type, ...run },
    paragraph: {
      ...(alignment && { alignment }),
      indent: { firstLine: 0 },
      spacing: { before: 240, after: 240, line: SINGLE_SPACED, lineRule: LineRuleType.AUTO },
      keepNext: true,
    },
  };
}

/** Renders a brief's headings, paragraphs, quotations and lists, citations written out in full. */
/** A paragraph built from the brief's details (cover, statements, certificates). */
function generatedParagraph({ text, center, bold }: GeneratedParagraph): Paragraph {
  return new Paragraph({
    ...(center && { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }),
    children: text
      .split('\n')
      .map(
        (line, i) =>
          new TextRun({ text: line, ...(bold && { bold: true }), ...(i > 0 && { break: 1 }) }),
      ),
  });
}

function generatedSection(section: GeneratedSection, newPage: boolean): Paragraph[] {
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: newPage,
    children: [new TextRun(section.title)],
  });
  return [title, ...section.paragraphs.map(generatedParagraph)];
}

/** Where FRAP 29(a)(4)(E)'s statement goes: after the statement of interest, before the next part. */
function rule29Position(blocks: readonly Block[]): number {
  const interest = WRITTEN_SECTIONS.interest?.heading;
  const start = blocks.findIndex(
    (block) =>
      block.kind === 'heading' &&
      block.level === 1 &&
      interest?.test(inlinesToPlainText(block.inlines).trim()),
  );
  if (start < 0) return 0;
  const next = blocks.findIndex(
    (block, i) => i > start && block.kind === 'heading' && block.level === 1,
  );
  return next < 0 ? blocks.length : next;
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

/**
 * The brief as a Word document: the cover alone and unnumbered, the front matter numbered in
 * lower-case roman, the body restarting at 1 with the Rule 29(a)(4)(E) statement after the
 * statement of interest, then the signature and the certificates, in the court's typeface.
 */
export async function renderBriefDocx(
  brief: Brief,
  getAuthorities: (ids: readonly number[]) => Authority[],
  profile: CourtProfile,
): Promise<Uint8Array> {
  const type: Typography = { font: profile.typeface, size: profile.bodyPointSize * 2 };
  const blocks = documentBlocks(brief.content);
  const authorities = new Map(getAuthorities(citedAuthorityIds(blocks)).map((a) => [a.id, a]));
  const reading = readingItems(blocks);
  const citing: Citing = {
    authorities,
    style: brief.citationStyle,
    forms: resolveForms(reading).values(),
    beforePeriod: followedByPeriod(reading).values(),
  };

  const { metadata } = brief;
  const page = {
    size: { width: 12240, height: 15840 },
    margin: {
      top: INCH * profile.marginsInches,
      bottom: INCH * profile.marginsInches,
      left: INCH * profile.marginsInches,
      right: INCH * profile.marginsInches,
    },
  };
  const rule29At = rule29Position(blocks);
  const body = blocks.map((block) => blockParagraph(block, citing));
  // FRAP 32(f): the body counts (with the Rule 29(a)(4)(E) statement, added by generatedParts);
  // cover, disclosure, signature and certificates do not.
  const bodyWords = briefWordCount(blocks, (inline, form, beforePeriod) => {
    const authority = authorities.get(inline.authorityId);
    if (!authority) return '';
    const runs = formatCitation(authority, inline, form, brief.citationStyle);
    return runsToText(beforePeriod ? withoutFinalPeriod(runs) : runs);
  });
  const parts = generatedParts(metadata, profile, bodyWords);

  const document = new Document({
    title: brief.title,
    creator: 'Amicus',
    styles: {
      default: {
        document: { run: type },
        heading1: headingStyle(type, { bold: true, allCaps: true }, AlignmentType.CENTER),
        heading2: headingStyle(type, { bold: true }),
        heading3: headingStyle(type, { bold: true, italics: true }),
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: type,
          paragraph: {
            spacing: { line: DOUBLE_SPACED, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            indent: { firstLine: INCH / 2 },
          },
        },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          // Block quotations: single-spaced and indented on both sides (FRAP 32(a)(4)).
          paragraph: {
            indent: { left: INCH, right: INCH, firstLine: 0 },
            spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, after: 240 },
          },
        },
      ],
    },
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
        children: parts.cover.paragraphs.map(generatedParagraph),
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } },
        },
        footers: { default: pageNumberFooter() },
        children: generatedSection(parts.disclosure, false),
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } },
        },
        footers: { default: pageNumberFooter() },
        children: [
          ...body.slice(0, rule29At),
          ...generatedSection(parts.rule29, false),
          ...body.slice(rule29At),
          ...parts.signature.paragraphs.map(generatedParagraph),
          ...generatedSection(parts.compliance, true),
          ...generatedSection(parts.service, true),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A file name from the brief's title that every file system accepts. */
export function briefFileName(title: string): string {
  const safe = title
    .normalize('NFC')
    // Characters Windows forbids in names, control characters included.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${safe || 'Brief'}.docx`;
}
