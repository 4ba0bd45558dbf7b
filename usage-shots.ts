import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, type RunningApp } from './tests/e2e/app';
import { citation, editorState, paragraph, text } from './src/shared/brief/editor-json';

async function value<T>(app: RunningApp, channel: string, args: unknown): Promise<T> {
  const result = await app.call(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.value as T;
}
const shot = (app: RunningApp, name: string) => app.page.screenshot({ path: `/tmp/shots/${name}.png` });

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'shots-'));
  const a = await launchApp();
  const b = await launchApp();
  try {
    const matter = await value<{ id: number }>(a, 'matter:create', { name: 'Doe v. Garland', docket: 'No. 24-1234' });
    await value(a, 'fact:create', { matterId: matter.id, text: 'Ms. Doe fled Honduras after the gang threatened her family.', recordCite: 'A.R. 12' });
    const hits = await value<{ authority: { id: number; name: string } }[]>(a, 'library:search', { text: 'Gatimi', types: ['authority'] });
    const gatimi = hits[0]!.authority.id;
    const doc = JSON.stringify(editorState([paragraph(text('Visibility is not required. '), citation({ authorityId: gatimi, pin: '615' }))]));
    await value(a, 'snippet:create', { matterId: matter.id, title: 'Doe: visibility', content: doc, plainText: 'Visibility is not required.' });
    const brief = await value<{ id: number }>(a, 'brief:create', { title: 'Doe amicus brief', matterId: matter.id });
    await value(a, 'brief:save', { id: brief.id, content: doc });
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Export library' }).click();
    await a.page.getByRole('dialog', { name: 'Export library' }).waitFor();
    await shot(a, '1-export-dialog');
    const t0 = Date.now();
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    console.log('export ms', Date.now() - t0, file);
    await a.page.getByText(/^Exported /).waitFor();
    await shot(a, '2-export-done');

    const { page } = b;
    await page.getByRole('button', { name: 'Import library' }).click();
    await page.getByLabel('Library file or CSL-JSON').setInputFiles(file);
    await page.getByRole('region', { name: 'What the file holds' }).waitFor();
    await shot(b, '3-import-preview');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Import report' }).waitFor();
    await shot(b, '4-import-report');
    await page.getByRole('button', { name: 'Close' }).click();

    const found = await value<{ authority: { id: number } & Record<string, unknown> }[]>(b, 'library:search', { text: 'Gatimi', types: ['authority'] });
    await value(b, 'authority:update', { ...found[0]!.authority, parenthetical: 'Posner, J.' });
    const facts = await value<{ fact: { id: number } & Record<string, unknown> }[]>(b, 'library:search', { text: 'fled Honduras', types: ['fact'] });
    await value(b, 'fact:update', { ...facts[0]!.fact, text: 'Ms. Doe fled Honduras in March 2019 after the gang threatened her family.' });
    await page.getByRole('button', { name: 'Import library' }).click();
    await page.getByLabel('Library file or CSL-JSON').setInputFiles(file);
    await page.getByRole('list', { name: 'Conflicts' }).waitFor();
    await shot(b, '5-conflicts');
    const conflicts = page.getByRole('list', { name: 'Conflicts' });
    await conflicts.getByRole('group', { name: /^Authority/ }).getByRole('radio', { name: 'Keep mine' }).check();
    await conflicts.getByRole('group', { name: /^Fact/ }).getByRole('radio', { name: 'Keep both' }).check();
    await page.getByText('(choose for', { exact: false }).waitFor({ state: 'detached' });
    await shot(b, '6-conflicts-chosen');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Import report' }).waitFor();
    await shot(b, '7-conflicts-report');
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Import library' }).click();
    await page.getByLabel('Library file or CSL-JSON').setInputFiles('tests/fixtures/csl/zotero-legal.json');
    await page.getByRole('region', { name: 'What the file holds' }).waitFor();
    await shot(b, '8-csl-preview');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Import library' }).click();
    await page.getByLabel('Library file or CSL-JSON').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"amicus-library","version":3}') });
    await page.getByRole('alert').waitFor();
    await shot(b, '9-refused');
  } finally {
    await a.close();
    await b.close();
  }
}
void main();
