import type { Database } from 'better-sqlite3';

/**
 * Every brief keeps its history (a version at the first save after it is opened and every ten
 * minutes of editing), and a deleted brief goes to a trash it can be restored from for 30 days.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE brief_versions (
      id INTEGER PRIMARY KEY,
      brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      content TEXT NOT NULL,
      words INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX brief_versions_by_brief ON brief_versions(brief_id, created_at);

    ALTER TABLE briefs ADD COLUMN deleted_at TEXT;
  `);
}
