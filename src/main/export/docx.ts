import {
  AlignmentType,
  Document,
  HeadingLevel,
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
import { withoutFinalPeriod } from '../../shared/citations/runs';
import type { Authority, Brief } from '../../shared/library';

const NUMBERED_LIST = 'numbered-list';
/** Twentieths of a point: 240 is single spacing, 480 double. */
const DOUBLE_SPACED = 480;
const SINGLE_SPACED = 240;
const INCH = 1440;
const FONT = 'Century Schoolbook';
/** Half-points: 14 pt, FRAP 32(a)(5)'s minimum. */
const BODY_SIZE = 28;

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
  run: IRunOptions,
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType],
) {
  return {
    run: { font: FONT, size: BODY_SIZE, ...run },
    paragraph: {
      ...(alignment && { alignment }),
      indent: { firstLine: 0 },
      spacing: { before: 240, after: 240, line: SINGLE_SPACED, lineRule: LineRuleType.AUTO },
      keepNext: true,
    },
  };
}

/** Renders a brief's headings, paragraphs, quotations and lists, citations written out in full. */
export async function renderBriefDocx(
  brief: Brief,
  getAuthorities: (ids: readonly number[]) => Authority[],
): Promise<Uint8Array> {
  const blocks = documentBlocks(brief.content);
  const authorities = new Map(getAuthorities(citedAuthorityIds(blocks)).map((a) => [a.id, a]));
  const reading = readingItems(blocks);
  const citing: Citing = {
    authorities,
    style: brief.citationStyle,
    forms: resolveForms(reading).values(),
    beforePeriod: followedByPeriod(reading).values(),
  };

  const document = new Document({
    title: brief.title,
    creator: 'Amicus',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE } },
        heading1: headingStyle({ bold: true, allCaps: true }, AlignmentType.CENTER),
        heading2: headingStyle({ bold: true }),
        heading3: headingStyle({ bold: true, italics: true }),
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: BODY_SIZE },
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
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: INCH, bottom: INCH, left: INCH, right: INCH },
          },
        },
        children: blocks.map((block) => blockParagraph(block, citing)),
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
