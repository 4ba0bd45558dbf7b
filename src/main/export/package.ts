import JSZip from 'jszip';

/** Text or an attribute value in XML, less the control characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
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

async function rewrite(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const part = zip.file(path);
  if (part) zip.file(path, change(await part.async('string')));
}

/**
 * The packed document with the parts docx writes in a way Word would repair or a brief should
 * not read, written again: the separator notes, and the style sheet (`styles`, written whole).
 */
export async function finishPackage(
  bytes: Uint8Array,
  parts: { styles: string },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await rewrite(zip, 'word/styles.xml', () => parts.styles);
  await rewrite(zip, 'word/footnotes.xml', (xml) => separatorNotes(xml, 'footnote'));
  await rewrite(zip, 'word/endnotes.xml', (xml) => separatorNotes(xml, 'endnote'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
