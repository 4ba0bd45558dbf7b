import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary, type Library } from '../../src/main/library';

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
export function tempLibrary(): { library: Library; file: string } {
  const file = join(tempDir(), 'library.sqlite');
  const library = openLibrary(file);
  cleanups.unshift(() => library.close());
  return { library, file };
}
