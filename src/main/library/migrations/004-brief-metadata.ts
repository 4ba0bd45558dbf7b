import type { Database } from 'better-sqlite3';

/** The facts a brief's generated parts are built from (caption, amici, counsel, Rule 29 answers). */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE briefs ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata));
  `);
}
