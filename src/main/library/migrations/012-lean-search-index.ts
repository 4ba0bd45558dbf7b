import type { Database } from 'better-sqlite3';

const SEARCHABLE = [
  { table: 'authorities', kind: 1 },
  { table: 'facts', kind: 2 },
  { table: 'snippets', kind: 3 },
] as const;

/**
 * Rebuilds the search indexes smaller, matching the same records. A library of 100,000
 * authorities took 1.4 KB a record, a quarter of it the indexes' own copies of the records' text
 * and half the indexes, mostly column lists in their prefix entries; now 0.6 KB.
 *
 * - Both indexes are contentless (content='', deletes allowed): search reads a candidate's text
 *   from its record through the search_records view, the one definition of what is searched.
 * - detail=none: an entry is a record's rowid alone. Without columns to filter on, the filters
 *   (type, authority kind, matter) become words that begin with U+EE00, a private-use character
 *   the tokenizer keeps inside a word and search splits typed words at: no typed word can match
 *   a filter. The records' own U+EE00 is indexed as U+EE01, so their words cannot pass for one.
 * - A new record is indexed by its insert trigger unless a bulk load has paused that (a
 *   'search-deferred' row in meta, inside the load's transaction); the load then indexes what it
 *   added in one statement per index.
 *
 * rowid stays id * 4 + kind (1 authority, 2 fact, 3 snippet). Filter words: ta, tf, ts (type),
 * k + an authority's kind, m + a matter's id or mnone (General).
 */
export function up(db: Database): void {
  for (const { table } of SEARCHABLE)
    db.exec(`DROP TRIGGER ${table}_ai; DROP TRIGGER ${table}_au; DROP TRIGGER ${table}_ad;`);
  db.exec(`
    DROP TABLE search_index;
    DROP TABLE search_titles;

    CREATE VIEW search_records (kind, id, title, body, filters) AS
      SELECT 1, id,
        concat_ws(' ', name, short_name, title, code, section),
        concat_ws(' ', volume, reporter, first_page, court, year, docket, parenthetical, history, notes),
        char(0xEE00) || 'ta ' || char(0xEE00) || 'k' || kind
      FROM authorities
      UNION ALL
      SELECT 2, id,
        record_cite,
        concat_ws(' ', text, source, (SELECT group_concat(value, ' ') FROM json_each(tags))),
        char(0xEE00) || 'tf ' || char(0xEE00) || 'm' || coalesce(matter_id, 'none')
      FROM facts
      UNION ALL
      SELECT 3, id,
        title,
        concat_ws(' ', plain_text, (SELECT group_concat(value, ' ') FROM json_each(tags))),
        char(0xEE00) || 'ts ' || char(0xEE00) || 'm' || coalesce(matter_id, 'none')
      FROM snippets;

    -- What each index holds for a record: all its words, or its name's, and its filters.
    CREATE VIEW search_entries (kind, id, entry, text, title_text) AS
      SELECT kind, id, id * 4 + kind,
        replace(title || ' ' || body, char(0xEE00), char(0xEE01)) || ' ' || filters,
        replace(title, char(0xEE00), char(0xEE01)) || ' ' || filters
      FROM search_records;

    -- Prefix indexes up to 8 characters keep search-as-you-type from merging whole doclists.
    CREATE VIRTUAL TABLE search_index USING fts5(
      text,
      content = '', contentless_delete = 1, detail = none,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3 4 5 6 7 8'
    );
    CREATE VIRTUAL TABLE search_titles USING fts5(
      text,
      content = '', contentless_delete = 1, detail = none,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3 4 5 6 7 8'
    );

    INSERT INTO search_index (rowid, text) SELECT entry, text FROM search_entries;
    INSERT INTO search_titles (rowid, text) SELECT entry, title_text FROM search_entries;
  `);
  for (const { table, kind } of SEARCHABLE) {
    const index = (id: string) => `
      INSERT INTO search_index (rowid, text)
        SELECT entry, text FROM search_entries WHERE kind = ${kind} AND id = ${id};
      INSERT INTO search_titles (rowid, text)
        SELECT entry, title_text FROM search_entries WHERE kind = ${kind} AND id = ${id};`;
    const remove = (id: string) => `
      DELETE FROM search_index WHERE rowid = ${id} * 4 + ${kind};
      DELETE FROM search_titles WHERE rowid = ${id} * 4 + ${kind};`;
    db.exec(`
      CREATE TRIGGER ${table}_ai AFTER INSERT ON ${table}
      WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search-deferred') BEGIN
        ${index('new.id')}
      END;
      CREATE TRIGGER ${table}_au AFTER UPDATE ON ${table} BEGIN
        ${remove('old.id')}
        ${index('new.id')}
      END;
      CREATE TRIGGER ${table}_ad AFTER DELETE ON ${table} BEGIN
        ${remove('old.id')}
      END;
    `);
  }
}
