import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';
import { recordTexts } from './editing';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

const OPINION = `To qualify for asylum, an applicant must show persecution on account of a protected ground. INA § 101(a)(42)(A). In Matter of Acosta, 19 I&N Dec. 211 (BIA 1985), overruled on other grounds by Matter of Mogharrabi, 19 I&N Dec. 439 (BIA 1987), the Board construed the term. Id. at 233. See also Matter of Kasinga, 21 I&N Dec. 357, 366 (BIA 1996). The Acosta test has governed since. Acosta, 19 I&N Dec. at 234. A forum-selection clause is presumed valid. Wilson v. Zapata Off-Shore Co., 939 F.2d 260, 271 (5th Cir.0993). The REAL ID Act of 2005, Pub. L. No. 109-13, 119 Stat. 231, 303, changed the standard. Matter of Compean, 24 I&N Dec. 710 (A.G. 2009), vacated by Matter of Compean, 25 I&N Dec. 1 (A.G. 2009).`;

/** Puts text in the box as a paste does: the whole value at once, then one input event. */
async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Text to search for citations').evaluate((box, value) => {
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe('Find citations', () => {
  it('regression: a pasted opinion with "(5th Cir.0993)" lists the case as incomplete and unchecked, the counts final from the first paint', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Find citations…' }).click();
    const summaries = await recordTexts(page, '.find__summary');
    await paste(page, OPINION);
    const dialog = page.getByRole('dialog', { name: 'Find citations in text' });
    const final =
      /^10 citations: 8 authorities \((\d) already in the library, 1 incomplete\), 2 short forms, Id\. and supra\.$/;
    await dialog.getByText(final).waitFor();
    // Never an interim count: the summary says it is reading, then gives the final figures.
    const shown = await summaries();
    expect(shown.filter((text) => !/Reading|checking/.test(text))).toHaveLength(1);
    for (const text of shown.filter((text) => /^\d/.test(text)))
      expect(text).toMatch(/^10 citations: 8 authorities .* 2 short forms/);

    const wilson = dialog.getByRole('row').filter({ hasText: 'Wilson v. Zapata' });
    await wilson.getByText('Incomplete').waitFor();
    expect(await wilson.getByRole('checkbox').isChecked()).toBe(false);
    const acosta = dialog.getByRole('row').filter({ hasText: 'Matter of Acosta' });
    // The full citation, Id. at 233 and the short form at 234.
    expect(await acosta.getByRole('cell').nth(3).textContent()).toBe('3');
    await acosta.getByText('overruled on other grounds by').waitFor();
    const realId = dialog.getByRole('row').filter({ hasText: 'REAL ID Act' });
    expect((await realId.getByRole('cell').nth(1).textContent())?.replaceAll('\u00a0', ' ')).toBe(
      'REAL ID Act of 2005, Pub. L. No. 109-13, 119 Stat. 231',
    );

    const inLibrary = Number(
      final.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1],
    );
    // Eight less the one incomplete and those already there.
    await dialog.getByRole('button', { name: `Add ${7 - inLibrary} to library` }).click();
    const search = page.getByRole('searchbox', { name: 'Search library' });
    await search.fill('Compean');
    // The subsequent history is kept with the authority it follows.
    await page
      .getByRole('button', {
        name: /^Insert citation: Matter of Compean, 24 I\. & N\. Dec\. 710 \(A\.G\. 2009\), vacated by Matter of Compean, 25/,
      })
      .waitFor();
    await search.fill('REAL ID');
    await page
      .getByRole('button', { name: /^Insert citation: REAL ID Act of 2005, Pub\. L\. No\. 109-13/ })
      .waitFor();
  });

  it('reads a pasted table of authorities entry by entry and lists thousands of authorities without rendering them all', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Find citations…' }).click();
    const entries = Array.from(
      { length: 3000 },
      (_, i) =>
        `Party${i} v. Holder, ${100 + (i % 800)} F.3d ${1000 + i} (9th Cir. 2010) ${i % 40}, ${(i % 40) + 2}`,
    );
    await paste(page, `TABLE OF AUTHORITIES\nCases Page(s)\n${entries.join('\n')}`);
    const dialog = page.getByRole('dialog', { name: 'Find citations in text' });
    await dialog.getByText(/^3,000 citations: 3,000 authorities/).waitFor();
    expect(
      await dialog
        .getByRole('row')
        .filter({ hasText: /^.*\d+ Party/ })
        .count(),
    ).toBe(0);
    const rendered = await dialog.getByRole('row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('holds a long paste beside the text box, searches it with what is typed after, and lets it go', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Find citations…' }).click();
    const box = page.getByLabel('Text to search for citations');
    // Over 100,000 characters: the clipboard's text is kept out of the box.
    const long = `${OPINION}\n`.repeat(150);
    await box.evaluate((element, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    }, long);
    const dialog = page.getByRole('dialog', { name: 'Find citations in text' });
    const held = dialog.getByRole('group', { name: 'Text being searched' });
    await held
      .getByText(/^Pasted text · about 1[0-9]{2},000 characters, 151 lines, searched whole$/)
      .waitFor();
    expect(await box.inputValue()).toBe('');
    await dialog.getByText(/^1,500 citations: 8 authorities/).waitFor();

    await box.fill('See Cece v. Holder, 733 F.3d 662, 671 (7th Cir. 2013) (en banc).');
    await dialog.getByText(/^1,501 citations: 9 authorities/).waitFor();
    await held.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByText(/^1 citation: 1 authority/).waitFor();
    expect(await held.count()).toBe(0);
  });

  it('shows the notices of the Free Law Project data it reads citations with', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'About Amicus…' }).click();
    const about = page.getByRole('dialog', { name: 'About Amicus' });
    for (const work of ['reporters-db', 'courts-db'])
      await about
        .getByRole('region', { name: `${work} licence` })
        .getByText(/Copyright \(c\) 20\d\d, Free Law Project/)
        .waitFor();
  });
});
