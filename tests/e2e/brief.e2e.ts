import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../helpers/docx';
import { launchApp, type RunningApp } from './app';
import {
  editor,
  insertFirst,
  newBrief,
  recordTexts,
  saved,
  search,
  textOf,
  textsOf,
  until,
} from './editing';

let app: RunningApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app?.close();
});

/** The words the compliance panel counts against the limit. */
async function wordsUsed(page: Page): Promise<number> {
  const label = await page
    .getByRole('region', { name: 'Compliance' })
    .getByText(/^[\d,]+ of [\d,]+ words$/)
    .textContent();
  return Number((label ?? '').split(' of ')[0]?.replace(/,/g, ''));
}

/** The count once it has settled (the panel recounts 300 ms after the last change). */
async function settledWordsUsed(page: Page): Promise<number> {
  let previous = await wordsUsed(page);
  for (let waited = 0; waited < 10_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const current = await wordsUsed(page);
    if (current === previous) return current;
    previous = current;
  }
  throw new Error('the word count did not settle within 10 s');
}

async function briefIdByTitle(title: string): Promise<number> {
  const list = await app.call('brief:list', {});
  const brief = (list.value as { id: number; title: string }[]).find((b) => b.title === title);
  if (!brief) throw new Error(`no brief titled ${title}`);
  return brief.id;
}

