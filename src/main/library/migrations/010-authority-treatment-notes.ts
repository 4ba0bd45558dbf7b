import type { Database } from 'better-sqlite3';

/**
 * The user's own notes on an authority's later treatment, apart from its general notes: the
 * editor marks an authority that has one as it marks one the curated table lists.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE authorities ADD COLUMN treatment_note TEXT NOT NULL DEFAULT ''`);
}
