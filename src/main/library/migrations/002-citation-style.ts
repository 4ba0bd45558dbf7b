import type { Database } from 'better-sqlite3';

/** Each brief chooses its citation style: Bluebook, or EOIR's ("19 I&N Dec. 211"). */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE briefs ADD COLUMN citation_style TEXT NOT NULL DEFAULT 'bluebook'
      CHECK (citation_style IN ('bluebook', 'eoir'));
  `);
}
