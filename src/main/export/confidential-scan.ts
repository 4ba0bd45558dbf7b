import JSZip from 'jszip';
import type { DocumentPart, ScannedPart } from '../../shared/brief/confidential';
import { DOCX_LIMITS, partParagraphs, readPart } from '../import/docx-text';

/** Which of a .docx's parts a reader of the filing meets, and what to call them. */
function partOf(name: string): DocumentPart | null {
  if (name === 'word/document.xml') return 'body';
  if (name === 'word/footnotes.xml' || name === 'word/endnotes.xml') return 'footnotes';
  if (/^word\/(header|footer)\d*\.xml$/.test(name)) return 'headers';
  if (/^docProps\/[^/]+\.xml$/.test(name)) return 'properties';
  return null;
}

/** Each document property's value, as its element holds it. */
async function propertyValues(file: JSZip.JSZipObject, budget: { left: number }) {
  const values: string[] = [];
  let value = '';
  await readPart(file, budget, DOCX_LIMITS, {
    open: () => (value = ''),
    text: (text) => (value += text),
    close: () => {
      if (value.trim()) values.push(value.trim());
      value = '';
    },
  });
  return values;
}

/**
 * Everything a reader of this .docx can see, part by part, read by the same reader as a Word
 * document opened in Find citations (Amicus's own export, so no budget binds it).
 */
export async function exportedText(bytes: Uint8Array): Promise<ScannedPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const budget = { left: Infinity };
  const parts: ScannedPart[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const part = partOf(name);
    const file = zip.file(name);
    if (!part || !file) continue;
    const paragraphs =
      part === 'properties'
        ? await propertyValues(file, budget)
        : await partParagraphs(file, budget, DOCX_LIMITS);
    parts.push({ part, paragraphs });
  }
  return parts;
}
