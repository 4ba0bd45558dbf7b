import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchSearch } from './search';

/** `npm run bench`: prints figures; never asserts timings (the machine is shared and noisy). */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'amicus-bench-'));
  const print = (line: string) => console.log(line);
  try {
    print(`Amicus benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
    await benchSearch({ dir, print });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
