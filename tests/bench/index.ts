import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchExport } from './export';
import { benchExtraction } from './extract';
import { benchFindDialog } from './find-dialog';
import { benchImport } from './import';
import { benchOverlap } from './overlap';
import type { BenchContext } from './report';
import { benchSearch } from './search';
import { benchXml } from './xml';

const BENCHES: Record<string, (context: BenchContext) => Promise<void>> = {
  search: benchSearch,
  import: benchImport,
  extract: benchExtraction,
  'find-dialog': benchFindDialog,
  export: benchExport,
  xml: benchXml,
  overlap: benchOverlap,
};

/**
 * `npm run bench [-- name…]`: prints figures; never asserts timings (the machine is shared and
 * noisy). With names, runs only those benchmarks.
 */
async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((name) => name in BENCHES);
  const names = chosen.length > 0 ? chosen : Object.keys(BENCHES);
  const dir = mkdtempSync(join(tmpdir(), 'amicus-bench-'));
  const print = (line: string) => console.log(line);
  try {
    print(`Amicus benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
    for (const name of names) await BENCHES[name]!({ dir, print });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
