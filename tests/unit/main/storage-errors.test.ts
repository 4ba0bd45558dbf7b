import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../src/main/handlers';
import { LibrarySession } from '../../../src/main/library/session';
import { createLog } from '../../../src/main/log';
import { editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import { tempSession } from '../../helpers/temp-library';
import { CANCELLING_HOST } from '../../helpers/hosts';

const noHost = CANCELLING_HOST;

/** A tiny disk of its own, where this machine lets the tests mount one (root on Linux). */
function smallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'amicus-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) {
    const dir = mounted.pop()!;
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('storage failures, in plain words', () => {
  it('answers "busy" while another program holds the library, and saves once it lets go', async () => {
    const { session } = tempSession({ seed: false });
    const handlers = createHandlers(session, noHost);
    const brief = session.library.briefs.create('Locked', null, '');
    const other = new Database(session.file);
    other.exec('BEGIN IMMEDIATE');
    const content = JSON.stringify(editorState([paragraph(text('Typed while locked.'))]));
    const answer = await dispatch(handlers, 'brief:save', { id: brief.id, content });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringMatching(/in use by another program/) },
    });
    other.exec('ROLLBACK');
    other.close();
    expect(await dispatch(handlers, 'brief:save', { id: brief.id, content })).toMatchObject({
      ok: true,
    });
  });

  it.runIf(process.platform === 'linux' && process.getuid?.() === 0)(
    'says the disk is full, not that details went to a log',
    async () => {
      const disk = smallDisk();
      if (!disk) throw new Error('could not mount a small disk for the test');
      mounted.push(disk);
      const session = new LibrarySession(disk, createLog(disk), false);
      session.open();
      try {
        const handlers = createHandlers(session, noHost);
        const brief = session.library.briefs.create('Long', null, '');
        const content = JSON.stringify(editorState([paragraph(text('x'.repeat(4 * 1024 * 1024)))]));
        expect(await dispatch(handlers, 'brief:save', { id: brief.id, content })).toMatchObject({
          ok: false,
          error: {
            code: 'unavailable',
            message: expect.stringMatching(/disk holding the library is full/),
          },
        });
      } finally {
        session.close();
      }
    },
  );
});
