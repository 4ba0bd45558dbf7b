import type { Database } from 'better-sqlite3';

/**
 * Matters become something the user manages: they can be archived, and the demo matter and what
 * was seeded with it are marked as a sample that can be removed without touching the user's own
 * records. A fact may now belong to no matter ("General"), like a snippet or a brief, and a
 * matter that still has facts cannot be deleted out from under them (the store refuses first, by
 * name; RESTRICT is the floor under it).
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE matters ADD COLUMN archived_at TEXT;
    ALTER TABLE matters ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    ALTER TABLE authorities ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    ALTER TABLE snippets ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    ALTER TABLE briefs ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));

    -- A column's NOT NULL and its foreign key action cannot be altered in place: the table is
    -- rebuilt. DROP TABLE fires no triggers, so the search index keeps the facts' rows, which
    -- the new table's ids (copied) still key.
    CREATE TABLE facts_rebuilt (
      id INTEGER PRIMARY KEY,
      matter_id INTEGER REFERENCES matters(id) ON DELETE RESTRICT,
      text TEXT NOT NULL,
      record_cite TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '[]',
      sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO facts_rebuilt (id, matter_id, text, record_cite, source, tags, created_at, updated_at)
      SELECT id, matter_id, text, record_cite, source, tags, created_at, updated_at FROM facts;
    DROP TABLE facts;
    ALTER TABLE facts_rebuilt RENAME TO facts;
    CREATE INDEX facts_by_matter ON facts(matter_id);

    CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 2, new.record_cite, concat_ws(' ', new.text, new.source, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typefact matter' || coalesce(new.matter_id, 'none'));
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 2, new.record_cite, 'typefact matter' || coalesce(new.matter_id, 'none'));
    END;
    CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 2;
    END;
    CREATE TRIGGER facts_au AFTER UPDATE ON facts BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 2;
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 2, new.record_cite, concat_ws(' ', new.text, new.source, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typefact matter' || coalesce(new.matter_id, 'none'));
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 2, new.record_cite, 'typefact matter' || coalesce(new.matter_id, 'none'));
    END;
  `);

  // Libraries seeded before this version: the demo is the first matter, as the seed wrote it,
  // and everything the seed wrote with it came in the same transaction, within seconds of it.
  const seeded = db
    .prepare<[], { id: number; created_at: string }>(
      `SELECT id, created_at FROM matters
        WHERE id = (SELECT min(id) FROM matters) AND name = 'Cece v. Holder' AND docket = 'No. 11-1989'`,
    )
    .get();
  if (!seeded) return;
  const window = { matter: seeded.id, at: seeded.created_at };
  db.prepare('UPDATE matters SET sample = 1 WHERE id = @matter').run(window);
  const seededWithIt = `created_at BETWEEN @at AND strftime('%Y-%m-%dT%H:%M:%fZ', @at, '+5 seconds')`;
  for (const table of ['facts', 'snippets', 'briefs']) {
    db.prepare(`UPDATE ${table} SET sample = 1 WHERE matter_id = @matter AND ${seededWithIt}`).run(
      window,
    );
  }
  db.prepare(`UPDATE authorities SET sample = 1 WHERE ${seededWithIt}`).run(window);
}
