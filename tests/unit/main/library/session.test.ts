import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups, rotate, ROTATION } from '../../../../src/main/library/backups';
import { migrate } from '../../../../src/main/library/database';
import { MIGRATIONS } from '../../../../src/main/library/migrations';
import { LibrarySession } from '../../../../src/main/library/session';
import { createLog, describeForLog } from '../../../../src/main/log';
import { tempDir, tempSession } from '../../../helpers/temp-library';

/** Waits for a condition that background work makes true (no fixed sleeps). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not happen within 20 s`);
}

const briefTitles = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { title: string }>('SELECT title FROM briefs ORDER BY id').all();
  } finally {
    db.close();
  }
};

describe('a library session', () => {
  it('creates a private data folder and library, seeds the demo, and backs up once a day', async () => {
    const { session, dataDir } = tempSession();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(session.file).mode & 0o777).toBe(0o600);
    expect(session.status()).toMatchObject({ state: 'open', recoveredFromCrash: false });
    expect(session.library.briefs.list()).toHaveLength(1);
    await until(() => session.status().backups.length === 1, 'the daily backup');
    const [daily] = session.status().backups;
    expect(daily).toMatchObject({ reason: 'daily' });
    expect(statSync(daily!.file).mode & 0o777).toBe(0o600);
  });

  it('copies what is still in the write-ahead log into a verified backup (regression)', async () => {
    const { session } = tempSession({ seed: false });
    session.library.briefs.create('Written just now', null, '');
    // The edit is in library.sqlite-wal, not yet in the main file.
    expect(existsSync(`${session.file}-wal`)).toBe(true);
    const backup = await session.backUp('manual');
    expect(briefTitles(backup.file)).toEqual([{ title: 'Written just now' }]);
  });

  it('backs up every 30 minutes of editing, and not when nothing changed', async () => {
    const { session } = tempSession({ seed: false });
    await until(() => session.status().backups.length === 1, 'the daily backup');
    await session.backUpIfEdited();
    expect(session.status().backups).toHaveLength(1);
    session.noteWrite();
    await session.backUpIfEdited();
    expect(session.status().backups.map((backup) => backup.reason)).toContain('periodic');
  });

  it('restores a backup and keeps the library it replaces', async () => {
    const { session } = tempSession({ seed: false });
    session.library.briefs.create('Before', null, '');
    const backup = await session.backUp('manual');
    session.library.briefs.create('After', null, '');
    const { keptAside, status } = await session.restore(backup.name);
    expect(status.state).toBe('open');
    expect(session.library.briefs.list().map((brief) => brief.title)).toEqual(['Before']);
    expect(briefTitles(keptAside).map((row) => row.title)).toEqual(['Before', 'After']);
    // The library was itself backed up before it was replaced.
    expect(status.backups.map((entry) => entry.reason)).toContain('before-restore');
  });

  it('keeps a damaged library untouched, says why, and restores from a backup', async () => {
    const { session, dataDir, log } = tempSession({ seed: false });
    session.library.briefs.create('Kept safe', null, '');
    const backup = await session.backUp('manual');
    session.close();
    writeFileSync(session.file, Buffer.alloc(8192, 0x5a));
    const damaged = readFileSync(session.file);

    const again = new LibrarySession(dataDir, log);
    again.open();
    try {
      expect(again.status()).toMatchObject({
        state: 'unavailable',
        message: expect.stringMatching(/not an Amicus library.*has not changed the file/s),
      });
      expect(() => again.library).toThrow(/not an Amicus library/);
      // Nothing seeded, nothing written.
      expect(readFileSync(again.file).equals(damaged)).toBe(true);

      const { keptAside } = await again.restore(backup.name);
      expect(again.library.briefs.list().map((brief) => brief.title)).toEqual(['Kept safe']);
      expect(readFileSync(keptAside).equals(damaged)).toBe(true);
    } finally {
      again.close();
    }
  });

  it('copies an existing library aside before a migration changes it', () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'library.sqlite');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 4));
    old.close();
    const session = new LibrarySession(dataDir, createLog(dataDir), false);
    session.open();
    try {
      const before = session.status().backups.find((entry) => entry.reason === 'before-migration');
      expect(before).toBeDefined();
      const copy = new Database(before!.file, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(4);
      copy.close();
    } finally {
      session.close();
    }
  });
});

/**
 * Makes a folder read-only even for root (who ignores permission bits, as CI does): immutable
 * with chattr where the process is root, else by its mode. Returns how to undo it.
 */
function makeFolderReadOnly(dir: string): () => void {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    return () => chmodSync(dir, 0o700);
  }
  execFileSync('chattr', ['+i', dir]);
  return () => execFileSync('chattr', ['-i', dir]);
}

