import type { Database } from 'better-sqlite3';

/**
 * What must stay out of public filings: a fact can be marked confidential, a matter keeps its
 * client's identifiers (name, A-number, date of birth, address) as a JSON list, and an export
 * that went ahead over the guard's findings keeps the attorney's reason.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE facts ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
    ALTER TABLE matters ADD COLUMN confidential_identifiers TEXT NOT NULL DEFAULT '[]'
      CHECK (json_valid(confidential_identifiers));
    CREATE TABLE confidential_releases (
      id INTEGER PRIMARY KEY,
      brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      findings INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX confidential_releases_by_brief ON confidential_releases(brief_id, id);
  `);
}
