import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A part of a .docx package as XML text, e.g. `word/document.xml`. */
export async function docxPart(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(part)?.async('string')) ?? '';
}

/**
 * A part's paragraphs as plain text, runs joined and entities decoded (field codes left out), a
 * no-break space read as a space.
 */
export async function docxParagraphs(
  bytes: Uint8Array,
  part = 'word/document.xml',
): Promise<string[]> {
  const xml = await docxPart(bytes, part);
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) =>
        (run[1] ?? '').replace(
          /&(amp|lt|gt|quot|apos);/g,
          (_, name: string) => ENTITIES[name] ?? '',
        ),
      )
      .join('')
      .replace(/\u00a0/g, ' '),
  );
}
