import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { throughput } from './extract';
import { realOpinionText } from './real-text';
import type { BenchContext } from './report';

/**
 * Pastes text into "Find citations" as the clipboard does (a paste event carrying the text) and
 * times it to the painted list, in the page's own clock. Written as page source: tsx would wrap
 * a named local function in a helper the page lacks.
 */
const PASTE_TO_PAINT = `(value) => new Promise((resolve) => {
  const box = document.querySelector('textarea[aria-label="Text to search for citations"]');
  const started = performance.now();
  function painted() {
    requestAnimationFrame(() => {
      const summary = document.querySelector('.find__summary')?.textContent ?? '';
      if (/^[\\d,]+ citations?:/.test(summary) && document.querySelector('.find__scroller'))
        resolve(performance.now() - started);
      else painted();
    });
  }
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', value);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
  // What the browser does with a paste nobody handled: the text goes into the box.
  if (box.dispatchEvent(event)) {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  painted();
})`;

async function pasteToPaint(page: Page, text: string): Promise<number> {
  await page.getByLabel('Text to search for citations').waitFor();
  return page.evaluate(`(${PASTE_TO_PAINT})(${JSON.stringify(text)})`) as Promise<number>;
}

/** The time from a keystroke in the box to the next frame painted after it. */
async function keystrokeToPaint(page: Page): Promise<number> {
  const box = page.getByLabel('Text to search for citations');
  await box.evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    (window as unknown as { keystroke: Promise<number> }).keystroke = new Promise((resolve) =>
      area.addEventListener(
        'keydown',
        (event) => requestAnimationFrame(() => resolve(performance.now() - event.timeStamp)),
        { once: true },
      ),
    );
  });
  await page.keyboard.press('x');
  return page.evaluate(() => (window as unknown as { keystroke: Promise<number> }).keystroke);
}

/** Node's extraction of the same text, best of three. */
export async function benchFindDialog({ print }: BenchContext): Promise<void> {
  if (!existsSync(join(process.cwd(), 'out/main/web.js'))) {
    print('find dialog: skipped (build the app first: npm run build)');
    return;
  }
  const app = await launchApp();
  try {
    const { page } = app;
    for (const megabytes of [0.6, 3]) {
      const text = realOpinionText(megabytes * 1_000_000);
      await page.getByRole('button', { name: 'Find citations…' }).click();
      const painted = await pasteToPaint(page, text);
      const keystrokes: number[] = [];
      for (let i = 0; i < 5; i++) keystrokes.push(await keystrokeToPaint(page));
      await page.getByRole('button', { name: 'Cancel' }).click();
      const extraction = throughput(text).milliseconds;
      print(
        `find dialog ${megabytes} MB: paste to painted list ${painted.toFixed(0)} ms; Node extraction ${extraction.toFixed(0)} ms (ratio ${(painted / extraction).toFixed(2)}, target <= 1.5); keystroke to paint median ${[...keystrokes].sort((a, b) => a - b)[2]?.toFixed(0)} ms (target < 50)`,
      );
    }
  } finally {
    await app.close();
  }
}
