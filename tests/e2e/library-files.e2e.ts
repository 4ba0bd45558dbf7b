import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citation, editorState, paragraph, text } from '../../src/shared/brief/editor-json';
import { launchApp, type RunningApp } from './app';

/**
 * A library exported from one data folder and imported into another, through the page as the
 * attorney does it: everything arrives once, importing again duplicates nothing, and records
 * edited on one side are listed and settled by the user's choice.
 */

let folder: string;
let source: RunningApp;
let target: RunningApp;
let exported: string;

async function value<T>(app: RunningApp, channel: string, args: unknown): Promise<T> {
  const result = await app.call(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.value as T;
}

interface Authority {
  id: number;
  name: string;
  parenthetical: string;
}
async function authorityNamed(app: RunningApp, name: string): Promise<Authority> {
  const hits = await value<{ type: string; authority?: Authority }[]>(app, 'library:search', {
    text: name,
    types: ['authority'],
  });
  const found = hits.find((hit) => hit.authority?.name === name)?.authority;
  if (!found) throw new Error(`no authority named ${name}`);
  return found;
}

async function libraryCounts(app: RunningApp) {
  const matters = await value<{ name: string }[]>(app, 'matter:list', {});
  const briefs = await value<{ title: string }[]>(app, 'brief:list', {});
  const exportedFile = await value<{
    counts: {
      matters: number;
      authorities: number;
      facts: number;
      snippets: number;
      briefs: number;
    };
  }>(app, 'library:export', {
    includeSample: true,
  });
  return {
    matterNames: matters.map((m) => m.name).sort(),
    briefTitles: briefs.map((b) => b.title).sort(),
    ...exportedFile.counts,
  };
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import library' }).click();
  await page.getByLabel('Library file or CSL-JSON').setInputFiles(file);
  await page.getByRole('region', { name: 'What the file holds' }).waitFor();
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'amicus-library-files-'));
  source = await launchApp();
  // The attorney's own matter beside the demo: facts, a snippet citing authorities, a brief
  // with a history.
  const matter = await value<{ id: number }>(source, 'matter:create', { name: 'Doe v. Garland' });
  for (const fact of [
    'Ms. Doe fled Honduras after the gang threatened her family.',
    'The police took no report of the threats.',
  ])
    await value(source, 'fact:create', { matterId: matter.id, text: fact, recordCite: 'A.R. 12' });
  const gatimi = await authorityNamed(source, 'Gatimi v. Holder');
  const acosta = await authorityNamed(source, 'Matter of Acosta');
  const reasons = paragraph(
    text('Visibility is not required. '),
    citation({ authorityId: gatimi.id, pin: '615' }),
    text(' The group is immutable. '),
    citation({ authorityId: acosta.id, pin: '233', signal: 'See' }),
  );
  const argument = editorState([reasons]);
  await value(source, 'snippet:create', {
    matterId: matter.id,
    title: 'Doe: visibility',
    content: JSON.stringify(argument),
    plainText: 'Visibility is not required. The group is immutable.',
  });
  const brief = await value<{ id: number }>(source, 'brief:create', {
    title: 'Doe amicus brief',
    matterId: matter.id,
  });
  await value(source, 'brief:save', { id: brief.id, content: JSON.stringify(argument) });
  // Opened and saved again: the first save after opening keeps the version before it.
  await value(source, 'brief:get', { id: brief.id });
  const longer = editorState([reasons, paragraph(text('Remand is required.'))]);
  await value(source, 'brief:save', { id: brief.id, content: JSON.stringify(longer) });
  expect(await value<unknown[]>(source, 'brief:history', { id: brief.id })).toHaveLength(1);
  target = await launchApp();
});

afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('libraries as files', () => {
  it('exports the library, demo included, as one file from the page', async () => {
    const { page } = source;
    await page.reload();
    await page.getByRole('button', { name: 'Export library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export library' });
    await dialog.getByText(/confidential client facts/).waitFor();
    await dialog.getByLabel(/Include the demo matter/).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Amicus library \d{4}-\d{2}-\d{2}\.amicus-library\.json$/,
    );
    exported = join(folder, download.suggestedFilename());
    await download.saveAs(exported);
    await dialog
      .getByText('Exported 2 matters, 21 authorities, 16 facts, 5 snippets, 2 briefs')
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('imports it into another data folder: the user’s records arrive, the demo is not doubled', async () => {
    const { page } = target;
    const before = await libraryCounts(target);
    await importFile(page, exported);
    const preview = page.getByRole('region', { name: 'What the file holds' });
    await preview
      .getByText('New to this library: 1 matter, 2 facts, 1 snippet, 1 brief.')
      .waitFor();
    await preview
      .getByText('Already here, the same: 1 matter, 21 authorities, 14 facts, 4 snippets, 1 brief.')
      .waitFor();
    await preview.getByText('Nothing in the file differs from this library.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByText('Added: 1 matter, 2 facts, 1 snippet, 1 brief.').waitFor();
    await report.getByText(/backed up first, as library-.*-before-import\.sqlite/).waitFor();
    expect(await report.getByText('as you chose').count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
    // The brief list shows the imported brief at once.
    await page.getByRole('button', { name: /^Doe amicus brief/ }).click();
    await page.getByText('Remand is required.').waitFor();
    const text = await page.getByRole('textbox', { name: 'Brief editor' }).textContent();
    expect(text).toContain('Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009)');

    const after = await libraryCounts(target);
    expect(after).toEqual({
      ...before,
      matterNames: [...before.matterNames, 'Doe v. Garland'].sort(),
      briefTitles: [...before.briefTitles, 'Doe amicus brief'].sort(),
      matters: before.matters + 1,
      facts: before.facts + 2,
      snippets: before.snippets + 1,
      briefs: before.briefs + 1,
    });
    const briefs = await value<{ id: number; title: string }[]>(target, 'brief:list', {});
    const doe = briefs.find((brief) => brief.title === 'Doe amicus brief');
    expect(await value<unknown[]>(target, 'brief:history', { id: doe?.id })).toHaveLength(1);
    const hits = await value<unknown[]>(target, 'library:search', { text: 'fled Honduras' });
    expect(hits).toHaveLength(1);
  });

  it('imports the same file again without duplicating anything', async () => {
    const { page } = target;
    const before = await libraryCounts(target);
    await importFile(page, exported);
    const preview = page.getByRole('region', { name: 'What the file holds' });
    await preview.getByText('New to this library: nothing.').waitFor();
    await preview.getByText('Nothing in the file differs from this library.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('region', { name: 'Import report' })
      .getByText('Added: nothing.')
      .waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await libraryCounts(target)).toEqual(before);
  });

  it('lists what was edited on one side and does what the user chooses for each', async () => {
    const { page } = target;
    // Edited here after the import: an authority's parenthetical, a fact, the brief's title.
    const gatimi = await authorityNamed(target, 'Gatimi v. Holder');
    await value(target, 'authority:update', { ...gatimi, parenthetical: 'Posner, J.' });
    const [hit] = await value<{ type: string; fact: { id: number } }[]>(target, 'library:search', {
      text: 'police took no report',
      types: ['fact'],
    });
    const fact = await value<Record<string, unknown>>(target, 'fact:get', { id: hit?.fact.id });
    await value(target, 'fact:update', {
      ...fact,
      text: 'The police refused to take a report of the threats.',
    });
    const briefs = await value<{ id: number; title: string }[]>(target, 'brief:list', {});
    const doe = briefs.find((brief) => brief.title === 'Doe amicus brief');
    await value(target, 'brief:rename', { id: doe?.id, title: 'Doe amicus brief (final)' });
    const before = await libraryCounts(target);

    await importFile(page, exported);
    const conflicts = page.getByRole('list', { name: 'Conflicts' });
    await conflicts.getByRole('listitem').nth(2).waitFor();
    expect(await conflicts.getByRole('listitem').count()).toBe(3);
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    // Nothing is decided for the user.
    expect(await importButton.isDisabled()).toBe(true);
    await page
      .getByText('Differing from this library: 3; choose below what to do with each (3 left).')
      .waitFor();
    const conflict = (name: RegExp) => conflicts.getByRole('group', { name });
    await conflict(/^Authority: Gatimi v\. Holder/)
      .getByRole('cell', { name: 'Posner, J.' })
      .waitFor();
    await conflict(/^Authority: Gatimi/)
      .getByRole('radio', { name: 'Keep mine' })
      .check();
    await conflict(/^Fact: The police refused/)
      .getByRole('radio', { name: 'Take theirs' })
      .check();
    await conflict(/^Brief: Doe amicus brief \(final\)/)
      .getByRole('radio', { name: 'Keep both' })
      .check();
    await page.getByText('Differing from this library: 3; each chosen below.').waitFor();
    await importButton.click();
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByText('Added: 1 brief.').waitFor();
    await report.getByText('Replaced with the file’s, as you chose: 1 fact.').waitFor();
    await report.getByText('Kept as they were in this library, as you chose: 1 record.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    expect((await authorityNamed(target, 'Gatimi v. Holder')).parenthetical).toBe('Posner, J.');
    expect(
      await value<unknown[]>(target, 'library:search', { text: 'police refused', types: ['fact'] }),
    ).toHaveLength(0);
    expect(
      await value<unknown[]>(target, 'library:search', {
        text: 'police took no report',
        types: ['fact'],
      }),
    ).toHaveLength(1);
    const titles = (await value<{ title: string }[]>(target, 'brief:list', {})).map((b) => b.title);
    expect(titles).toContain('Doe amicus brief (final)');
    expect(titles).toContain('Doe amicus brief (imported)');
    const after = await libraryCounts(target);
    expect(after.authorities).toBe(before.authorities);
    expect(after.facts).toBe(before.facts);
    expect(after.briefs).toBe(before.briefs + 1);
  });
});
