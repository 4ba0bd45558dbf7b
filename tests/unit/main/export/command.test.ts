import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../../src/main/export/command';
import { openLibrary } from '../../../../src/main/library';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { docxParagraphs } from '../../../helpers/docx';
import { tempDir } from '../../../helpers/temp-library';

describe('npm run export', () => {
  it('exports the demo brief from a scratch library with --demo', async () => {
    const out = join(tempDir(), 'demo.docx');
    expect(await exportCommand(['--demo', '--out', out])).toBe(out);
    expect((await docxParagraphs(readFileSync(out))).join('\n')).toContain(
      'Interest of Amicus Curiae',
    );
  });

  it('exports a brief by id or title from a data folder', async () => {
    const dataDir = tempDir();
    const library = openLibrary(join(dataDir, 'library.sqlite'));
    seedDemoLibrary(library);
    const [demo] = library.briefs.list();
    library.close();
    const byTitle = join(dataDir, 'by-title.docx');
    await exportCommand(['--brief', demo!.title, '--out', byTitle, '--data-dir', dataDir]);
    await exportCommand([
      '--brief',
      String(demo!.id),
      '--out',
      join(dataDir, 'by-id.docx'),
      '--data-dir',
      dataDir,
    ]);
    expect(existsSync(byTitle) && existsSync(join(dataDir, 'by-id.docx'))).toBe(true);
  });

  it('says what is wrong instead of writing anything', async () => {
    const dataDir = tempDir();
    await expect(exportCommand(['--out', join(dataDir, 'x.docx')])).rejects.toThrow(
      /Usage: npm run export/,
    );
    await expect(
      exportCommand(['--brief', 'Nope', '--out', join(dataDir, 'x.docx'), '--data-dir', dataDir]),
    ).rejects.toThrow(/No brief “Nope” in the library/);
    expect(existsSync(join(dataDir, 'x.docx'))).toBe(false);
  });

  it('says in words why the document could not be written, and where to write it instead', async () => {
    const dir = tempDir();
    await expect(exportCommand(['--demo', '--out', join(dir, 'gone', 'x.docx')])).rejects.toThrow(
      `The folder ${join(dir, 'gone')} does not exist (it may have been moved, or its drive disconnected), so x.docx was not saved. Export it again to a folder you can write to, such as your Documents folder.`,
    );
    await expect(exportCommand(['--demo', '--out', dir])).rejects.toThrow(
      `${dir} is a folder, so the document was not saved.`,
    );
  });
});
