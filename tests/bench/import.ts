import { join } from 'node:path';
import { openLibrary } from '../../src/main/library';
import { applyImport, importSourceOf, previewImport } from '../../src/main/library/library-import';
import { authorityToCsl } from '../../src/shared/csl-json';
import { readTransferFile } from '../../src/shared/library-file';
import { authorityFields, random } from './generate';
import { storagePerRecord, type BenchContext } from './report';

const AUTHORITIES = 100_000;

/**
 * A CSL-JSON file of distinct authorities, as Zotero writes one (two-space indent). Each has a
 * cite of its own, so the import adds them all and asks no choices.
 */
function cslFile(count: number): Buffer {
  const rng = random(11);
  const items = Array.from({ length: count }, (_, index) =>
    authorityToCsl({
      ...authorityFields(rng),
      volume: String(1 + (index % 999)),
      firstPage: String(1 + Math.floor(index / 999)),
      id: index + 1,
      createdAt: '',
      updatedAt: '',
    }),
  );
  return Buffer.from(`${JSON.stringify(items, null, 2)}\n`, 'utf8');
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Imports a file of 100,000 authorities into an empty library the way "Import library file"
 * does: read and validate the file (here on the main thread, the app does it in a worker),
 * preview (the import run and rolled back, to count what it will do), then the import itself
 * in one transaction.
 */
export async function benchImport({ dir, print }: BenchContext): Promise<void> {
  const bytes = cslFile(AUTHORITIES);
  const library = openLibrary(join(dir, 'bench-import.sqlite'));
  let started = performance.now();
  const source = importSourceOf(readTransferFile(bytes));
  const read = seconds(started);
  started = performance.now();
  previewImport(library, source, new Map());
  const preview = seconds(started);
  started = performance.now();
  const tally = applyImport(library, source, new Map());
  const applied = seconds(started);
  const total = read + preview + applied;
  const rate = (time: number) => Math.round(AUTHORITIES / time).toLocaleString('en-US');
  print('');
  print(
    `Library import: ${tally.added.authority.toLocaleString('en-US')} authorities from a ${(bytes.length / 1e6).toFixed(1)} MB CSL-JSON file (target: under 60 s)`,
  );
  print(
    `  read and validate ${read.toFixed(1)} s, preview ${preview.toFixed(1)} s, import ${applied.toFixed(1)} s (${rate(applied)} records/s); file to library ${total.toFixed(1)} s (${rate(total)} records/s)`,
  );
  for (const line of storagePerRecord(library.db, AUTHORITIES)) print(`  ${line}`);
  library.close();
}
