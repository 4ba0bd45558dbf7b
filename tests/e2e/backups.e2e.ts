import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

/** The brief titles a library file holds, read straight from the file. */
function titlesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { title: string }>('SELECT title FROM briefs ORDER BY id')
      .all()
      .map((row) => row.title);
  } finally {
    db.close();
  }
}

const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));

describe('backups, from the Backups… dialog', () => {
  it('"Back up now" takes a verified copy, and restoring it brings the library back, keeping the one it replaced', async () => {
    const { page, dataDir } = app;
    await app.call('brief:create', { title: 'Drafted before the backup' });
    await page.reload();
    await page.getByRole('button', { name: /^Drafted before the backup/ }).waitFor();

    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').getByText('The library is backed up.').waitFor();
    const manual = dialog.getByRole('listitem').filter({ hasText: 'Backed up by hand' });
    await manual.waitFor();
    const [copy, ...others] = filesIn(join(dataDir, 'backups'), /-manual\.sqlite$/);
    expect(others).toEqual([]);
    expect(titlesIn(copy!)).toContain('Drafted before the backup');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Work after the backup, which the restore takes back.
    await app.call('brief:create', { title: 'Drafted after the backup' });
    await page.reload();
    await page.getByRole('button', { name: /^Drafted after the backup/ }).waitFor();

    await page.getByRole('button', { name: 'Backups…' }).click();
    await manual.getByRole('button', { name: /^Restore the backup of / }).click();
    await page
      .getByRole('dialog', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore backup' })
      .click();

    // The page starts again on the restored library.
    await page.getByRole('button', { name: /^Drafted before the backup/ }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /^Drafted after the backup/ }).count())
      .toBe(0);
    const briefs = (await app.call('brief:list', {})).value as { title: string }[];
    expect(briefs.map((brief) => brief.title)).not.toContain('Drafted after the backup');
    // The library it replaced is kept beside it, not deleted, with the later work in it.
    const [aside, ...more] = filesIn(dataDir, /^library-replaced-.*\.sqlite$/);
    expect(more).toEqual([]);
    expect(titlesIn(aside!)).toContain('Drafted after the backup');
  });
});
