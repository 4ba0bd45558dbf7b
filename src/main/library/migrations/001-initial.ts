import type { Database } from 'better-sqlite3';

/** The library's first schema: matters, authorities, facts, snippets, briefs and search. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE matters (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      court TEXT NOT NULL DEFAULT '',
      docket TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE authorities (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('case', 'agency', 'statute', 'regulation', 'secondary')),
      name TEXT NOT NULL DEFAULT '',
      short_name TEXT NOT NULL DEFAULT '',
      volume TEXT NOT NULL DEFAULT '',
      reporter TEXT NOT NULL DEFAULT '',
      first_page TEXT NOT NULL DEFAULT '',
      court TEXT NOT NULL DEFAULT '',
      year INTEGER,
      title TEXT NOT NULL DEFAULT '',
      code TEXT NOT NULL DEFAULT '',
      section TEXT NOT NULL DEFAULT '',
      parenthetical TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE facts (
      id INTEGER PRIMARY KEY,
      matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      record_cite TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX facts_by_matter ON facts(matter_id);

    CREATE TABLE snippets (
      id INTEGER PRIMARY KEY,
      matter_id INTEGER REFERENCES matters(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      content TEXT NOT NULL,
      plain_text TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX snippets_by_matter ON snippets(matter_id);

    CREATE TABLE briefs (
      id INTEGER PRIMARY KEY,
      matter_id INTEGER REFERENCES matters(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      content TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Which authorities each brief cites, kept on every save, so that deleting a cited
    -- authority can be refused by name instead of leaving a dangling citation.
    CREATE TABLE brief_citations (
      brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
      authority_id INTEGER NOT NULL REFERENCES authorities(id) ON DELETE RESTRICT,
      PRIMARY KEY (brief_id, authority_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX brief_citations_by_authority ON brief_citations(authority_id);

    -- Full-text search over the three searchable tables, in two indexes: search_index holds
    -- every word of a record, search_titles only its name (case name, record cite, snippet
    -- title), so name matches are found without scanning text matches. rowid = id * 4 + type
    -- (1 authority, 2 fact, 3 snippet) so each record's entries are found by key. Filters are
    -- tokens in "tags" (typeauthority, kindcase, matter12) so FTS5 intersects them itself.
    -- Prefix indexes up to 8 characters keep search-as-you-type from merging whole doclists.
    CREATE VIRTUAL TABLE search_index USING fts5(
      title, body, tags,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3 4 5 6 7 8',
      detail = column
    );
    CREATE VIRTUAL TABLE search_titles USING fts5(
      title, tags,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3 4 5 6 7 8',
      detail = column
    );

    CREATE TRIGGER authorities_ai AFTER INSERT ON authorities BEGIN
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), concat_ws(' ', new.volume, new.reporter, new.first_page, new.court, new.year, new.parenthetical, new.notes), 'typeauthority kind' || new.kind);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), 'typeauthority kind' || new.kind);
    END;
    CREATE TRIGGER authorities_ad AFTER DELETE ON authorities BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 1;
    END;
    CREATE TRIGGER authorities_au AFTER UPDATE ON authorities BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 1;
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), concat_ws(' ', new.volume, new.reporter, new.first_page, new.court, new.year, new.parenthetical, new.notes), 'typeauthority kind' || new.kind);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), 'typeauthority kind' || new.kind);
    END;

    CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 2, new.record_cite, concat_ws(' ', new.text, new.source, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typefact matter' || new.matter_id);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 2, new.record_cite, 'typefact matter' || new.matter_id);
    END;
    CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 2;
    END;
    CREATE TRIGGER facts_au AFTER UPDATE ON facts BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 2;
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 2, new.record_cite, concat_ws(' ', new.text, new.source, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typefact matter' || new.matter_id);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 2, new.record_cite, 'typefact matter' || new.matter_id);
    END;

    CREATE TRIGGER snippets_ai AFTER INSERT ON snippets BEGIN
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 3, new.title, concat_ws(' ', new.plain_text, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typesnippet matter' || coalesce(new.matter_id, 'none'));
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 3, new.title, 'typesnippet matter' || coalesce(new.matter_id, 'none'));
    END;
    CREATE TRIGGER snippets_ad AFTER DELETE ON snippets BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 3;
    END;
    CREATE TRIGGER snippets_au AFTER UPDATE ON snippets BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 3;
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 3, new.title, concat_ws(' ', new.plain_text, (SELECT group_concat(value, ' ') FROM json_each(new.tags))), 'typesnippet matter' || coalesce(new.matter_id, 'none'));
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 3, new.title, 'typesnippet matter' || coalesce(new.matter_id, 'none'));
    END;
  `);
}
