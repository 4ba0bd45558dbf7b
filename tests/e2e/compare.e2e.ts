import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

// A petitioner's brief written from the demo: two of its paragraphs copied word for word,
// two restated, the rest the party's own.
const partyBrief = readFileSync(
  join(__dirname, '..', 'fixtures', 'overlap', 'party-brief.txt'),
  'utf8',
);

describe("compare with party's brief", () => {
  it('flags the demo paragraphs the party brief copies, and the authorities both cite', async () => {
    const { page } = app;
    const editor = page.getByRole('textbox', { name: 'Brief editor' });
    await editor.getByText('INTEREST OF AMICUS CURIAE').waitFor();

    await page.getByRole('button', { name: "Compare with party's brief" }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with party’s brief' });
    await dialog.getByLabel('Party’s brief').fill(partyBrief);
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();

    const flagged = dialog.getByRole('list', { name: 'Paragraphs that repeat the party’s brief' });
    await flagged.waitFor();
    const copied = flagged.locator(':scope > li').filter({ hasText: 'Copied: 100%' });
    expect(await copied.allTextContents()).toEqual([
      expect.stringContaining('The Board’s answer was that the group is not'),
      expect.stringContaining('Young Albanian women who live alone'),
    ]);
    expect(await dialog.getByRole('status').textContent()).toContain('cited by both');
    const shared = dialog.getByRole('table', { name: 'Authorities both briefs cite' });
    expect(await shared.getByRole('row').allTextContents()).toContainEqual(
      expect.stringContaining('INS v. Cardoza-Fonseca'),
    );

    // A flagged paragraph is a way back to it in the brief.
    await copied.first().getByRole('button').click();
    await dialog.waitFor({ state: 'hidden' });
    const paragraph = editor.getByText('The Board’s answer was that the group is not');
    // Waits for the scroll to end with the paragraph in view.
    await page.waitForFunction(
      (node) => {
        const box = node?.getBoundingClientRect();
        return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
      },
      await paragraph.elementHandle(),
    );
  });
});
