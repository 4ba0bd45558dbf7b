import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
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

const editor = (page: Page) => page.getByRole('textbox', { name: 'Brief editor' });

/** Where to keep screenshots for a person to look at, when asked (AMICUS_SCREENSHOTS=dir). */
async function screenshot(page: Page, name: string, selector?: string): Promise<void> {
  const dir = process.env.AMICUS_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path });
}

/** The element's role, name and description as Chromium's accessibility tree computes them. */
async function accessibleOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId!,
    fetchRelatives: false,
  });
  const node = nodes[0]!;
  return {
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    description: String(node.description?.value ?? ''),
  };
}

describe('later treatment of precedents', () => {
  it('marks a citation to a vacated decision, counts it in Compliance, and exports none of it', async () => {
    const { page } = app;
    await editor(page).getByText('INTEREST OF AMICUS CURIAE').waitFor();

    // "Find citations" shows the treatment of what it is about to add.
    await page.getByRole('button', { name: 'Find citations…' }).click();
    await page
      .getByLabel('Text to search for citations')
      .fill(
        'See Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018); Matter of L-E-A-, 27 I&N Dec. 581 (A.G. 2019).',
      );
    const found = page.getByRole('dialog', { name: 'Find citations in text' });
    await found
      .getByText(
        /^Later treatment: vacated by Matter of A-B-, 28 I\. & N\. Dec\. 307 \(A\.G\. 2021\), June 16, 2021/,
      )
      .waitFor();
    await found
      .getByText(/^Later treatment: vacated by Matter of L-E-A-, 28 I\. & N\. Dec\. 304/)
      .waitFor();
    // Two rows of two lines each: the list is tall enough to show both without scrolling
    // (regression: it was sized as if every row were one line, hiding the second).
    expect(
      await found
        .locator('.find__scroller')
        .evaluate((list) => list.scrollHeight <= list.clientHeight),
    ).toBe(true);
    await screenshot(page, 'treatment-find-citations', '.find__table');
    await found.getByRole('button', { name: 'Add 2 to library' }).click();
    await found.waitFor({ state: 'hidden' });

    // A new brief citing A-B- I as EOIR writes it, linked to the library, and L-E-A- II.
    await page.getByRole('button', { name: 'New brief' }).click();
    const create = page.getByRole('dialog', { name: 'New brief' });
    await create.getByRole('checkbox').uncheck();
    await create.getByRole('button', { name: 'Create brief' }).click();
    await page
      .getByRole('textbox', { name: 'Brief title' })
      .and(page.locator('[value="Untitled brief"]'))
      .waitFor();
    await editor(page).click();
    await page.keyboard.type(
      'The Attorney General narrowed the rule. See Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018).',
    );
    const suggestion = page.getByRole('region', { name: 'Citation suggestion' });
    await suggestion.getByText('is in the library.').waitFor();
    await suggestion.getByRole('button', { name: 'Link to library' }).click();
    await editor(page)
      .getByRole('button', { name: /^Citation: See Matter of A-B-, 27 I\. & N\. Dec\. 316/ })
      .waitFor();
    await editor(page).press('End');
    await page.keyboard.type(' So did a later decision. See ');
    await page.getByRole('searchbox', { name: 'Search library' }).fill('L-E-A-');
    await page
      .getByRole('listitem')
      .filter({ hasText: /L-E-A-/ })
      .getByRole('button', { name: /^Insert/ })
      .first()
      .click();

    const marks = editor(page).getByRole('img', { name: 'Later treatment' });
    await expect.poll(() => marks.count()).toBe(2);
    const mark = await accessibleOf(page, '.treatment-mark');
    expect(mark.role).toBe('image'); // Chromium's name for role="img"
    expect(mark.name).toBe('Later treatment');
    expect(mark.description).toMatch(
      /^Later treatment: vacated by Matter of A-B-, 28 I\. & N\. Dec\. 307 \(A\.G\. 2021\), June 16, 2021 \(in whole: .*nationwide\)\. Source: Matter of A-B-, 28 I&N Dec\. 307/,
    );

    // The mark is drawn beside the text, not written into it.
    expect(((await editor(page).textContent()) ?? '').replaceAll('\u00a0', ' ')).toBe(
      'The Attorney General narrowed the rule. See Matter of A-B-, 27 I. & N. Dec. 316 (A.G. 2018). So did a later decision. See Matter of L-E-A-, 27 I. & N. Dec. 581 (A.G. 2019)',
    );

    // Hovering shows the treatment.
    await marks.first().hover();
    const tip = page.locator('.treatment-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe(mark.description);
    await screenshot(page, 'treatment-hover');

    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByText('2 citations to authorities later vacated').waitFor();
    await screenshot(page, 'treatment-compliance', '.compliance');

    // The export prints the citations and nothing of their treatment, in any part.
    await page.getByText('All changes saved').waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const bytes = readFileSync((await (await downloading).path())!);
    const body = (await docxParagraphs(bytes)).join('\n');
    expect(body).toContain('The Attorney General narrowed the rule. See Matter of A-B-, 27 I');
    expect(body).toContain('So did a later decision. See Matter of L-E-A-, 27 I');
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      const part = (await zip.file(name)?.async('string')) ?? '';
      expect(part, name).not.toMatch(/Later treatment|vacated|28 I(\.|&amp;| )|⚠|ⓘ/);
    }
  });
});
