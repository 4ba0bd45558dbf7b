import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph of WordprocessingML: its properties, then runs (already written). */
export function wordParagraph(properties: string, ...runs: string[]): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.join('')}</w:p>`;
}

/** A run of text with run properties ("<w:i/>"). */
export function wordRun(text: string, properties = ''): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/**
 * A .docx written by hand, as another word processor might: a body, and the styles, numbering,
 * footnotes and comments parts given. Parts left out are absent from the package.
 */
export async function wordDocx(parts: {
  body: string;
  styles?: string;
  numbering?: string;
  /** `<w:footnote>` elements; the separators Word writes are added. */
  footnotes?: string;
  comments?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`,
  );
  if (parts.styles) zip.file('word/styles.xml', `<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering)
    zip.file('word/numbering.xml', `<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.footnotes)
    zip.file(
      'word/footnotes.xml',
      `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`,
    );
  if (parts.comments)
    zip.file('word/comments.xml', `<w:comments ${W}>${parts.comments}</w:comments>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
