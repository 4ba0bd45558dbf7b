import JSZip from 'jszip';
import { xmlCharacters } from './xml-characters';

/** Text or an attribute value in XML, less the characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return xmlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Word's separator notes hold the separator line and nothing else; docx writes a note number
 * (`w:footnoteRef`) before it, which Word does not write and other readers print.
 */
function separatorNotes(xml: string, note: 'footnote' | 'endnote'): string {
  return xml.replace(
    new RegExp(`<w:${note}( [^>]*)>.*?</w:${note}>`, 'gs'),
    (whole, attributes: string) => {
      const type = /w:type="(separator|continuationSeparator)"/.exec(attributes)?.[1];
      if (!type) return whole;
      return (
        `<w:${note}${attributes}><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
        `<w:r><w:${type}/></w:r></w:p></w:${note}>`
      );
    },
  );
}

/** Who wrote the brief, for Word's document properties. */
export interface CoreProperties {
  title: string;
  /** Counsel of record's name, or empty. */
  author: string;
}

/** docProps/core.xml whole: docx cannot write the language, and names an "Un-named" editor. */
function coreXml({ title, author }: CoreProperties, now: Date): string {
  const when = now.toISOString().replace(/\.\d+Z$/, 'Z');
  const date = (name: string) =>
    `<dcterms:${name} xsi:type="dcterms:W3CDTF">${when}</dcterms:${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(author)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    date('created') +
    date('modified') +
    '<dc:language>en-US</dc:language>' +
    '</cp:coreProperties>'
  );
}

/**
 * The packed document with the parts docx writes in a way Word would repair or a brief should
 * not read, written again: the separator notes, the style sheet (`styles`, written whole) and
 * the document properties. Every XML part then loses the characters XML cannot hold, whichever
 * string brought them (docx escapes markup but passes U+FFFF and control characters through):
 * one pass here keeps a field added later from breaking the file again.
 */
export async function finishPackage(
  bytes: Uint8Array,
  parts: { styles: string; core: CoreProperties },
): Promise<Uint8Array> {
  const rewrites: Record<string, (xml: string) => string> = {
    'word/styles.xml': () => parts.styles,
    'docProps/core.xml': () => coreXml(parts.core, new Date()),
    'word/footnotes.xml': (xml) => separatorNotes(xml, 'footnote'),
    'word/endnotes.xml': (xml) => separatorNotes(xml, 'endnote'),
  };
  const zip = await JSZip.loadAsync(bytes);
  const xmlParts = Object.values(zip.files).filter(
    (part) => !part.dir && /\.(xml|rels)$/.test(part.name),
  );
  for (const part of xmlParts) {
    const xml = await part.async('string');
    const finished = xmlCharacters(rewrites[part.name]?.(xml) ?? xml);
    // A part left as it was keeps its compressed bytes: the body is not deflated twice.
    if (finished !== xml) zip.file(part.name, finished);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
