import type { Database } from 'better-sqlite3';

/**
 * Libraries travel as files: each library gets an identity of its own, and each record brought
 * in from another library remembers where it was first written (that library and its id there),
 * so importing the same file again, or a file that went round and came back, finds the record
 * whatever its local id. A record deleted takes its origin with it.
 */
export function up(db: Database): void {
  db.exec(`
    INSERT OR IGNORE INTO meta (key, value) VALUES ('library-uid', lower(hex(randomblob(16))));

    CREATE TABLE record_origins (
      record_type TEXT NOT NULL
        CHECK (record_type IN ('matter', 'authority', 'fact', 'snippet', 'brief')),
      library TEXT NOT NULL CHECK (length(library) = 32),
      origin_id INTEGER NOT NULL,
      local_id INTEGER NOT NULL,
      -- 1: the import created the local record; 0: it found the record already here.
      created INTEGER NOT NULL CHECK (created IN (0, 1)),
      PRIMARY KEY (record_type, library, origin_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX record_origins_by_local ON record_origins(record_type, local_id);
  `);
  for (const [table, type] of [
    ['matters', 'matter'],
    ['authorities', 'authority'],
    ['facts', 'fact'],
    ['snippets', 'snippet'],
    ['briefs', 'brief'],
  ]) {
    db.exec(`
      CREATE TRIGGER ${table}_origin_ad AFTER DELETE ON ${table} BEGIN
        DELETE FROM record_origins WHERE record_type = '${type}' AND local_id = old.id;
      END;
    `);
  }
}
