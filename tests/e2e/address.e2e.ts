import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

describe('the printed address’s one-time code', () => {
  it('is taken out of the address bar and the browser’s history once used (regression)', async () => {
    const { page } = app;
    const printed = new URL(app.url);
    expect(printed.searchParams.get('code')).toBeTruthy();

    // The page holds its session and shows the address without the code.
    await page.getByRole('button', { name: 'Backups…' }).waitFor();
    expect(page.url()).toBe(`${printed.origin}/`);

    // No entry of the tab's history holds it: the tokened address was replaced, not pushed past.
    const cdp = await page.context().newCDPSession(page);
    const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
    expect(entries.map((entry) => entry.url)).not.toContainEqual(
      expect.stringContaining(printed.searchParams.get('code')!),
    );
    expect(entries[currentIndex]?.url).toBe(`${printed.origin}/`);

    // Going back leaves the app, never landing on the tokened address.
    await page.goBack();
    expect(page.url()).not.toContain('code=');
    await page.goForward();
    expect(page.url()).toBe(`${printed.origin}/`);
    await page.getByRole('button', { name: 'Backups…' }).waitFor();
  });
});
