import {
  BuilderElement,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';

/** Part of a field's instruction; an italic part keeps its italics in the table Word builds. */
export interface InstructionPart {
  text: string;
  italic?: boolean;
}

class InstructionText extends BuilderElement<{ space: string }> {
  constructor(text: string) {
    super({
      name: 'w:instrText',
      attributes: { space: { key: 'xml:space', value: 'preserve' } },
    });
    this.root.push(text);
  }
}

function fieldCharacter(type: 'begin' | 'separate' | 'end', hidden: boolean): TextRun {
  return new TextRun({
    ...(hidden && { vanish: true }),
    children: [
      new BuilderElement<{ type: string }>({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type } },
      }),
    ],
  });
}

/** Text inside a quoted field argument: Word reads `\"` and `\\` there. */
export function escapeFieldText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** A quoted field argument. */
export function fieldArgument(text: string): string {
  return `"${escapeFieldText(text)}"`;
}

function instructionRuns(parts: readonly InstructionPart[], hidden: boolean): TextRun[] {
  return parts.map(
    ({ text, italic }) =>
      new TextRun({
        ...(italic && { italics: true }),
        ...(hidden && { vanish: true }),
        children: [new InstructionText(text)],
      }),
  );
}

/**
 * A field with no result, such as TA, which marks a citation for the table of authorities. Its
 * runs are hidden text, as Word writes them, so showing hidden text is what reveals them.
 */
export function markerField(parts: readonly InstructionPart[]): TextRun[] {
  return [
    fieldCharacter('begin', true),
    ...instructionRuns(parts, true),
    fieldCharacter('end', true),
  ];
}

/**
 * A field whose result is whole paragraphs (TOC, TOA): Word's field starts in the first paragraph
 * of the result and ends in the last. The result reads correctly before Word updates it.
 */
export function paragraphsField(
  instruction: string,
  result: readonly (Omit<IParagraphOptions, 'children'> & { children: ParagraphChild[] })[],
): Paragraph[] {
  const start = [
    fieldCharacter('begin', false),
    ...instructionRuns([{ text: ` ${instruction} ` }], false),
    fieldCharacter('separate', false),
  ];
  const paragraphs = result.length > 0 ? result : [{ children: [] }];
  return paragraphs.map(
    (options, index) =>
      new Paragraph({
        ...options,
        children: [
          ...(index === 0 ? start : []),
          ...options.children,
          ...(index === paragraphs.length - 1 ? [fieldCharacter('end', false)] : []),
        ],
      }),
  );
}
