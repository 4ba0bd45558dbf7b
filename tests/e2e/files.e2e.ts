import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/main/export/command';
import { NOT_DOCX, TOO_LARGE } from '../../src/main/import/docx-text';
import { openLibrary } from '../../src/main/library';
import { seedDemoLibrary } from '../../src/main/library/seed';
import { editorState, paragraph, text } from '../../src/shared/brief/editor-json';
import { docxParagraphs } from '../helpers/docx';
import { renderedText } from '../helpers/pdf';
import { packageProblem } from '../helpers/xml-property';
import { repeatingZip } from '../helpers/zip';
import { launchApp } from './app';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'amicus-files-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('bad files in', () => {
  it('the built web host reads a Word document in its worker, and refuses a zip bomb', async () => {
    const app = await launchApp();
    try {
      const exported = await app.call('brief:export-docx', { id: 1 });
      const { base64 } = exported.value as { base64: string };
      const read = await app.call('document:read-text', { fileName: 'Cece.docx', base64 });
      expect((read.value as { text: string }).text).toContain('Interest of Amicus Curiae');

      const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
      const bomb = repeatingZip(
        'word/document.xml',
        `<w:document ${W}><w:body><w:p><w:r><w:t>`,
        Buffer.alloc(1 << 20, '0'),
        1100,
      );
      const unclosed = repeatingZip(
        'word/document.xml',
        `<w:document ${W}><w:body>`,
        Buffer.from('<w:p>'.repeat(1000)),
        400,
      );
      const [tooLarge, unreadable] = await Promise.all([
        app.call('document:read-text', { fileName: 'a.docx', base64: bomb.toString('base64') }),
        app.call('document:read-text', { fileName: 'b.docx', base64: unclosed.toString('base64') }),
      ]);
      expect(tooLarge).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: TOO_LARGE },
      });
      expect(unreadable).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: NOT_DOCX },
      });
      expect((await app.call('brief:list', {})).ok).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('good files out', () => {
  // Regression: U+FFFE or U+FFFF in the brief made the export ill-formed, and LibreOffice could
  // not open what Amicus said it had saved.
  it('LibreOffice opens a brief whose title and text hold what XML forbids', async () => {
    const dataDir = join(folder, 'library');
    mkdirSync(dataDir);
    const library = openLibrary(join(dataDir, 'library.sqlite'));
    seedDemoLibrary(library);
    const { id } = library.briefs.list()[0]!;
    library.briefs.rename(id, 'Cece\uffff v. Holder\ufffe');
    library.briefs.save(
      id,
      JSON.stringify(
        editorState([paragraph(text('Social\u0001 visibility\uffff is not\ufffe the test.'))]),
      ),
    );
    library.close();
    const file = await exportCommand([
      '--brief',
      String(id),
      '--out',
      join(folder, 'odd.docx'),
      '--data-dir',
      dataDir,
    ]);
    expect(await packageProblem(readFileSync(file))).toBeNull();
    expect(await docxParagraphs(readFileSync(file))).toContain(
      'Social visibility is not the test.',
    );
    const pdf = renderedText(file, folder);
    expect(pdf.replace(/\s+/g, ' ')).toContain('Social visibility is not the test.');
  }, 150_000);
});

/**
 * One headless export of the demo brief (the built `npm run export`), killed so many ms after it
 * starts, or after it starts writing the document, or left to finish.
 */
function exportRun(
  out: string,
  scratch: string,
  kill: { afterMs: number } | { onWriteAfterMs: number } | null,
): Promise<'completed' | 'killed'> {
  const child = spawn(process.execPath, ['out/main/export.js', '--demo', '--out', out], {
    // The demo's scratch library goes here, so a killed run leaves nothing in the real tmpdir.
    env: { ...process.env, TMPDIR: scratch },
    stdio: 'ignore',
  });
  let watcher: ReturnType<typeof watch> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const killNow = () => child.kill('SIGKILL');
  if (kill && 'afterMs' in kill) timer = setTimeout(killNow, kill.afterMs);
  if (kill && 'onWriteAfterMs' in kill) {
    watcher = watch(dirname(out), (_, name) => {
      if (name?.endsWith('.tmp')) timer ??= setTimeout(killNow, kill.onWriteAfterMs);
    });
  }
  // 'exit' comes once the process is reaped: its id is free, as a killed export's would be.
  return new Promise((resolve, reject) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('completed');
      else reject(new Error(`export exited with ${code}`));
    }),
  );
}

const TRIALS = 22;

describe('an export killed at any moment', () => {
  it('leaves the old document or a whole new one, and its temporary file is cleared by the next export', async () => {
    const target = join(folder, 'drill', 'Cece.docx');
    const scratch = join(folder, 'scratch');
    mkdirSync(dirname(target));
    mkdirSync(scratch);
    const temporaries = () => readdirSync(dirname(target)).filter((name) => name.endsWith('.tmp'));

    const started = performance.now();
    expect(await exportRun(target, scratch, null)).toBe('completed');
    const fullMs = performance.now() - started;

    const outcomes = { trials: 0, killed: 0, completed: 0, leftTemporary: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const before = readFileSync(target);
      // Half the kills land anywhere in the run, half just as it starts writing the document.
      const kill =
        trial % 2 === 0
          ? { afterMs: Math.round((fullMs * (trial + 1)) / TRIALS) }
          : { onWriteAfterMs: trial % 6 };
      const outcome = await exportRun(target, scratch, kill);
      outcomes.trials += 1;
      outcomes[outcome] += 1;
      if (temporaries().length > 0) outcomes.leftTemporary += 1;
      if (outcome === 'completed') expect(temporaries(), `trial ${trial}`).toEqual([]);
      // The old document untouched, or a whole new one.
      const after = readFileSync(target);
      if (!after.equals(before)) {
        expect(await packageProblem(after), `trial ${trial}`).toBeNull();
        expect((await docxParagraphs(after)).join('\n'), `trial ${trial}`).toContain(
          'Certificate of Service',
        );
      }
    }
    expect(await exportRun(target, scratch, null)).toBe('completed');
    expect(temporaries()).toEqual([]);
    console.log(
      `kill drill: ${outcomes.trials} trials (full export ${fullMs.toFixed(0)} ms): ${outcomes.killed} killed, ${outcomes.completed} completed, ${outcomes.leftTemporary} left a temporary file, none left after the next export`,
    );
    // Most runs die before their end; a drill in which they all finished would prove nothing.
    expect(outcomes.killed).toBeGreaterThan(TRIALS / 2);
  }, 120_000);
});
