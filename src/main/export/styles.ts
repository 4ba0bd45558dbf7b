import {
  AlignmentType,
  LeaderType,
  LineRuleType,
  TabStopType,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import type { CourtProfile } from '../../shared/brief/profiles';

/** Twentieths of a point: 240 is single spacing, 480 double. */
const DOUBLE_SPACED = 480;
export const SINGLE_SPACED = 240;
export const INCH = 1440;
/** The right edge of the text on letter paper with the profile's margins, for right tab stops. */
const rightTab = (profile: CourtProfile) => Math.round((8.5 - 2 * profile.marginsInches) * INCH);

/** Named styles, so the attorney keeps working in Word with the court's format. */
export const STYLE = {
  quote: 'Quote',
  footnoteText: 'FootnoteText',
  /** Titles of the front matter (disclosure, contents) that the table of contents leaves out. */
  frontTitle: 'TOCHeading',
  toaHeading: 'TOAHeading',
  toaEntry: 'TableofAuthorities',
  toc: (level: 1 | 2 | 3) => `TOC${level}`,
} as const;

/** Headings: single-spaced, not indented, kept with the paragraph that follows. */
function headingStyle(
  type: IRunOptions,
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

export function briefStyles(profile: CourtProfile): IStylesOptions {
  const type = { font: profile.typeface, size: profile.bodyPointSize * 2 };
  const footnoteType = { font: profile.typeface, size: profile.footnotePointSize * 2 };
  const bodyLine =
    profile.lineSpacing === 'double'
      ? DOUBLE_SPACED
      : profile.lineSpacing === 'single'
        ? SINGLE_SPACED
        : 360;
  // A right tab at the margin with dot leaders, for entries' page numbers. docx writes a style's
  // tab stops although its option type leaves them out, hence the spread.
  const dotLeader = {
    tabStops: [{ type: TabStopType.RIGHT, position: rightTab(profile), leader: LeaderType.DOT }],
  };
  const entry = (level: number) => ({
    id: STYLE.toc(level as 1 | 2 | 3),
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: {
      indent: { left: 360 * (level - 1), firstLine: 0 },
      spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, after: 120 },
      ...dotLeader,
    },
  });
  return {
    default: {
      document: { run: type },
      heading1: headingStyle(type, { bold: true, allCaps: true }, AlignmentType.CENTER),
      heading2: headingStyle(type, { bold: true }),
      heading3: headingStyle(type, { bold: true, italics: true }),
      footnoteText: {
        run: footnoteType,
        paragraph: {
          indent: { firstLine: 0 },
          spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, after: 120 },
        },
      },
      footnoteReference: { run: { superScript: true } },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: type,
        paragraph: {
          spacing: { line: bodyLine, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          indent: { firstLine: INCH / 2 },
        },
      },
      {
        id: STYLE.quote,
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
      {
        id: STYLE.frontTitle,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        ...headingStyle(type, { bold: true, allCaps: true }, AlignmentType.CENTER),
      },
      {
        id: STYLE.toaHeading,
        name: 'toa heading',
        basedOn: 'Normal',
        next: STYLE.toaEntry,
        run: { bold: true },
        paragraph: {
          indent: { firstLine: 0 },
          spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, before: 240, after: 120 },
          keepNext: true,
        },
      },
      {
        id: STYLE.toaEntry,
        name: 'table of authorities',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: {
          // Long citations wrap under themselves, the page list at the right margin.
          indent: { left: 360, hanging: 360 },
          spacing: { line: SINGLE_SPACED, lineRule: LineRuleType.AUTO, after: 120 },
          ...dotLeader,
        },
      },
      entry(1),
      entry(2),
      entry(3),
    ],
  };
}
