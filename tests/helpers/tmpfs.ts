import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const mounted: string[] = [];

afterEach(() => {
  for (let dir = mounted.pop(); dir; dir = mounted.pop()) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function mount(sizeKb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'amicus-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0777`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/**
 * Whether tests may mount file systems here (root with CAP_SYS_ADMIN, as on CI); the tests of a
 * full or read-only disk need it and are skipped where it is refused.
 */
export const CAN_MOUNT = (() => {
  try {
    const dir = mount(16);
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
})();

/** A fresh in-memory disk of the given size, unmounted after the test. */
export function tinyDisk(sizeKb: number): string {
  const dir = mount(sizeKb);
  mounted.push(dir);
  return dir;
}

/** Makes a disk from tinyDisk read-only, as a locked or write-protected drive is. */
export function makeReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir]);
}
