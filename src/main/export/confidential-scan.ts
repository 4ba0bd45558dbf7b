import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { DocumentPart, ScannedPart } from '../../shared/brief/confidential';

/** Which of a .docx's parts a reader of the filing meets, and what to call them. */
function partOf(name: string): DocumentPart | null {
  if (name === 'word/document.xml') return 'body';
  if (name === 'word/footnotes.xml' || name === 'word/endnotes.xml') return 'footnotes';
  if (/^word\/(header|footer)\d*\.xml$/.test(name)) return 'headers';
  if (/^docProps\/[^/]+\.xml$/.test(name)) return 'properties';
  return null;
}

/**
 * The text of a part: in Word's parts, paragraph by paragraph (the text runs of each `w:p`);
 * in the document properties, each property's value.
 */
function partText(xml: string, part: DocumentPart): string[] {
  const texts: string[] = [];
  const parser = new SaxesParser();
  let paragraph: string | null = null;
  let inText = false;
  let property = '';
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') paragraph = '';
    inText = tag.name === 'w:t';
    property = '';
  });
  parser.on('text', (text) => {
    if (part === 'properties') property += text;
    else if (inText && paragraph !== null) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    if (part === 'properties' && property.trim()) texts.push(property.trim());
    property = '';
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && paragraph !== null) {
      if (paragraph) texts.push(paragraph);
      paragraph = null;
    }
  });
  parser.write(xml).close();
  return texts;
}

/** Everything a reader of this .docx can see, part by part (Amicus's own export, so trusted). */
export async function exportedText(bytes: Uint8Array): Promise<ScannedPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: ScannedPart[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const part = partOf(name);
    const file = zip.file(name);
    if (!part || !file) continue;
    parts.push({ part, paragraphs: partText(await file.async('string'), part) });
  }
  return parts;
}