/** Every file and folder under a folder, each file by its digest: what a write would change. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const path = join(dir, name);
        return [
          name,
          statSync(path).isDirectory()
            ? 'folder'
            : createHash('sha256').update(readFileSync(path)).digest('hex'),
        ];
      }),
  );
}

describe('a read-only data folder', () => {
  it.each([
    { holding: 'nothing yet', existing: false },
    { holding: 'a library', existing: true },
  ])(
    'holding $holding: says so in its own words, and nothing is written (regression)',
    async ({ existing }) => {
      const dataDir = tempDir();
      if (existing) {
        const earlier = new LibrarySession(dataDir, createLog(dataDir), false);
        earlier.open();
        earlier.library.briefs.create('Written before', null, '');
        await until(() => earlier.status().backups.length === 1, 'the daily backup');
        earlier.close();
      }
      const before = contents(dataDir);
      const undo = makeFolderReadOnly(dataDir);
      let status;
      try {
        const session = new LibrarySession(dataDir, createLog(dataDir), true);
        session.open();
        status = session.status();
        expect(() => session.library).toThrow(status.message);
        session.close();
      } finally {
        undo();
      }
      expect(status).toMatchObject({ state: 'unavailable' });
      expect(status.message).toBe(
        `Amicus cannot write to its data folder ${dataDir}: the folder is read-only. Make it writable, or start Amicus with another data folder (--data-dir). Amicus has not changed anything in it.`,
      );
      // Not mistaken for a damaged library, nor sent to a log that could not be written.
      expect(status.message).not.toMatch(/damaged|cannot be opened|backup|log/);
      expect(contents(dataDir)).toEqual(before);
      expect(existsSync(join(dataDir, 'logs'))).toBe(false);
    },
  );
});

describe('backup rotation', () => {
  it('keeps the newest 24, the newest of each of 14 days, and the last 5 before migrations', async () => {
    const { session } = tempSession({ seed: false });
    const source = (await session.backUp('manual')).file;
    const dir = join(session.dataDir, 'backups');
    const names: string[] = [];
    // Forty days, two copies a day, and a pre-migration copy each week.
    for (let day = 0; day < 40; day++) {
      for (const hour of ['08', '17']) {
        const date = new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10);
        const reason = day % 7 === 0 && hour === '08' ? 'before-migration' : 'periodic';
        const name = `library-${date}T${hour}-00-00-000Z-${reason}.sqlite`;
        copyFileSync(source, join(dir, name));
        names.push(name);
      }
    }
    const newest = listBackups(dir)[0]?.name;
    rotate(dir);
    const kept = listBackups(dir);
    const days = new Set(kept.map((backup) => backup.createdAt.slice(0, 10)));
    expect(kept.length).toBeLessThanOrEqual(ROTATION.newest + ROTATION.days + ROTATION.migrations);
    expect(days.size).toBeGreaterThanOrEqual(ROTATION.days);
    expect(kept.filter((backup) => backup.reason === 'before-migration').length).toBe(
      ROTATION.migrations,
    );
    // The newest is always kept.
    expect(kept[0]?.name).toBe(newest);
    expect(names.length).toBe(80);
  });
});

describe('the log', () => {
  it('is private, and records what failed but never what the attorney wrote', () => {
    const dataDir = tempDir();
    const log = createLog(dataDir);
    log.error('brief:save failed', new TypeError('Cannot read Johana Cece’s A-number 012345678'));
    const sqlite = Object.assign(new Error('database disk image is malformed'), {
      name: 'SqliteError',
      code: 'SQLITE_CORRUPT',
    });
    log.error('library:search failed', sqlite);
    const text = readFileSync(log.file, 'utf8');
    expect(statSync(log.file).mode & 0o777).toBe(0o600);
    expect(text).toContain('brief:save failed');
    expect(text).toContain('TypeError');
    expect(text).not.toContain('Johana');
    expect(text).not.toContain('012345678');
    expect(text).toContain('SqliteError SQLITE_CORRUPT: database disk image is malformed');
    expect(describeForLog('plain text')).not.toContain('plain text');
  });

  it('rotates at 1 MB, keeping three files, splitting no entry and losing none, with no brief text in any', () => {
    const dataDir = tempDir();
    const log = createLog(dataDir);
    const BRIEF = 'Johana Cece feared the men who followed her home from work';
    const file = (n: number) => (n === 0 ? log.file : `${log.file}.${n}`);
    let written = 0;
    // Past 1 MB twice over, so the oldest file has been pushed out once.
    while (!existsSync(file(2)) || statSync(log.file).size < 512 * 1024) {
      log.error(`entry ${++written}`, new TypeError(`Cannot save the paragraph “${BRIEF}”`));
      if (written > 10_000) throw new Error('the log never rotated');
    }
    expect(existsSync(file(3))).toBe(false);
    const files = [2, 1, 0].map((n) => readFileSync(file(n), 'utf8'));
    for (const [n, text] of files.entries()) {
      expect(Buffer.byteLength(text), `file ${n}`).toBeLessThanOrEqual(1024 * 1024);
      expect(Buffer.byteLength(text), `file ${n}`).toBeGreaterThan(512 * 1024);
      expect(text).not.toContain('Johana');
      expect(text).not.toContain('followed her home');
      // Each file begins with an entry of its own: rotation never splits one.
      expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z entry \d+\nTypeError/);
    }
    // The entries run on across the files, oldest to newest, none lost at a rotation.
    const numbers = files.flatMap((text) =>
      [...text.matchAll(/Z entry (\d+)\n/g)].map((match) => Number(match[1])),
    );
    expect(numbers.at(-1)).toBe(written);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(statSync(file(1)).mode & 0o777).toBe(0o600);
  });
});
