import type { Locator, Page } from 'playwright-core';

/** Steps of drafting in the app, as a user takes them, shared by the end-to-end tests. */

export const editor = (page: Page) => page.getByRole('textbox', { name: 'Brief editor' });
/** What a reader sees: a citation's no-break spaces read as spaces. */
export const textOf = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replaceAll('\u00a0', ' ');
export const textsOf = async (locator: Locator) =>
  (await locator.allTextContents()).map((text) => text.replaceAll('\u00a0', ' '));
export const search = (page: Page) => page.getByRole('searchbox', { name: 'Search library' });
export const saved = (page: Page) => page.getByText('All changes saved').waitFor();

/** A blank brief under FRAP's defaults, opened with the caret in it. */
export async function newBrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New brief' }).click();
  const dialog = page.getByRole('dialog', { name: 'New brief' });
  await dialog.getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: 'Create brief' }).click();
  await page
    .getByRole('textbox', { name: 'Brief title' })
    .and(page.locator('[value="Untitled brief"]'))
    .waitFor();
  // The title changes before the editor swaps in the new brief: wait for its empty page, then for
  // the caret, so a key pressed next lands in the new brief (raced on a loaded CI machine).
  await until(async () => ((await editor(page).textContent()) ?? '').trim() === '');
  await editor(page).click();
  await until(() =>
    editor(page).evaluate(
      (node) => node === document.activeElement || node.contains(document.activeElement),
    ),
  );
}

/** Inserts the first hit for `query`, once the list shows hits for it and not the last search's. */
export async function insertFirst(page: Page, query: string): Promise<void> {
  await search(page).fill(query);
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .getByRole('listitem')
    .filter({ hasText: new RegExp(escaped, 'i') })
    .getByRole('button', { name: /^Insert/ })
    .first()
    .click();
}

/** Polls a condition for up to ten seconds; a save that never arrives fails the test. */
export async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met within 10 s');
}

/**
 * Every text the element matching `selector` shows from now on, recorded as the page changes it;
 * the returned function reads them.
 */
export async function recordTexts(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((watched) => {
    const seen: string[] = [];
    (window as unknown as { recordedTexts: string[] }).recordedTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector(watched)?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
  return () =>
    page.evaluate(() => (window as unknown as { recordedTexts: string[] }).recordedTexts);
}
