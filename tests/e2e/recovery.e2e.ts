import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorState, paragraph, text } from '../../src/shared/brief/editor-json';
import { launchApp, type RunningApp } from './app';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

const editor = (app: RunningApp) => app.page.getByRole('textbox', { name: 'Brief editor' });

async function until(condition: () => Promise<boolean>, seconds = 20): Promise<void> {
  for (let waited = 0; waited < seconds * 1000; waited += 100) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${seconds} s`);
}

async function created(title: string, content: string): Promise<number> {
  const made = await app.call('brief:create', { title });
  const id = (made.value as { id: number }).id;
  await app.call('brief:save', { id, content });
  return id;
}

const savedText = async (id: number) => {
  const brief = (await app.call('brief:get', { id })).value as { content: string };
  return [...brief.content.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)]
    .map((match) => JSON.parse(`"${match[1] ?? ''}"`) as string)
    .join('');
};

describe('a brief the editor cannot read as stored', () => {
  it('opens with its unknown parts as text and a notice, and the other briefs stay reachable (regression)', async () => {
    const odd = JSON.stringify({
      root: {
        ...editorState([]).root,
        children: [
          {
            type: 'text',
            version: 1,
            text: 'Loose words.',
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
          { type: 'table-from-the-future', version: 1, children: [paragraph(text('Cell text.'))] },
        ],
      },
    });
    await created('From a newer Amicus', odd);
    await created('Not even JSON', '{"root": {"children": [oops');
    await app.page.reload();
    // The newest brief opens first: the unreadable one, shown as a recovery view.
    await app.page.getByText('“Not even JSON” could not be opened in the editor').waitFor();
    await app.page.getByRole('button', { name: /^From a newer Amicus/ }).click();
    await app.page.getByText(/could not be read as written/).waitFor();
    await editor(app).getByText('Loose words.').waitFor();
    await editor(app).getByText('Cell text.').waitFor();
    await app.page.getByRole('button', { name: /^Cece v\. Holder/ }).click();
    await editor(app).getByText('Summary of Argument').first().waitFor();
  });
});

describe('the library process killed while the attorney types', () => {
  it(
    'loses nothing typed, and leaves a sound library, in 20 trials',
    { timeout: 600_000 },
    async () => {
      const { page } = app;
      const id = await created('Drill', '');
      await page.reload();
      await page.getByRole('button', { name: /^Drill/ }).click();
      let typed = '';
      const lost: number[] = [];
      for (let trial = 1; trial <= 20; trial++) {
        await editor(app).click();
        await page.keyboard.press('Control+End');
        const chunk = `Trial ${trial} types on while Amicus is killed. `;
        const killAt = 50 + Math.floor(Math.random() * 800);
        const killing = new Promise<void>((resolve) =>
          setTimeout(() => void app.killHost().then(resolve), killAt),
        );
        await page.keyboard.type(chunk, { delay: 15 });
        typed += chunk;
        await killing;
        // The library as the crash left it is whole.
        const db = new Database(join(app.dataDir, 'library.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
        // The page kept what could not be saved; the restarted host gets it.
        // The banner, not a toast of a call that failed meanwhile and says the same.
        await page
          .getByRole('alert')
          .and(page.locator('.connection-banner'))
          .filter({ hasText: /Amicus is not running/ })
          .waitFor();
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await app.restartHost();
        await app.openIn(page);
        await until(async () => (await savedText(id)) === typed);
        const saved = await savedText(id);
        expect(typed.startsWith(saved)).toBe(true);
        lost.push(typed.length - saved.length);
      }
      expect(Math.max(...lost)).toBe(0);
      console.log(`kill drill: 20 trials, characters lost per trial: ${lost.join(', ')}`);
    },
  );
});
