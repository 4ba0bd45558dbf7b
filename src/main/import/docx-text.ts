import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { AppError } from '../errors';

export const NOT_DOCX = 'This file is not a readable Word document (.docx).';
export const TOO_LARGE = 'This Word document is too large to read (over 50 MB of text).';

export const DOCX_LIMITS = {
  /** Inflated XML of the parts read, in all: a zip bomb stops here, not at its full size. */
  textBytes: 50 * 1024 * 1024,
  /** Entries in the package; a Word document has tens, hundreds with many pictures. */
  parts: 10_000,
  /** Elements open at once; Word nests a few dozen deep, a hostile file millions. */
  depth: 1_000,
};
export type DocxLimits = typeof DOCX_LIMITS;

const WORDPROCESSINGML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  // ISO 29500 Strict, which Word can save.
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Run content that stands for a character of its own. */
const RUN_CHARACTERS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n' };

/** An element as the streaming reader reports it. */
export interface XmlElement {
  local: string;
  /** In WordprocessingML's namespace (transitional or strict). */
  word: boolean;
  attributes: Record<string, string>;
}

export interface PartReader {
  open?(element: XmlElement, parent: XmlElement | undefined): void;
  text?(text: string, element: XmlElement | undefined): void;
  close?(element: XmlElement): void;
}

/**
 * Reads one XML part as it inflates: each chunk is counted against the shared budget, then
 * parsed by a strict XML 1.0 parser (saxes), so the work is linear in the part's size and a
 * malformed part, a bad character reference or a part larger than the budget is refused
 * without inflating the rest.
 */
export async function readPart(
  part: JSZip.JSZipObject,
  budget: { left: number },
  limits: DocxLimits,
  reader: PartReader,
): Promise<void> {
  const elements: XmlElement[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const parent = elements.at(-1);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attributes[attribute.local] = attribute.value;
    }
    const element = { local: tag.local, word: WORDPROCESSINGML.has(tag.uri), attributes };
    elements.push(element);
    if (elements.length > limits.depth) throw new AppError('invalid-argument', NOT_DOCX);
    reader.open?.(element, parent);
  });
  parser.on('text', (text) => reader.text?.(text, elements.at(-1)));
  parser.on('closetag', () => {
    const element = elements.pop();
    if (element) reader.close?.(element);
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    // JSZip's stream is an old-style one, without async iteration.
    for await (const chunk of new Readable().wrap(part.nodeStream('nodebuffer'))) {
      const bytes = chunk as Buffer;
      budget.left -= bytes.length;
      if (budget.left < 0) throw new AppError('invalid-argument', TOO_LARGE);
      parser.write(decoder.decode(bytes, { stream: true }));
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Not UTF-8, not well-formed XML, or a damaged deflate stream.
    throw new AppError('invalid-argument', NOT_DOCX);
  }
}

/** The paragraphs of one WordprocessingML part: runs joined, tabs and breaks kept. */
export async function partParagraphs(
  part: JSZip.JSZipObject,
  budget: { left: number },
  limits: DocxLimits,
): Promise<string[]> {
  const paragraphs: string[] = [];
  // Paragraphs can nest (a text box inside a paragraph): the innermost collects the text.
  const open: string[] = [];
  await readPart(part, budget, limits, {
    open(element, parent) {
      if (!element.word) return;
      if (element.local === 'p') open.push('');
      else if (open.length > 0 && parent?.word && parent.local === 'r')
        open[open.length - 1] += RUN_CHARACTERS[element.local] ?? '';
    },
    text(text, element) {
      if (open.length > 0 && element?.word && element.local === 't') open[open.length - 1] += text;
    },
    close(element) {
      if (element.word && element.local === 'p') paragraphs.push(open.pop() ?? '');
    },
  });
  // Empty paragraphs at either end (a note's separators among them) carry nothing to read.
  const first = paragraphs.findIndex(Boolean);
  return first < 0 ? [] : paragraphs.slice(first, paragraphs.findLastIndex(Boolean) + 1);
}

async function partText(part: JSZip.JSZipObject, budget: { left: number }, limits: DocxLimits) {
  return (await partParagraphs(part, budget, limits)).join('\n');
}

/** Opens a .docx package, refusing what is not one or holds more parts than a document does. */
export async function openDocx(bytes: Uint8Array, limits: DocxLimits): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('invalid-argument', NOT_DOCX);
  }
  if (!zip.file('word/document.xml') || Object.keys(zip.files).length > limits.parts) {
    throw new AppError('invalid-argument', NOT_DOCX);
  }
  return zip;
}

/**
 * The text of a Word document's body, then its footnotes (briefs put many citations there),
 * paragraph by paragraph: runs joined, tabs and breaks kept. Linear in the file's size.
 */
export async function docxText(bytes: Uint8Array, limits = DOCX_LIMITS): Promise<string> {
  const zip = await openDocx(bytes, limits);
  const budget = { left: limits.textBytes };
  const footnotes = zip.file('word/footnotes.xml');
  const texts = [
    await partText(zip.file('word/document.xml') as JSZip.JSZipObject, budget, limits),
  ];
  if (footnotes) texts.push(await partText(footnotes, budget, limits));
  return texts.filter(Boolean).join('\n\n');
}
