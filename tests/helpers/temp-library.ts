import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary, type OpenedLibrary } from '../../src/main/library';
import { LibrarySession } from '../../src/main/library/session';
import { createLog, type Log } from '../../src/main/log';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh folder that is removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amicus-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real library file in a fresh folder, closed and removed after the test. */
export function tempLibrary(): { library: OpenedLibrary; file: string } {
  const file = join(tempDir(), 'library.sqlite');
  const library = openLibrary(file);
  cleanups.unshift(() => library.close());
  return { library, file };
}

/**
 * A library session on a fresh data folder, as the app opens one (log file, backups folder),
 * with the demo seeded or not; closed and removed after the test.
 */
export function tempSession({ seed = true } = {}): {
  session: LibrarySession;
  dataDir: string;
  log: Log;
} {
  const dataDir = tempDir();
  const log = createLog(dataDir);
  const session = new LibrarySession(dataDir, log, seed);
  session.open();
  cleanups.unshift(() => session.close());
  return { session, dataDir, log };
}
