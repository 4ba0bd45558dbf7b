import type Database from 'better-sqlite3';

export interface BenchContext {
  /** A scratch folder removed after the run. */
  dir: string;
  print(line: string): void;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Bytes on disk per record, by table and index (SQLite's dbstat), largest first, with the
 * whole file's; objects under 1 byte a record are left out.
 */
export function storagePerRecord(db: Database.Database, records: number): string[] {
  const objects = db
    .prepare<[], { name: string; bytes: number }>(
      'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
    )
    .all()
    .filter((object) => object.bytes >= records);
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const perRecord = (bytes: number) => Math.round(bytes / records).toLocaleString('en-US');
  return [
    `whole file ${perRecord(pages * pageSize)} B/record`,
    ...objects.map(
      (object) => `  ${object.name.padEnd(28)} ${perRecord(object.bytes).padStart(6)}`,
    ),
  ];
}
