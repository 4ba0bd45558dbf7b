import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
  TEXT_FORMAT,
} from '../../src/shared/brief/editor-json';
import type { SearchHit } from '../../src/shared/library';
import { docxPart, textOf as xmlText } from '../helpers/docx';
import { convertWithLibreOffice } from '../helpers/pdf';
import { launchApp, type RunningApp } from './app';
import { editor, insertFirst, newBrief, textOf, textsOf, until } from './editing';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
  await app.page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});
afterEach(async () => {
  await app?.close();
});

const chips = (page: Page) => editor(page).getByRole('button', { name: /^Citation:/ });
const footnotes = (page: Page) => editor(page).locator('.doc-footnote');
const readable = (value: string) => value.replaceAll('\u00a0', ' ');

/** The passage's citations as the source brief shows them (federal practice style). */
const PASSAGE_CITATIONS = [
  'See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009)',
  'Id. at 616',
  'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
  'Gatimi, 578 F.3d at 617',
  'Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985), overruled in part on other grounds by' +
    ' Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
];
const PASSAGE_TEXT =
  'The Board’s test fails. See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009). Social' +
  ' visibility is not required. Id. at 616. The Board agreed in Matter of Kasinga, 21 I. & N. Dec.' +
  ' 357 (BIA 1996), and the court said so again. Gatimi, 578 F.3d at 617.[2]\n\n[2] As the Board' +
  ` held long ago. ${PASSAGE_CITATIONS[4]}`;

async function authorityId(name: string): Promise<number> {
  const found = await app.call('library:search', { text: name, types: ['authority'] });
  const hit = (found.value as SearchHit[]).find(
    (candidate) => candidate.type === 'authority' && candidate.authority.name === name,
  );
  if (hit?.type !== 'authority') throw new Error(`no authority named ${name}`);
  return hit.authority.id;
}

/**
 * Opens a brief whose second paragraph has a full cite under a signal, italics, an Id., a full
 * and a short cite and a footnote (the brief's second) holding a citation.
 */
async function openSourceBrief(page: Page): Promise<void> {
  const gatimi = await authorityId('Gatimi v. Holder');
  const kasinga = await authorityId('Matter of Kasinga');
  const acosta = await authorityId('Matter of Acosta');
  const created = await app.call('brief:create', { title: 'Source brief' });
  const content = editorState([
    paragraph(text('Background.'), footnote(text('An earlier note.'))),
    paragraph(
      text('The Board’s test fails. '),
      citation({ authorityId: gatimi, signal: 'See', pin: '615' }),
      text('. '),
      text('Social visibility', TEXT_FORMAT.italic),
      text(' is not required. '),
      citation({ authorityId: gatimi, pin: '616' }),
      text('. The Board agreed in '),
      citation({ authorityId: kasinga }),
      text(', and the court said so again. '),
      citation({ authorityId: gatimi, pin: '617' }),
      text('.'),
      footnote(text('As the Board held long ago. '), citation({ authorityId: acosta, pin: '233' })),
    ),
  ]);
  const id = (created.value as { id: number }).id;
  expect((await app.call('brief:save', { id, content: JSON.stringify(content) })).ok).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: /^Source brief/ }).click();
  await editor(page).getByText('As the Board held long ago.').waitFor();
  expect(await textsOf(chips(page))).toEqual(PASSAGE_CITATIONS);
}

/**
 * Selects the brief's second paragraph (from its `fromCitation`th citation, if given) as a drag
 * would, and waits until the editor has taken the selection in.
 */
async function selectPassage(page: Page, fromCitation?: number): Promise<void> {
  await editor(page).focus();
  await page.evaluate(
    (from) =>
      new Promise<void>((resolve) => {
        const passage = document.querySelectorAll('.page__content > .doc-p')[1];
        if (!passage) throw new Error('no passage');
        const range = document.createRange();
        range.selectNodeContents(passage);
        const start =
          from === null ? null : passage.querySelectorAll(':scope > .citation-node')[from];
        if (start) range.setStartBefore(start);
        // Lexical reads the selection on selectionchange; its update is committed a task later.
        document.addEventListener('selectionchange', () => setTimeout(resolve), { once: true });
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }),
    fromCitation ?? null,
  );
}

interface Clip {
  html: string;
  text: string;
}

/**
 * Copies with Ctrl+C. Returns what the copy event put on the clipboard (what another program
 * pasting gets) and what the clipboard then holds, read back with the Clipboard API.
 */
