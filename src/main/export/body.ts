import {
  Bookmark,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { inlinesToPlainText, type Block, type Inline } from '../../shared/brief/editor-json';
import { MISSING_AUTHORITY } from '../../shared/brief/reader';
import {
  citationAsWritten,
  periodIsItalic,
  STANDALONE,
  type ActCitations,
  type CitationPlacement,
  type CitationStyle,
} from '../../shared/citations/format';
import { runsToText, type Run } from '../../shared/citations/runs';
import type { Authority } from '../../shared/library';
import { escapeFieldText, fieldArgument, markerField } from './fields';
import { flowOf, type FlowBlock } from './pagination';
import { STYLE } from './styles';
import { contentsBookmark, type ContentsEntry } from './tables';

export const NUMBERED_LIST = 'numbered-list';

/** What a citation's TA field says: its long citation, its key, and its table category. */
export interface AuthorityMark {
  long: Run[];
  /** Word's "short citation", which ties every TA field of one authority together. */
  key: string;
  category: number;
}

/** Where a citation stands, for the table of authorities' page numbers. */
export interface CitationPlace {
  authorityId: number;
  block: number;
  offset: number;
}

/** Where the writer is in a paragraph; in a footnote, `anchor` is where its number stands. */
interface Place {
  block: number;
  chars: number;
  anchor?: number;
}

/** What citations need while the body is written: the library, the style, the placements in order. */
export interface Citing {
  authorities: ReadonlyMap<number, Authority>;
  style: CitationStyle;
  act: ActCitations;
  placements: Iterator<CitationPlacement, undefined>;
  marks: ReadonlyMap<number, AuthorityMark>;
}

/** The body as Word paragraphs, with its footnotes, the citations' places and a layout model. */
export class BodyWriter {
  readonly paragraphs: Paragraph[] = [];
  readonly flow: FlowBlock[] = [];
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  readonly places: CitationPlace[] = [];
  private footnoteCount = 0;
  private readonly marked = new Set<number>();
  /** The sentence's period that comes next closes an italic *Id.*, and is italic too. */
  private italicPeriod = false;

  constructor(private readonly citing: Citing) {}

  /** Headings in order, for the table of contents, each with the bookmark around its text. */
  readonly headings: (Omit<ContentsEntry, 'page'> & { block: number })[] = [];

  /** Records a heading for the contents and returns its text inside its bookmark. */
  private contentsHeading(text: string, level: 1 | 2 | 3, children: ParagraphChild[]): Bookmark {
    const bookmark = contentsBookmark(this.headings.length + 1);
    this.headings.push({ text, level, block: this.flow.length, bookmark });
    return new Bookmark({ id: bookmark, children });
  }

  /** Adds a heading built elsewhere (generated parts' titles). */
  addHeading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): void {
    this.addParagraph(
      new Paragraph({
        heading: HEADING_STYLES[level - 1],
        pageBreakBefore,
        children: [this.contentsHeading(text, level, textRuns(text, level))],
      }),
      flowOf('heading', text.length, pageBreakBefore),
    );
  }

  /** Adds a paragraph built elsewhere (generated parts), with how it is laid out. */
  addParagraph(paragraph: Paragraph, flow: FlowBlock): void {
    this.paragraphs.push(paragraph);
    this.flow.push(flow);
  }

  addBlock(block: Block): void {
    const place: Place = { block: this.flow.length, chars: 0 };
    const footnotes: FlowBlock['footnotes'][number][] = [];
    const level = block.kind === 'heading' ? block.level : undefined;
    const runs = this.inlineRuns(block.inlines, place, footnotes, level);
    const children =
      block.kind === 'heading'
        ? [this.contentsHeading(inlinesToPlainText(block.inlines).trim(), block.level, runs)]
        : runs;
    const { options, flow } = blockLayout(block, place.chars);
    this.addParagraph(new Paragraph({ ...options, children }), { ...flow, footnotes });
  }

  private inlineRuns(
    inlines: readonly Inline[],
    place: Place,
    footnotes: FlowBlock['footnotes'][number][],
    level?: 1 | 2 | 3,
  ): ParagraphChild[] {
    return inlines.flatMap((inline): ParagraphChild[] => {
      const italicPeriod = this.italicPeriod;
      this.italicPeriod = false;
      switch (inline.kind) {
        case 'text': {
          place.chars += inline.text.length;
          // Only what is on: an explicit "off" would override the paragraph style (bold headings).
          const format = (italic: boolean) => ({
            ...(inline.bold && { bold: true }),
            ...(italic && { italics: true }),
            ...(inline.underline && { underline: {} }),
          });
          if (italicPeriod && inline.text.startsWith('.') && !inline.italic) {
            return [
              ...textRuns('.', level, format(true)),
              ...textRuns(inline.text.slice(1), level, format(false)),
            ];
          }
          return textRuns(inline.text, level, format(inline.italic));
        }
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'footnote': {
          // Citations in a footnote stand, for the tables, where its number stands.
          const id = ++this.footnoteCount;
          const inFootnote: Place = { block: place.block, chars: 0, anchor: place.chars };
          const content = this.inlineRuns(inline.inlines, inFootnote, []);
          this.footnotes[id] = {
            children: [new Paragraph({ style: STYLE.footnoteText, children: content })],
          };
          footnotes.push({ at: place.chars, chars: inFootnote.chars });
          place.chars += 1;
          return [new FootnoteReferenceRun(id)];
        }
        case 'citation':
          return this.citationRuns(inline, place);
      }
    });
  }

  private citationRuns(
    inline: Extract<Inline, { kind: 'citation' }>,
    place: Place,
  ): ParagraphChild[] {
    const placement = this.citing.placements.next().value ?? STANDALONE;
    const authority = this.citing.authorities.get(inline.authorityId);
    const mark = this.citing.marks.get(inline.authorityId);
    if (!authority || !mark) return [new TextRun({ text: MISSING_AUTHORITY, highlight: 'yellow' })];
    this.places.push({
      authorityId: authority.id,
      block: place.block,
      offset: place.anchor ?? place.chars,
    });
    const { style, act } = this.citing;
    const written = citationAsWritten(authority, inline, placement, style, act);
    this.italicPeriod = periodIsItalic(authority, inline, placement, style, act);
    place.chars += runsToText(written).length;
    // The TA field goes at the start, so a citation split by a page break counts on its first page.
    const first = !this.marked.has(authority.id);
    this.marked.add(authority.id);
    const field = markerField([
      { text: ' TA ' },
      ...(first
        ? [
            { text: '\\l "' },
            ...mark.long.map((run) => ({ text: escapeFieldText(run.text), italic: run.italic })),
            { text: '" ' },
          ]
        : []),
      { text: `\\s ${fieldArgument(mark.key)} \\c ${mark.category} ` },
    ]);
    return [
      ...field,
      ...written.map(
        (run) => new TextRun({ text: run.text, ...(run.italic && { italics: true }) }),
      ),
    ];
  }
}

