import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../errors';
import { openLibrary, type Library } from '../library';
import { seedDemoLibrary } from '../library/seed';
import { argValue, LIBRARY_FILE_NAME, resolveDataDir } from '../paths';
import { courtProfileOf } from '../profiles';
import { writeFileAtomic } from './atomic-write';
import { renderBriefDocx } from './docx';

const EXPORT_USAGE =
  'Usage: npm run export -- (--brief <id or title> | --demo) --out FILE.docx [--data-dir DIR]';

function findBrief(library: Library, wanted: string) {
  const briefs = library.briefs.list();
  const byId = /^\d+$/.test(wanted)
    ? briefs.find((brief) => brief.id === Number(wanted))
    : undefined;
  const matches = byId
    ? [byId]
    : briefs.filter((brief) => brief.title.toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1 && matches[0]) return library.briefs.get(matches[0].id);
  throw new AppError(
    'not-found',
    matches.length > 1
      ? `Several briefs are titled “${wanted}”; give its id instead (${matches.map((b) => b.id).join(', ')}).`
      : `No brief “${wanted}” in the library. Briefs: ${briefs.map((b) => `${b.id} ${b.title}`).join('; ') || 'none'}.`,
  );
}

/**
 * Exports one brief to a .docx without a window, for scripts and tests. `--demo` exports the
 * demo brief from a fresh library, leaving the user's own untouched. Returns the written path.
 */
export async function exportCommand(argv: readonly string[]): Promise<string> {
  const out = argValue(argv, 'out');
  const wanted = argValue(argv, 'brief');
  const demo = argv.includes('--demo');
  if (!out || (!wanted && !demo)) throw new AppError('invalid-argument', EXPORT_USAGE);

  const scratch = demo ? mkdtempSync(join(tmpdir(), 'amicus-demo-')) : null;
  const library = openLibrary(join(scratch ?? resolveDataDir(argv), LIBRARY_FILE_NAME));
  try {
    if (demo) seedDemoLibrary(library);
    const brief = demo
      ? library.briefs.get(library.briefs.list()[0]?.id ?? 0)
      : findBrief(library, wanted ?? '');
    const target = resolve(out);
    await writeFileAtomic(
      target,
      await renderBriefDocx(brief, library.authorities.getMany, courtProfileOf(brief)),
    );
    return target;
  } finally {
    library.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
