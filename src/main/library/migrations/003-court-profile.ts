import type { Database } from 'better-sqlite3';

/** Each brief follows a court profile (rules as data), with the figures it overrides. */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE briefs ADD COLUMN court_profile TEXT NOT NULL DEFAULT 'frap-merits';
    ALTER TABLE briefs ADD COLUMN profile_overrides TEXT NOT NULL DEFAULT '{}'
      CHECK (json_valid(profile_overrides));
  `);
}