const HEADING_STYLES = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
] as const;

/** A written block's paragraph properties, and how it is laid out. */
function blockLayout(
  block: Block,
  chars: number,
): { options: Omit<IParagraphOptions, 'children'>; flow: FlowBlock } {
  switch (block.kind) {
    case 'heading':
      return {
        options: { heading: HEADING_STYLES[block.level - 1] },
        flow: flowOf('heading', chars),
      };
    case 'quote':
      return { options: { style: STYLE.quote }, flow: flowOf('quote', chars) };
    case 'list-item': {
      const level = Math.min(block.depth, 8);
      return {
        options:
          block.listType === 'bullet'
            ? { bullet: { level } }
            : { numbering: { reference: NUMBERED_LIST, level } },
        flow: { ...flowOf('body', chars), indentInches: 0.5 * (block.depth + 1) },
      };
    }
    case 'paragraph':
      return { options: {}, flow: flowOf('body', chars) };
  }
}

/** A rule's subdivisions after its number: the "(a)(4)(E)" of "29(a)(4)(E)". */
const SUBDIVISIONS = /((?<=\d)(?:\([A-Za-z0-9]+\))+)/;

/**
 * Text as written, in runs. Heading 1's style sets it in capitals, which would turn a rule's
 * subdivisions into others ("29(a)" into "29(A)"): they get runs of their own, kept out of the
 * capitals, so the text stays as written and the contents Word rebuilds from it keep its case.
 */
function textRuns(text: string, level: 1 | 2 | 3 | undefined, format: IRunOptions = {}) {
  const parts = level === 1 ? text.split(SUBDIVISIONS) : [text];
  return parts.flatMap((part, index) =>
    part
      ? [new TextRun({ ...format, text: part, ...(index % 2 === 1 && { allCaps: false }) })]
      : [],
  );
}