async function copy(page: Page): Promise<{ copied: Clip; clipboard: Clip }> {
  await page.evaluate(() => {
    const copied = window as unknown as { copied?: Clip };
    delete copied.copied;
    // After the editor's own handler, which is the editable root's.
    document.addEventListener(
      'copy',
      (event) => {
        copied.copied = {
          html: event.clipboardData?.getData('text/html') ?? '',
          text: event.clipboardData?.getData('text/plain') ?? '',
        };
      },
      { once: true },
    );
  });
  await page.keyboard.press('Control+c');
  const copied = (await (
    await page.waitForFunction(() => (window as unknown as { copied?: Clip }).copied)
  ).jsonValue()) as Clip;
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item?.types.includes(type) ? await (await item.getType(type)).text() : '';
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  return { copied, clipboard };
}

/** Replaces the clipboard with HTML and text alone, as a passage mailed or kept elsewhere is. */
async function putOnClipboard(page: Page, clip: Clip): Promise<void> {
  await page.evaluate(
    ({ html, text }) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]),
    clip,
  );
}

/** The parts of copied HTML a reader meets, read as a browser parses them. */
function readHtml(page: Page, html: string) {
  return page.evaluate((markup) => {
    const clip = new DOMParser().parseFromString(markup, 'text/html');
    const texts = (selector: string) =>
      [...clip.querySelectorAll(selector)].map((element) => element.textContent ?? '');
    return {
      citations: texts('[data-amicus-authority]'),
      italics: texts('i'),
      marks: texts('a.sdfootnoteanc'),
      notes: texts('[data-amicus-note]'),
    };
  }, html);
}

