import JSZip from 'jszip';
import { AppError } from '../errors';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

/** Paragraph text of a WordprocessingML part: runs joined, tabs and breaks kept. */
function wordXmlText(xml: string): string {
  const paragraphs: string[] = [];
  for (const paragraph of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const piece of paragraph[0].matchAll(
      /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g,
    )) {
      if (piece[1] !== undefined) text += decodeXmlText(piece[1]);
      else text += piece[2] === 'tab' ? '\t' : '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

async function docxText(bytes: Buffer): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('invalid-argument', 'This file is not a readable Word document (.docx).');
  }
  const body = await zip.file('word/document.xml')?.async('string');
  if (body === undefined)
    throw new AppError('invalid-argument', 'This file is not a readable Word document (.docx).');
  // Briefs put many citations in footnotes: read them after the body.
  const footnotes = await zip.file('word/footnotes.xml')?.async('string');
  return [wordXmlText(body), footnotes ? wordXmlText(footnotes) : ''].filter(Boolean).join('\n\n');
}

function plainText(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Not UTF-8 (a Windows-1252 file, say): read it byte for byte rather than show replacement marks.
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

/** The text of a document the user opened: plain text, or a Word document's body and footnotes. */
export async function documentText(fileName: string, base64: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (extension === '.docx') return docxText(bytes);
  if (['.txt', '.text', '.md', ''].includes(extension)) return plainText(bytes);
  throw new AppError(
    'invalid-argument',
    `Amicus reads plain-text (.txt) and Word (.docx) files, not ${extension} files.`,
  );
}
