import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/main/export/command';
import { countWords } from '../../src/shared/brief/word-count';
import { docxParagraphs } from '../helpers/docx';
import { renderedText } from '../helpers/pdf';

/** The exported demo brief as a court would print it, its PDF read back page by page. */
let folder: string;
let docx: Uint8Array;
let pages: string[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'amicus-pdf-'));
  const file = await exportCommand(['--demo', '--out', join(folder, 'Cece.docx')]);
  docx = readFileSync(file);
  const text = renderedText(file, folder);
  pages = text.split('\f').filter((page) => page.trim() !== '');
}, 150_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The page number printed at the foot of a page, if any. */
const footer = (page: string) => page.trim().split('\n').at(-1)?.trim() ?? '';
const flat = (page: string) => page.replace(/\s+/g, ' ');

describe('the exported brief, rendered', () => {
  it('puts the cover alone on the first page, unnumbered', () => {
    const cover = flat(pages[0] ?? '');
    expect(cover).toContain('No. 11-1989');
    expect(cover).toContain('In the United States Court of Appeals for the Seventh Circuit');
    expect(cover).toContain('BRIEF OF AMICUS CURIAE NATIONAL IMMIGRANT JUSTICE CENTER');
    expect(cover).not.toMatch(/DISCLOSURE|TABLE OF CONTENTS|INTEREST OF AMICUS/);
    expect(footer(pages[0] ?? '')).not.toMatch(/^(?:[ivx]+|\d+)$/);
  });

  it('numbers the front matter in roman and starts the body at 1', () => {
    const bodyStart = pages.findIndex((page) => /^\s*INTEREST OF AMICUS CURIAE/.test(page));
    expect(bodyStart).toBeGreaterThan(1);
    const front = pages.slice(1, bodyStart).map(footer);
    expect(front).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi'].slice(0, front.length));
    expect(flat(pages[1] ?? '')).toContain('CIRCUIT RULE 26.1 DISCLOSURE STATEMENT');
    const body = pages.slice(bodyStart).map(footer);
    expect(body).toEqual(body.map((_, i) => String(i + 1)));
  });

  it('prints the tables with their entries', () => {
    const contents = flat(pages.find((page) => page.includes('TABLE OF CONTENTS')) ?? '');
    for (const heading of [
      'Table of Authorities',
      'Interest of Amicus Curiae',
      'Summary of Argument',
      'Conclusion',
      'Certificate of Service',
    ])
      expect(contents).toMatch(new RegExp(`${heading}\\.{3,}\\s*(?:[ivx]+|\\d+)`));
    const authorities = flat(
      pages
        .filter(
          (page) =>
            page.includes('TABLE OF AUTHORITIES') || /^\s*(?:Statutes|Regulations)/m.test(page),
        )
        .join(' '),
    );
    for (const entry of [
      'Cases',
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
      'Statutes',
      '8 U.S.C. § 1101(a)(42)(A)',
      'Regulations',
      '8 C.F.R. § 1208.13(b)(1) (2012)',
      'Other Authorities',
    ])
      expect(authorities).toContain(entry);
    // Field codes never show: a TA field is hidden, its citation printed once.
    expect(pages.join('\n')).not.toMatch(/\bTA \\[ls]|\bTOA \\h|\bTOC \\o/);
  });

  it('prints a main heading in capitals but a rule’s subdivisions as written', () => {
    const body = pages.join('\n');
    expect(body).toMatch(/^\s*RULE 29\(a\)\(4\)\(E\) STATEMENT\s*$/m);
    expect(flat(pages.find((page) => page.includes('TABLE OF CONTENTS')) ?? '')).toMatch(
      /Rule 29\(a\)\(4\)\(E\) Statement\.{3,}\s*\d+/,
    );
  });

  it('writes contents pages that agree with where the headings print, within a page', async () => {
    // The cached numbers are an estimate until Word updates the fields; LibreOffice lays the
    // pages out on its own, so this measures the estimate against a real layout.
    const text = await docxParagraphs(docx);
    const entries = text
      .slice(text.indexOf('Table of Contents') + 1, text.lastIndexOf('Table of Authorities'))
      .map((line) => /^(.*?)(\d+)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ heading: match[1] ?? '', page: Number(match[2]) }));
    expect(entries.length).toBeGreaterThanOrEqual(8);
    const bodyStart = pages.findIndex((page) => /^\s*INTEREST OF AMICUS CURIAE/.test(page));
    // A heading prints at the start of a line: in capitals (level 1) or as written.
    const lines = pages
      .slice(bodyStart)
      .map((page) => page.split('\n').map((line) => line.trim().toLowerCase()));
    for (const { heading, page } of entries) {
      const start = heading.slice(0, 25).toLowerCase();
      const printed = lines.findIndex((pageLines) =>
        pageLines.some((line) => line === start || (start.length >= 25 && line.startsWith(start))),
      );
      expect(printed, heading).toBeGreaterThanOrEqual(0);
      expect(Math.abs(printed + 1 - page), heading).toBeLessThanOrEqual(1);
    }
  });

  it('certifies the same FRAP 32(f) count as our own count of the document', async () => {
    const text = await docxParagraphs(docx);
    const footnotes = await docxParagraphs(docx, 'word/footnotes.xml');
    const counted = [
      ...text.slice(
        text.indexOf('Interest of Amicus Curiae'),
        text.findIndex((paragraph) => paragraph.startsWith('Dated:')),
      ),
      ...footnotes,
    ].reduce((sum, paragraph) => sum + countWords(paragraph), 0);
    const certificate = flat(
      pages.find((page) => page.includes('CERTIFICATE OF COMPLIANCE')) ?? '',
    );
    expect(certificate).toContain(
      `exempted by Fed. R. App. P. 32(f), it contains ${counted.toLocaleString('en-US')} words`,
    );
  });

  it('prints each footnote at the foot of the page that cites it', () => {
    const page = flat(pages.find((text) => text.includes('The Board did so without asking')) ?? '');
    // The reference (after the Kasinga citation) and the note share the page, the note below.
    const reference = page.indexOf('365–66 (BIA 1996).1');
    expect(reference).toBeGreaterThan(0);
    expect(page.indexOf('1 The Board did so without asking')).toBeGreaterThan(reference);
  });
});
