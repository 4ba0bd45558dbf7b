import JSZip from 'jszip';
import { renderBriefDocx } from '../../src/main/export/docx';
import { seedDemoLibrary } from '../../src/main/library/seed';
import { COURT_PROFILES } from '../../src/main/profiles';
import type { CourtProfile } from '../../src/shared/brief/profiles';
import { tempLibrary } from './temp-library';

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
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((paragraph) => textOf(paragraph[0]));
}

/**
 * The text of a stretch of WordprocessingML: its `w:t` runs joined, entities decoded, a no-break
 * space read as a space.
 */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((run) =>
      (run[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? ''),
    )
    .join('')
    .replace(/\u00a0/g, ' ');
}

/** The demo brief exported with every court profile, for checks that must hold in each. */
export async function demoExportsByProfile(): Promise<
  { profile: CourtProfile; bytes: Uint8Array }[]
> {
  const { library } = tempLibrary();
  seedDemoLibrary(library);
  const brief = library.briefs.get(library.briefs.list()[0]!.id);
  return Promise.all(
    COURT_PROFILES.map(async (profile) => ({
      profile,
      bytes: await renderBriefDocx(brief, library.authorities.getMany, profile),
    })),
  );
}