describe('drafting a brief', () => {
  it('opens on the demo brief with the Cece library', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Brief title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Brief title' }).inputValue()).toMatch(
      /Cece v\. Holder/,
    );
    await page.getByRole('heading', { name: 'Interest of Amicus Curiae' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Outline' }).textContent()).toContain(
      'Summary of Argument',
    );
  });

  it('inserts a citation found by search, keeps what was typed, and shows both after a reload', async () => {
    const { page } = app;
    await newBrief(page);
    await page.keyboard.type('The Board’s test was rejected in ');
    await insertFirst(page, 'Gatimi');
    await page.keyboard.type(' because persecuted groups hide.');
    await saved(page);
    const before = await textOf(editor(page));
    expect(before).toContain('Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)');

    await page.reload();
    await page.getByRole('button', { name: /^Untitled brief/ }).click();
    await editor(page).getByText('because persecuted groups hide.').waitFor();
    const after = await textOf(editor(page));
    expect(after).toContain('The Board’s test was rejected in ');
    expect(after).toContain('Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)');
    expect(after).toContain('because persecuted groups hide.');
  });

  it('inserts a fact with its record cite and a snippet with its citations', async () => {
    const { page } = app;
    await newBrief(page);
    await page.getByRole('radio', { name: 'Facts' }).click();
    await insertFirst(page, 'police dismissed');
    await editor(page).getByText('A.R. 118.').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Snippets' }).click();
    await insertFirst(page, 'Acosta standard');
    await editor(page)
      .getByText(/common, immutable characteristic/)
      .waitFor();
    const text = await textOf(editor(page));
    expect(text).toContain(
      'When she reported the assault, the police dismissed her complaint without any investigation. A.R. 118.',
    );
    expect(text).toContain('Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985)');
  });

  it('types curly quotation marks and apostrophes, as Word does', async () => {
    const { page } = app;
    await newBrief(page);
    await page.keyboard.type(
      `The Board's test asks whether a group is "socially visible." ('Visible' to whom?)`,
    );
    expect(await textOf(editor(page))).toBe(
      'The Board’s test asks whether a group is “socially visible.” (‘Visible’ to whom?)',
    );
  });

  it('edits a citation’s pin cite in place, and an authority edit updates every citation', async () => {
    const { page } = app;
    await newBrief(page);
    await insertFirst(page, 'Cardoza');
    await editor(page)
      .getByRole('button', { name: /^Citation: INS v\. Cardoza-Fonseca/ })
      .click();
    await page.getByRole('dialog', { name: 'Edit citation' }).getByLabel('Pin cite').fill('440');
    await page
      .getByRole('dialog', { name: 'Edit citation' })
      .getByRole('button', { name: 'Done' })
      .click();
    await editor(page).getByText('480 U.S. 421, 440 (1987)').waitFor();

    await search(page).fill('Cardoza');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Cardoza-Fonseca' })
      .getByRole('button', { name: 'Edit' })
      .click();
    // The full name as the court gives it; the citation writes the agency by its initials.
    await page
      .getByLabel('Case name')
      .fill('Immigration and Naturalization Service v. Cardoza Fonseca');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await editor(page).getByText('INS v. Cardoza Fonseca, 480 U.S. 421, 440 (1987)').waitFor();
  });

  it('formats each citation from its position (full, Id., short) and again when a citation is removed', async () => {
    const { page } = app;
    await newBrief(page);
    await insertFirst(page, 'Gatimi');
    await page.keyboard.type('. Again ');
    await insertFirst(page, 'Gatimi');
    await page.keyboard.type('. Then ');
    await insertFirst(page, 'Kasinga');
    await page.keyboard.type('. Finally ');
    await insertFirst(page, 'Gatimi');
    await page.keyboard.type('.');
    const chips = editor(page).getByRole('button', { name: /^Citation:/ });
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-label^="Citation:"]').length === 4,
    );
    // "Again id." is a textual sentence, not a citation sentence: id. stays lower case (Rule 4.1).
    expect(await textsOf(chips)).toEqual([
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'id',
      'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
      'Gatimi, 578 F.3d 611',
    ]);
    expect(await textOf(editor(page))).toContain('Again id. Then');

    // Removing the first citation makes the next Gatimi the first use: full again, and the last short.
    await chips.first().click();
    await page
      .getByRole('dialog', { name: 'Edit citation' })
      .getByRole('button', { name: 'Remove citation' })
      .click();
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-label^="Citation:"]').length === 3,
    );
    expect(await textsOf(chips)).toEqual([
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
      'Gatimi, 578 F.3d 611',
    ]);
    const cited = page.getByRole('region', { name: 'Cited authorities' });
    expect(await cited.getByRole('button', { name: /^Gatimi/ }).textContent()).toContain('2');
  });

  it('finds citations in pasted text and adds the new ones to the library', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Find citations…' }).click();
    await page
      .getByLabel('Text to search for citations')
      .fill(
        'See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009); Paloka v. Holder, 762 F.3d 191, 196 (2d Cir. 2014). Id. at 197.',
      );
    await page
      .getByText(
        '3 citations: 2 authorities (1 already in the library), 1 short form, Id. or supra.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Add 1 to library' }).click();
    await search(page).fill('Paloka');
    await page
      .getByRole('button', {
        name: /^Insert citation: Paloka v\. Holder, 762 F\.3d 191 \(2d Cir\. 2014\)/,
      })
      .waitFor();
  });

  it('offers to link a citation typed by hand, or to add it to the library first', async () => {
    const { page } = app;
    await newBrief(page);
    await page.keyboard.type(
      'The Seventh Circuit agreed. See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009).',
    );
    const suggestion = page.getByRole('region', { name: 'Citation suggestion' });
    await suggestion.getByText('is in the library.').waitFor();
    await suggestion.getByRole('button', { name: 'Link to library' }).click();
    await editor(page)
      .getByRole('button', {
        name: /^Citation: See Gatimi v\. Holder, 578 F\.3d 611, 615 \(7th Cir\. 2009\)/,
      })
      .waitFor();
    expect(await textOf(editor(page))).toBe(
      'The Seventh Circuit agreed. See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009).',
    );

    await editor(page).press('End');
    await page.keyboard.type(' Accord Paloka v. Holder, 762 F.3d 191, 196 (2d Cir. 2014).');
    await suggestion.getByText('is not in the library yet.').waitFor();
    await suggestion.getByRole('button', { name: 'Add to library and link' }).click();
    await editor(page)
      .getByRole('button', { name: /^Citation: Accord Paloka v\. Holder/ })
      .waitFor();
    await search(page).fill('Paloka');
    await page.getByRole('button', { name: /^Insert citation: Paloka v\. Holder/ }).waitFor();
  });

  it('checks the brief against its court’s rules as it is written', async () => {
    const { page } = app;
    await newBrief(page);
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance
      .getByText('Missing: Interest of Amicus Curiae, Summary of Argument, Argument, Conclusion')
      .waitFor();
    // An empty brief already counts the generated statements the filing places in its body.
    const before = await settledWordsUsed(page);
    expect(before).toBeGreaterThan(0);
    await page.keyboard.type('One two three. See Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009).');
    await compliance.getByText(`${before + 13} of 6,500 words`).waitFor();
    await compliance.getByText('1 citation typed as text, not linked').waitFor();
    // At rehearing the brief moves for leave (FRAP 29(b)(2)): its statement counts anew.
    await compliance.getByLabel('Court and stage').selectOption('frap-rehearing');
    await compliance.getByText(/ of 2,600 words$/).waitFor();
    expect(await wordsUsed(page)).toBeGreaterThan(before + 13);
  });

  it('writes footnotes in place, numbered, their citations and words counted', async () => {
    const { page } = app;
    await newBrief(page);
    const empty = await settledWordsUsed(page);
    await page.keyboard.type('She lived alone.');
    await until(async () => (await wordsUsed(page)) === empty + 3);
    const before = empty + 3;
    await page.getByRole('button', { name: 'Footnote' }).click();
    await page.keyboard.type('As the Board held. See ');
    await insertFirst(page, 'Acosta');
    await editor(page).press('Enter');
    await page.keyboard.type(' Nothing else was required.');
    // The second note in a paragraph of its own.
    await editor(page).press('Enter');
    await editor(page).press('Control+Alt+f');
    await page.keyboard.type('Id.');
    const footnotes = editor(page).locator('.doc-footnote');
    await until(async () => (await footnotes.count()) === 2);
    expect(await textOf(footnotes.first())).toBe(
      'As the Board held. See Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
    );
    expect(await footnotes.nth(1).textContent()).toBe('Id.');
    // Each note shows its number, in order, whichever block of the page holds it.
    const numbers = () =>
      footnotes.evaluateAll((notes) =>
        notes.map((note) => getComputedStyle(note, '::before').content),
      );
    await until(async () => (await numbers()).join() === '"1","2"');
    // Enter left the first footnote: the sentence after it is the body's.
    const paragraph = editor(page).locator('.doc-p').first();
    expect(await paragraph.evaluate((p) => p.lastChild?.textContent)).toBe(
      ' Nothing else was required.',
    );
    // Counted: the note's 5 words and the 29 of its full citation with its subsequent history,
    // 4 in the body, 1 in the second note.
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByText(`${before + 5 + 29 + 4 + 1} of 6,500 words`).waitFor();
    // An empty footnote goes with one Backspace.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await until(async () => (await footnotes.count()) === 1);
    await saved(page);
    await page.reload();
    await page.getByRole('button', { name: /^Untitled brief/ }).click();
    await until(async () => (await editor(page).locator('.doc-footnote').count()) === 1);
  });

  it('shows the court’s rules with their sources and lets this brief set its own figures', async () => {
    const { page } = app;
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByText(/of 7,000 words$/).waitFor();
    await compliance.getByRole('button', { name: 'Court rules…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Court rules: Seventh Circuit, merits/ });
    await dialog.getByText('Circuit Rule 26.1 form').waitFor();
    await dialog
      .getByText(/Cir\. R\. 29/)
      .first()
      .waitFor();
    await dialog.getByLabel('Body type size (points)').fill('30');
    await dialog.getByRole('button', { name: 'Save for this brief' }).click();
    await dialog.getByText(/^Body type size: /).waitFor();
    await dialog.getByLabel('Body type size (points)').fill('');
    await dialog.getByLabel('Word limit (words)').fill('9000');
    await dialog.getByRole('button', { name: 'Save for this brief' }).click();
    await compliance.getByText(/of 9,000 words$/).waitFor();
    // A limit above the court's, with no order or leave named, is not certified.
    await compliance.getByText(/The limit of 9,000 words set for this brief is above/).waitFor();
    await compliance.getByRole('button', { name: 'Court rules (changed for this brief)…' }).click();
    await dialog.getByLabel('Word limit (words)').fill('');
    // 10-point Comic Sans breaks FRAP 32(a)(5) and Circuit Rule 32(b): flagged, never certified.
    await dialog.getByLabel('Body type size (points)').fill('10');
    await dialog.getByLabel('Typeface').fill('Comic Sans MS');
    await dialog.getByRole('button', { name: 'Save for this brief' }).click();
    await compliance.getByText(/of 7,000 words$/).waitFor();
    await compliance.getByText(/^Body type of 10 points is smaller than the 12 points/).waitFor();
    await compliance.getByText(/^Comic Sans MS is a face without serifs/).waitFor();
    await compliance.getByRole('button', { name: 'Preview the generated parts' }).click();
    const certificate = page.getByRole('region', { name: 'Certificate of Compliance' });
    await certificate.getByText(/^\[Not certified: Body type of 10 points/).waitFor();
    expect(await textOf(certificate)).not.toContain('Comic Sans MS because');
  });

  it('keeps the brief’s details and says which are still missing', async () => {
    const { page } = app;
    await newBrief(page);
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance
      .getByText(/Details missing: docket number, court, caption, amicus name/)
      .waitFor();
    await page.getByRole('button', { name: 'Brief details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Brief details' });
    await dialog.getByLabel('Docket number').fill('No. 13-2456');
    await dialog.getByLabel('Petitioner / appellant').fill('A.B.');
    await dialog.getByLabel('Respondent / appellee').fill('Merrick B. Garland, Attorney General');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await compliance.getByText(/Details missing: court, amicus name/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Untitled brief/ }).click();
    await page.getByRole('button', { name: 'Brief details…' }).click();
    expect(
      await page
        .getByRole('dialog', { name: 'Brief details' })
        .getByLabel('Docket number')
        .inputValue(),
    ).toBe('No. 13-2456');
  });

  it('starts a new brief for a chosen court with FRAP 29(a)(4)’s written sections in order', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New brief' }).click();
    const dialog = page.getByRole('dialog', { name: 'New brief' });
    await dialog.getByLabel('Title').fill('Second Circuit rehearing brief');
    await dialog.getByLabel('Court and stage').selectOption('ca2-rehearing');
    await dialog.getByRole('button', { name: 'Create brief' }).click();
    // The demo brief's outline has the same headings: wait for the new brief to be the open one.
    await page
      .getByRole('textbox', { name: 'Brief title' })
      .and(page.locator('[value="Second Circuit rehearing brief"]'))
      .waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('nav[aria-label="Outline"] button').length === 3,
    );
    const outline = page.getByRole('navigation', { name: 'Outline' });
    expect(await outline.getByRole('button').allTextContents()).toEqual([
      'Interest of Amicus Curiae',
      'Argument',
      'Conclusion',
    ]);
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByText('Written sections present').waitFor();
    await compliance.getByText(/of 2,600 words/).waitFor();
    expect(await compliance.getByLabel('Court and stage').inputValue()).toBe('ca2-rehearing');
  });

  it('previews the parts built from the brief’s details', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Preview the generated parts' }).click();
    const cover = page.getByRole('region', { name: 'Cover' });
    await cover
      .getByText(
        'BRIEF OF AMICUS CURIAE NATIONAL IMMIGRANT JUSTICE CENTER IN SUPPORT OF PETITIONER AND REVERSAL',
      )
      .waitFor();
    await page
      .getByRole('region', { name: 'Rule 29(a)(4)(E) Statement' })
      .getByText(/^No party’s counsel authored this brief/)
      .waitFor();
    // The tables, built from the body: headings in the filing's order, authorities by category.
    const contents = page.getByRole('region', { name: 'Table of Contents' });
    const entries = await contents.locator('.generated__entry').allTextContents();
    expect(entries.slice(0, 4)).toEqual([
      'Table of Authorities',
      'Interest of Amicus Curiae',
      'Rule 29(a)(4)(E) Statement',
      'Summary of Argument',
    ]);
    expect(entries.at(-1)).toBe('Certificate of Service');
    const authorities = page.getByRole('region', { name: 'Table of Authorities' });
    await authorities.getByText('Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)').waitFor();
    for (const category of ['Cases', 'Statutes', 'Regulations', 'Other Authorities'])
      await authorities.getByText(category, { exact: true }).waitFor();
    // The certificate states the number the compliance panel counts, once the body is counted.
    await until(async () => (await wordsUsed(page)) > 1000);
    const used = await wordsUsed(page);
    await page
      .getByRole('region', { name: 'Certificate of Compliance' })
      .getByText(`32(f), it contains ${used.toLocaleString('en-US')} words`)
      .waitFor();
  });

  it('refuses to delete an authority a brief cites, naming the brief', async () => {
    const { page } = app;
    await search(page).fill('Gatimi');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Gatimi v. Holder' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByRole('button', { name: 'Delete authority' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this authority?' })
      .getByRole('button', { name: 'Delete authority' })
      .click();
    const alert = page.getByRole('alert').filter({ hasText: 'cited in' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /cited in “Cece v\. Holder — Brief of Amicus Curiae NIJC/,
    );
  });

  it('creates, renames and deletes briefs with confirmation', async () => {
    const { page } = app;
    await newBrief(page);
    const title = page.getByRole('textbox', { name: 'Brief title' });
    await title.fill('Second Circuit rehearing');
    await title.press('Enter');
    await page.getByRole('button', { name: /^Second Circuit rehearing/ }).waitFor();
    await page.getByRole('button', { name: 'Delete brief Second Circuit rehearing' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this brief?' })
      .getByRole('button', { name: 'Delete brief' })
      .click();
    await page
      .getByRole('button', { name: /^Second Circuit rehearing/ })
      .waitFor({ state: 'detached' });
  });

  it('regression: opening a brief never shows it as changed', async () => {
    const { page } = app;
    await newBrief(page);
    const statuses = await recordTexts(page, '.save-status');
    await page.getByRole('button', { name: /^Cece v\. Holder — Brief/ }).click();
    await editor(page).getByText('INTEREST OF AMICUS CURIAE').waitFor();
    await page.getByText('All changes saved').waitFor();
    // Past the autosave's pause, when a spurious change would have been saved.
    await page.waitForTimeout(1500);
    expect((await statuses()).filter((status) => status !== 'All changes saved')).toEqual([]);
  });

  it('updates the brief list from what a save returns, never reading every brief again', async () => {
    const { page } = app;
    await newBrief(page);
    const calls: string[] = [];
    page.on('request', (request) => {
      const channel = /\/api\/(brief:(?:save-blocks|list))$/.exec(request.url())?.[1];
      if (channel) calls.push(channel);
    });
    await page.keyboard.type('Saved without a list. ');
    await page.getByText('All changes saved').waitFor();
    await until(async () => calls.includes('brief:save-blocks'));
    await page.getByText('All changes saved').waitFor();
    expect(calls.filter((channel) => channel === 'brief:list')).toEqual([]);
    await page.getByRole('button', { name: /^Untitled brief/ }).waitFor();
  });

  it('exports a .docx that holds the typed sentence and the citation', async () => {
    const { page } = app;
    await newBrief(page);
    const empty = await settledWordsUsed(page);
    await page.keyboard.type('Social visibility was rejected. ');
    await insertFirst(page, 'Gatimi');
    // 4 words typed and the 9 of the full citation.
    await until(async () => (await wordsUsed(page)) === empty + 13);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Untitled brief.docx');
    const text = (await docxParagraphs(readFileSync((await download.path())!))).join('\n');
    expect(text).toContain(
      'Social visibility was rejected. Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
    );
    // The certificate in the file states the count the compliance panel showed.
    expect(text).toContain(`32(f), it contains ${empty + 13} words`);
  });

  it('regression: restores a version in place, the editor shows it, and typing goes on from it', async () => {
    const { page } = app;
    await newBrief(page);
    // The first save keeps a version; what is typed after it is not kept until the next.
    await page.keyboard.type('Kept as first written.');
    await saved(page);
    await page.keyboard.type(' Then rewritten.');
    await saved(page);
    // Opened again, a new session: its first save keeps the brief as it was opened.
    await page.reload();
    await page.getByRole('button', { name: /^Untitled brief/ }).click();
    await editor(page).getByText('Kept as first written. Then rewritten.').waitFor();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' And again.');
    await saved(page);
    await page.getByRole('button', { name: 'History…' }).click();
    const history = page.getByRole('dialog', { name: /^History of/ });
    await history.getByRole('list', { name: 'Versions' }).getByRole('button').last().click();
    await history.getByLabel('Version text').getByText('Kept as first written.').waitFor();
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await page
      .getByRole('dialog', { name: 'Restore this version?' })
      .getByRole('button', { name: 'Restore version' })
      .click();
    await until(async () => (await textOf(editor(page))).trim() === 'Kept as first written.');
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed after.');
    await saved(page);
    const briefId = await briefIdByTitle('Untitled brief');
    await until(async () => {
      const brief = (await app.call('brief:get', { id: briefId })).value as { content: string };
      return brief.content.includes('Kept as first written. Typed after.');
    });
  });

  it('keeps what was typed the instant before the tab closed, and saves it when the page is back', async () => {
    const { page } = app;
    await newBrief(page);
    await page.keyboard.type('Typed just before closing.');
    // The page asks before it goes with changes unsaved; the attorney leaves anyway.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(await app.stopHost()).toBe(0);

    await app.restartHost();
    const reopened = await app.browser.contexts()[0]!.newPage();
    await app.openIn(reopened);
    await reopened.getByRole('button', { name: /^Untitled brief/ }).click();
    await editor(reopened).getByText('Typed just before closing.').waitFor();
    const briefId = await briefIdByTitle('Untitled brief');
    await until(async () =>
      JSON.stringify(await app.call('brief:get', { id: briefId })).includes(
        'Typed just before closing.',
      ),
    );
  });
});
