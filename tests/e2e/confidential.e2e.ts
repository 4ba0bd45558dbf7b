import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../helpers/docx';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

describe('confidential identifiers stay out of an export unless the attorney says why', () => {
  it('stops the export of a footnote holding the client’s A-number, then exports with a reason', async () => {
    const { page } = app;
    const editor = page.getByRole('textbox', { name: 'Brief editor' });
    await editor.getByText('INTEREST OF AMICUS CURIAE').waitFor();

    // The client's A-number, marked in the matter.
    await page.getByRole('button', { name: 'Edit matter Cece v. Holder' }).click();
    const matter = page.getByRole('dialog', { name: 'Edit matter' });
    await matter.getByRole('button', { name: '+ Identifier' }).click();
    await matter.getByLabel('Kind of identifier 1').selectOption('a-number');
    await matter.getByLabel('A-number').fill('A 012-345-678');
    await matter.getByRole('button', { name: 'Save' }).click();
    await matter.waitFor({ state: 'hidden' });

    // Typed into a new footnote, written another way.
    await editor.getByText('That is a particular social group under').click();
    await page.keyboard.press('End');
    await editor.press('Control+Alt+f');
    await page.keyboard.type('Her file is A012345678.');
    await page.getByText('All changes saved').waitFor();

    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const guard = page.getByRole('dialog', { name: 'Confidential information in this brief' });
    const found = guard.getByRole('table', { name: 'Confidential information found' });
    expect(await found.getByRole('row').nth(1).textContent()).toBe(
      'A-number, Cece v. HolderFootnotesHer file is A012345678.',
    );
    await guard.getByRole('button', { name: 'Go back to the brief' }).click();
    await guard.waitFor({ state: 'hidden' });
    expect(downloads).toBe(0);

    await page.getByRole('button', { name: 'Export to Word' }).click();
    expect(await guard.getByRole('button', { name: 'Export anyway' }).isDisabled()).toBe(true);
    await guard.getByLabel('Reason to export anyway').fill('Filed under seal by leave of court.');
    const downloading = page.waitForEvent('download');
    await guard.getByRole('button', { name: 'Export anyway' }).click();
    const download = await downloading;
    const footnotes = await docxParagraphs(
      readFileSync((await download.path())!),
      'word/footnotes.xml',
    );
    expect(footnotes).toContainEqual(expect.stringContaining('Her file is A012345678.'));
  });
});
