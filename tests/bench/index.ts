import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './report';

type Bench = (context: BenchContext) => Promise<void>;

// Loaded when run, so that `npm run bench -- extract` does not load the app's main process.
const BENCHES: Record<string, () => Promise<Bench>> = {
  search: async () => (await import('./search')).benchSearch,
  import: async () => (await import('./import')).benchImport,
  extract: async () => (await import('./extract')).benchExtraction,
  'find-dialog': async () => (await import('./find-dialog')).benchFindDialog,
  export: async () => (await import('./export')).benchExport,
  xml: async () => (await import('./xml')).benchXml,
  overlap: async () => (await import('./overlap')).benchOverlap,
  editor: async () => (await import('./editor')).benchEditor,
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
    for (const name of names) await (await BENCHES[name]!())({ dir, print });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
