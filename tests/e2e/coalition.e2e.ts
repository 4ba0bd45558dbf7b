import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
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

const AMICI = ['National Immigrant Justice Center', 'Tahirih Justice Center', 'Human Rights First'];
const COUNSEL = [
  {
    name: 'Mary Meg McCarthy',
    firm: 'National Immigrant Justice Center',
    address: '208 S. LaSalle Street, Suite 1818\nChicago, IL 60604',
    telephone: '(312) 660-1370',
  },
  {
    name: 'Jordan Volunteer',
    firm: 'Volunteer Firm LLP',
    address: '1 Main Street\nNew York, NY 10001',
    telephone: '(212) 555-0100',
  },
];

async function fill(group: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values))
    await group.getByLabel(label, { exact: true }).fill(value);
}

describe('a Second Circuit rehearing brief for three amici with two counsel', () => {
  it('files by leave, names every amicus and counsel, and agrees in number throughout', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New brief' }).click();
    const created = page.getByRole('dialog', { name: 'New brief' });
    await created.getByLabel('Title').fill('Hoxha rehearing');
    await created.getByLabel('Court and stage').selectOption('ca2-rehearing');
    await created.getByRole('button', { name: 'Create brief' }).click();
    await page
      .getByRole('textbox', { name: 'Brief title' })
      .and(page.locator('[value="Hoxha rehearing"]'))
      .waitFor();

    await page.getByRole('button', { name: 'Brief details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Brief details' });
    await fill(dialog, {
      'Docket number': 'No. 14-1234',
      'Filing date': '2026-12-14',
      'Petitioner / appellant': 'Arta Hoxha',
      'Respondent / appellee': 'Merrick B. Garland, Attorney General',
      'Party supported': 'Petitioner',
    });
    // Consent is no route at rehearing (FRAP 29(b)(2)): only leave or a government's right.
    const routes = await dialog.getByLabel('Authority to file').locator('option').allTextContents();
    expect(routes.some((route) => route.startsWith('All parties consented'))).toBe(false);
    for (const [index, name] of AMICI.entries()) {
      await dialog.getByRole('button', { name: '+ Amicus' }).click();
      await fill(dialog.locator('fieldset').nth(index), { Name: name });
    }
    for (const [index, counsel] of COUNSEL.entries()) {
      await dialog.getByRole('button', { name: '+ Counsel' }).click();
      await fill(dialog.locator('fieldset').nth(AMICI.length + index), {
        Name: counsel.name,
        'Firm or organization': counsel.firm,
        'Office address': counsel.address,
        Telephone: counsel.telephone,
      });
    }
    await dialog.getByLabel(/author the brief/).selectOption('no');
    await dialog.getByLabel(/contribute money/).selectOption('no');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    // The skeleton's heading names one amicus; the panel says so and fixes it.
    const compliance = page.getByRole('region', { name: 'Compliance' });
    await compliance.getByText(/“Interest of Amicus Curiae” names one amicus/).waitFor();
    await compliance.getByRole('button', { name: 'Fix headings' }).click();
    await page
      .getByRole('navigation', { name: 'Outline' })
      .getByRole('button', { name: 'Interest of Amici Curiae' })
      .waitFor();
    await compliance.getByText('Brief details complete').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const download = await downloading;
    const text = (await docxParagraphs(readFileSync((await download.path())!))).join('\n');
    expect(text).toContain('On Petition for Rehearing En Banc');
    expect(text).toContain(
      'BRIEF OF AMICI CURIAE NATIONAL IMMIGRANT JUSTICE CENTER, TAHIRIH JUSTICE CENTER, AND HUMAN RIGHTS FIRST IN SUPPORT OF PETITIONER’S PETITION FOR REHEARING EN BANC',
    );
    for (const counsel of COUNSEL) {
      expect(text).toContain(counsel.telephone);
      expect(text).toContain(`/s/ ${counsel.name}`);
    }
    for (const amicus of AMICI)
      expect(text).toContain(
        `${amicus} has no parent corporation, and no publicly held corporation owns 10% or more of its stock.`,
      );
    expect(text).toContain(
      'Amici have moved for leave of Court to file this brief under Fed. R. App. P. 29(b)(2).',
    );
    expect(text).toContain('Respectfully submitted,');
    expect(text).toContain('Dated: December 14, 2026');
    expect(text).toContain('type-volume limit of Fed. R. App. P. 29(b)(4) because');
    expect(text).not.toMatch(/Amicus Curiae|AMICUS CURIAE|consented|['"]/);
  });
});
