import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

const editor = (page: Page) => page.getByRole('textbox', { name: 'Brief editor' });
const chipTexts = async (page: Page) =>
  (
    await editor(page)
      .getByRole('button', { name: /^Citation:/ })
      .allTextContents()
  ).map((text) => text.replaceAll('\u00a0', ' '));

/** Waits until the editor's citations read as expected (they follow the brief's choices). */
async function chipsRead(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => chipTexts(page), { timeout: 10_000 }).toEqual(expected);
}

describe('sections of the INA and 8 U.S.C.', () => {
  it('reads "INA § 208" and its 8 U.S.C. section as one authority and cites it with its parallel in the brief’s style', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Find citations…' }).click();
    // The demo library holds 8 U.S.C. § 1158(b)(1)(B)(i): the Act's section is found as it.
    await page
      .getByLabel('Text to search for citations')
      .fill(
        'See INA § 208(b)(1)(B)(i); 8 U.S.C. § 1158(b)(1)(B)(i). Asylum may be sought under INA § 208(a).',
      );
    await page
      .getByText(
        '3 citations: 2 authorities (1 already in the library), 0 short forms, Id. and supra.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Add 1 to library' }).click();

    await page.getByRole('button', { name: 'New brief' }).click();
    const dialog = page.getByRole('dialog', { name: 'New brief' });
    await dialog.getByRole('checkbox').uncheck();
    await dialog.getByRole('button', { name: 'Create brief' }).click();
    await editor(page).click();
    await page.keyboard.type('An applicant may seek asylum. ');
    await page.getByRole('searchbox', { name: 'Search library' }).fill('INA 208');
    const insert = page.getByRole('button', { name: /^Insert citation: INA § 208\(a\)/ });
    await insert.click();
    await page.keyboard.type('. The Board agreed. ');
    await insert.click();
    await page.keyboard.type('.');

    await chipsRead(page, ['INA § 208(a), 8 U.S.C. § 1158(a)', 'Id']);

    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByLabel('Citation style').selectOption('eoir');
    await chipsRead(page, ['Section 208(a) of the Act, 8 U.S.C. § 1158(a)', 'Id']);

    await compliance.getByLabel('Parallel citation of the INA and 8 U.S.C.').selectOption('none');
    await chipsRead(page, ['Section 208(a) of the Act', 'Id']);

    // The choice belongs to the brief: it is there after a reload.
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Untitled brief/ }).click();
    await chipsRead(page, ['Section 208(a) of the Act', 'Id']);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Compliance' })
          .getByLabel('Parallel citation of the INA and 8 U.S.C.')
          .inputValue(),
      )
      .toBe('none');
  });
});