describe('copying and pasting a brief’s passage', () => {
  it('puts it on the clipboard as it reads: citations in their forms with their italics, the footnote as a note', async () => {
    const { page } = app;
    await openSourceBrief(page);
    await selectPassage(page);
    const { copied, clipboard } = await copy(page);

    const html = await readHtml(page, copied.html);
    expect(html.citations.map(readable)).toEqual(PASSAGE_CITATIONS);
    expect(html.italics.map(readable)).toEqual([
      'See',
      'Gatimi v. Holder',
      'Social visibility',
      'Id.',
      'Matter of Kasinga',
      'Gatimi',
      'Matter of Acosta',
      'overruled in part on other grounds by',
      'Matter of Mogharrabi',
    ]);
    expect(html.marks).toEqual(['2']);
    expect(html.notes.map(readable)).toEqual([
      `2 As the Board held long ago. ${PASSAGE_CITATIONS[4]}`,
    ]);
    expect(readable(copied.text)).toBe(PASSAGE_TEXT);
    // The system clipboard holds it: another program reads the same text and citations.
    expect(clipboard.text).toBe(copied.text);
    expect((await readHtml(page, clipboard.html)).citations).toEqual(html.citations);
  });

  it('pastes it into another brief as live citations and footnote, from Amicus’s own copy and from its HTML alone', async () => {
    const { page } = app;
    await openSourceBrief(page);
    await selectPassage(page);
    const { copied } = await copy(page);

    await newBrief(page);
    await page.keyboard.press('Control+v');
    await editor(page).getByText('As the Board held long ago.').waitFor();
    expect(await textsOf(chips(page))).toEqual(PASSAGE_CITATIONS);
    expect(await footnotes(page).count()).toBe(1);

    // Without the editor's own copy on the clipboard, the citations come back from the HTML.
    await putOnClipboard(page, copied);
    await newBrief(page);
    await page.keyboard.press('Control+v');
    await editor(page).getByText('As the Board held long ago.').waitFor();
    expect(await textsOf(chips(page))).toEqual(PASSAGE_CITATIONS);
    expect(await textOf(editor(page).locator('.doc-italic'))).toBe('Social visibility');
    expect(await textOf(footnotes(page))).toBe(
      `As the Board held long ago. ${PASSAGE_CITATIONS[4]}`,
    );
    // Each citation can be edited in place: it is live, not text.
    await chips(page).nth(2).click();
    await page.getByRole('dialog', { name: 'Edit citation' }).getByLabel('Pin cite').fill('365');
    await page
      .getByRole('dialog', { name: 'Edit citation' })
      .getByRole('button', { name: 'Done' })
      .click();
    await until(
      async () =>
        (await textsOf(chips(page)))[2] ===
        'Matter of Kasinga, 21 I. & N. Dec. 357, 365 (BIA 1996)',
    );
  });

  it('gives a copied Id. as it reads, and a paste where it is the first use makes it the full citation', async () => {
    const { page } = app;
    await openSourceBrief(page);
    await selectPassage(page, 1);
    const { copied } = await copy(page);
    expect(readable(copied.text)).toMatch(/^Id\. at 616\. The Board agreed in Matter of Kasinga/);

    await newBrief(page);
    await page.keyboard.press('Control+v');
    await editor(page).getByText('As the Board held long ago.').waitFor();
    expect(await textsOf(chips(page))).toEqual([
      'Gatimi v. Holder, 578 F.3d 611, 616 (7th Cir. 2009)',
      ...PASSAGE_CITATIONS.slice(2),
    ]);
  });

  it(
    'reads in LibreOffice with its italics and a real footnote',
    { timeout: 150_000 },
    async () => {
      const { page } = app;
      await openSourceBrief(page);
      await selectPassage(page);
      const { copied } = await copy(page);

      const folder = mkdtempSync(join(tmpdir(), 'amicus-clip-'));
      try {
        const file = join(folder, 'clip.html');
        writeFileSync(
          file,
          `<html><head><meta charset="utf-8"></head><body>${copied.html}</body></html>`,
        );
        const docx = readFileSync(
          convertWithLibreOffice(file, folder, 'docx', 'HTML (StarWriter)'),
        );
        const body = await docxPart(docx);
        const notes = await docxPart(docx, 'word/footnotes.xml');
        const italic = (xml: string) =>
          [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<\/w:r>/gs)]
            .filter((run) => /<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(run[0]))
            .map((run) => xmlText(run[0]));
        expect(xmlText(body)).toContain(readable(PASSAGE_TEXT.split('[2]')[0] ?? ''));
        expect(italic(body)).toEqual(
          expect.arrayContaining(['See', 'Gatimi v. Holder', 'Social visibility', 'Id.', 'Gatimi']),
        );
        expect(body).toMatch(/<w:footnoteReference w:id="\d+"\/>/);
        expect(xmlText(notes)).toContain(`As the Board held long ago. ${PASSAGE_CITATIONS[4]}`);
        expect(italic(notes)).toEqual(expect.arrayContaining(['Matter of Acosta']));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});

describe('a selection saved as a snippet', () => {
  it('keeps its citations and footnote live, in another brief and inside a footnote', async () => {
    const { page } = app;
    await openSourceBrief(page);
    await selectPassage(page);
    await page.getByRole('button', { name: 'Save selection as snippet' }).click();
    const dialog = page.getByRole('dialog', { name: 'New snippet' });
    await dialog.getByText('As the Board held long ago.').waitFor();
    await dialog.getByLabel('Title').fill('Visibility passage');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // Inserted in a footnote, the snippet's text goes into the note, its own footnote in brackets.
    await newBrief(page);
    await page.keyboard.type('The passage bears repeating.');
    await editor(page).press('Control+Alt+f');
    await page.keyboard.type('Compare: ');
    await page.getByRole('radio', { name: 'Snippets' }).click();
    await insertFirst(page, 'Visibility passage');
    const note = footnotes(page).first();
    await until(async () => (await note.getByRole('button', { name: /^Citation:/ }).count()) === 5);
    expect(await textOf(note)).toBe(`Compare: ${PASSAGE_TEXT.replace('[2]\n\n[2] ', ' [')}]`);
    expect(await footnotes(page).count()).toBe(1);
    expect(await editor(page).locator('.doc-p').count()).toBe(1);

    // A fact inserted there lands in the note too.
    await page.getByRole('radio', { name: 'Facts' }).click();
    await insertFirst(page, 'police dismissed');
    await until(async () => (await textOf(note)).endsWith('without any investigation. A.R. 118.'));
    expect(await footnotes(page).count()).toBe(1);

    // Out of the note, the snippet comes with its footnote, its citations live.
    await editor(page).press('Enter');
    await page.getByRole('radio', { name: 'Snippets' }).click();
    await insertFirst(page, 'Visibility passage');
    await until(async () => (await footnotes(page).count()) === 2);
    expect(await chips(page).count()).toBe(10);
    expect(await textOf(footnotes(page).nth(1))).toMatch(/^As the Board held long ago\. Acosta/);
  });
});
