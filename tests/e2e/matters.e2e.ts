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
const briefs = (page: Page) => page.getByRole('region', { name: 'Briefs' });
const editorText = async (page: Page) =>
  ((await editor(page).textContent()) ?? '').replaceAll('\u00a0', ' ');

async function newMatter(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New matter' }).click();
  const dialog = page.getByRole('dialog', { name: 'New matter' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create matter' }).click();
  await briefs(page).getByRole('heading', { name }).waitFor();
}

describe('matters and a follow-on brief', () => {
  it('duplicates the Cece brief into a new matter for the Second Circuit at rehearing', async () => {
    const { page } = app;
    await editor(page).getByText('INTEREST OF AMICUS CURIAE').waitFor();
    await newMatter(page, 'Hoxha v. Garland');

    await page.getByRole('button', { name: 'Duplicate brief' }).click();
    const dialog = page.getByRole('dialog', { name: 'Duplicate brief' });
    await dialog.getByLabel('Title').fill('Hoxha v. Garland — rehearing');
    await dialog.getByLabel('Matter').selectOption({ label: 'Hoxha v. Garland' });
    await dialog.getByLabel('Court and stage').selectOption('ca2-rehearing');
    await dialog.getByLabel('Citation style').selectOption('bluebook');
    await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();

    // The copy is open, in its matter, under the new court's profile and style.
    await page
      .getByRole('textbox', { name: 'Brief title' })
      .and(page.locator('[value="Hoxha v. Garland — rehearing"]'))
      .waitFor();
    await briefs(page)
      .getByRole('list', { name: 'Hoxha v. Garland' })
      .getByRole('button', { name: /^Hoxha v\. Garland — rehearing/ })
      .waitFor();
    expect(await page.getByLabel('Matter of this brief').inputValue()).not.toBe('');
    const compliance = page.getByRole('region', { name: 'Compliance' });
    expect(await compliance.getByLabel('Court and stage').inputValue()).toBe('ca2-rehearing');
    await compliance.getByText(/ of 2,600 words$/).waitFor();
    // Bluebook forms: the Board's decisions read "In re", not "Matter of" (Rule 10.2.1(b)).
    await editor(page).getByText('In re Acosta', { exact: false }).first().waitFor();
    expect(await editorText(page)).not.toContain('Matter of Acosta');

    // The earlier case's details are cleared and flagged; who files came along.
    await compliance.getByText(/Copied from another brief/).waitFor();
    await compliance.getByRole('button', { name: 'Review details' }).click();
    const details = page.getByRole('dialog', { name: 'Brief details' });
    await details
      .getByRole('note')
      .getByText(/cleared as belonging to that case: docket number, caption/)
      .waitFor();
    expect(await details.getByLabel('Docket number').inputValue()).toBe('');
    expect(await details.getByLabel('Petitioner / appellant').inputValue()).toBe('');
    expect(await details.getByLabel('Name').first().inputValue()).toBe(
      'National Immigrant Justice Center',
    );
    await details.getByLabel('I have reviewed these details for this case').check();
    await details.getByRole('button', { name: 'Save' }).click();
    await compliance.getByText(/Copied from another brief/).waitFor({ state: 'detached' });

    // The original is untouched.
    await briefs(page)
      .getByRole('button', { name: /^Cece v\. Holder — Brief of Amicus/ })
      .click();
    await editor(page).getByText('Matter of Acosta', { exact: false }).first().waitFor();
    expect(await compliance.getByLabel('Court and stage').inputValue()).toBe('ca7-merits');
  });

  it('keeps one matter’s facts out of another’s brief unless all matters are asked for', async () => {
    const { page } = app;
    await editor(page).getByText('INTEREST OF AMICUS CURIAE').waitFor();
    await newMatter(page, 'Hoxha v. Garland');
    await page.getByRole('button', { name: '+ Fact' }).click();
    const fact = page.getByRole('dialog', { name: 'New fact' });
    await fact.getByLabel('Matter').selectOption({ label: 'Hoxha v. Garland' });
    await fact
      .getByRole('textbox', { name: 'Fact', exact: true })
      .fill('Her uncle arranged a marriage she refused.');
    await fact.getByRole('button', { name: 'Save' }).click();

    // The open brief is Cece's: its search does not show Hoxha's fact.
    await page.getByRole('searchbox', { name: 'Search library' }).fill('uncle arranged');
    await page.getByText('Nothing in this matter or General matches.').waitFor();
    await page.getByRole('radio', { name: 'All matters' }).click();
    const hit = page.getByRole('listitem').filter({ hasText: 'Her uncle arranged' });
    await hit.getByText('from Hoxha v. Garland').waitFor();
  });

  it('refuses to delete a matter that holds a brief, archives it, and removes the sample alone', async () => {
    const { page } = app;
    await editor(page).getByText('INTEREST OF AMICUS CURIAE').waitFor();
    await newMatter(page, 'Hoxha v. Garland');
    await page.getByRole('button', { name: 'Duplicate brief' }).click();
    const duplicate = page.getByRole('dialog', { name: 'Duplicate brief' });
    await duplicate.getByLabel('Title').fill('Hoxha rehearing');
    await duplicate.getByLabel('Matter').selectOption({ label: 'Hoxha v. Garland' });
    await duplicate.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await page
      .getByRole('textbox', { name: 'Brief title' })
      .and(page.locator('[value="Hoxha rehearing"]'))
      .waitFor();

    await page.getByRole('button', { name: 'Edit matter Hoxha v. Garland' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit matter' });
    await edit.getByRole('button', { name: 'Delete matter' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this matter?' })
      .getByRole('button', { name: 'Delete matter' })
      .click();
    await edit
      .getByRole('alert')
      .getByText('“Hoxha v. Garland” still holds 1 brief. Move or delete them first', {
        exact: false,
      })
      .waitFor();
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // The sample goes; the user's brief, citing sample authorities, stays whole.
    await briefs(page).getByRole('button', { name: 'Remove sample…' }).click();
    await page
      .getByRole('dialog', { name: 'Remove the sample?' })
      .getByRole('button', { name: 'Remove sample' })
      .click();
    await page.getByText(/^Removed the sample: 1 brief, \d+ facts, \d+ snippets/).waitFor();
    await briefs(page).getByRole('heading', { name: 'Cece v. Holder' }).waitFor({
      state: 'detached',
    });
    await editor(page).getByText('Matter of Acosta', { exact: false }).first().waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Compliance' })
        .getByText('Every citation linked to the library')
        .count(),
    ).toBe(1);

    // Archived: out of the list, one click away.
    await page.getByRole('button', { name: 'Matters…' }).click();
    const matters = page.getByRole('dialog', { name: 'Matters' });
    await matters
      .getByRole('listitem')
      .filter({ hasText: 'Hoxha v. Garland' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await matters.getByText('Archived', { exact: true }).waitFor();
    await matters.getByRole('button', { name: 'Close' }).click();
    await briefs(page).getByRole('button', { name: 'Archived matters (1)' }).waitFor();
  });
});
