import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

/** What a reader sees: a cite's no-break space reads as a space. */
const textOf = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replaceAll('\u00a0', ' ');
const screenshots = join(process.cwd(), 'test-results', 'records');

describe('record page map', () => {
  it("re-paginates the demo's facts and brief into the joint appendix, and lists the cites outside the map", async () => {
    const { page } = app;
    mkdirSync(screenshots, { recursive: true });
    const editor = page.getByRole('textbox', { name: 'Brief editor' });
    await editor.getByText('INTEREST OF AMICUS CURIAE').waitFor();
    const before = await textOf(editor);
    expect(before).toContain('without any investigation. A.R. 118.');
    expect(before).toContain('A.R. 116–17.');
    expect(before).toContain('A.R. 61–68');

    await page.getByRole('button', { name: 'Record page map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record page map' });
    await dialog.getByLabel('Cites to').selectOption({ label: 'Administrative record' });
    await dialog.getByLabel('Now in').selectOption({ label: 'Joint appendix' });
    // The hearing's pages but 116–17, and the IJ's decision, as pasted from a spreadsheet.
    await dialog
      .getByLabel('Page map')
      .fill('Old page\tNew page\n112-115\t201\n118-121\t207\n61-68\t150\n');
    await dialog.getByText('3 entries covering 16 old pages.').waitFor();
    await page.screenshot({ path: join(screenshots, 'record-page-map.png') });

    await dialog.getByRole('button', { name: 'Re-paginate' }).click();
    const status = dialog.getByRole('status');
    await status.getByText(/^Re-paginated/).waitFor();
    expect(await textOf(status)).toContain(
      'Re-paginated 8 facts’ cites and 2 cites in 1 brief. 6 cites fell outside the map and are unchanged.',
    );
    const outside = dialog.getByRole('table', { name: 'Cites outside the map' });
    const rows = (await outside.getByRole('row').allTextContents()).map((row) =>
      row.replaceAll('\u00a0', ' '),
    );
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^Fact: “She refused his advances\.”A\.R\. 116116$/),
      expect.stringMatching(/^Fact: “He accosted her.*A\.R\. 116–17116–17$/),
      expect.stringMatching(/^Fact: “The Board reversed.*A\.R\. 40–4240–42$/),
      expect.stringMatching(/^Fact: “On remand.*A\.R\. 22–2422–24$/),
      expect.stringMatching(/^Fact: “The Board affirmed.*A\.R\. 3–53–5$/),
      expect.stringMatching(/^Brief: .*A\.R\. 116–17116–17$/),
    ]);
    await page.screenshot({ path: join(screenshots, 'record-page-map-report.png') });
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The brief reads the new pages in the Seventh Circuit's style; the cite outside stays.
    await editor.getByText(/investigation\. App\.\s207\./).waitFor();
    const after = await textOf(editor);
    expect(after).toContain('App. 150–57');
    expect(after).toContain('A.R. 116–17.');
    expect(after).not.toContain('A.R. 118');

    // So do the library's facts.
    await page.getByRole('radio', { name: 'Facts' }).click();
    await page.getByRole('searchbox', { name: 'Search library' }).fill('police dismissed');
    const hit = page
      .getByRole('listitem')
      .filter({ hasText: 'police dismissed her complaint' })
      .first();
    await hit.getByText(/App\.\s207/).waitFor();
    await page.screenshot({ path: join(screenshots, 'record-page-map-after.png') });
  });
});
