import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  DatabaseUnreadableError,
  migrate,
  openDatabase,
} from '../../../../src/main/library/database';
import { LATEST_VERSION, MIGRATIONS } from '../../../../src/main/library/migrations';
import { createSearch } from '../../../../src/main/library/search';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import before012 from '../../../fixtures/search-before-012.json';
import { fillSearchLibrary, searchQueries } from '../../../fixtures/search-library';
import { tempDir, tempLibrary } from '../../../helpers/temp-library';

/**
 * Overwrites the page of one index (the facts by matter, which the demo fills) with garbage, as
 * a failing disk would: the table data stays readable, the index does not.
 */
function damagePage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db
    .prepare<[], { rootpage: number }>(
      "SELECT rootpage FROM sqlite_schema WHERE name = 'facts_by_matter'",
    )
    .get()!;
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0xa5, (rootpage - 1) * pageSize + 8, rootpage * pageSize);
  writeFileSync(file, bytes);
}

/**
 * Makes a file read-only even for root (who ignores permission bits, as CI does): immutable with
 * chattr where the process is root, else by its mode. Returns how to undo it.
 */
function makeReadOnly(file: string): () => void {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o400);
    return () => chmodSync(file, 0o600);
  }
  execFileSync('chattr', ['+i', file]);
  return () => execFileSync('chattr', ['-i', file]);
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('sets WAL, foreign keys, synchronous FULL and a 64 MB cache, and reaches the latest schema', () => {
    const { library } = tempLibrary();
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(library.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(library.db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });

  it('refuses a library from a newer Amicus and leaves the file byte for byte as it was', () => {
    const file = join(tempDir(), 'newer.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma(`user_version = ${LATEST_VERSION + 5}`);
    newer.close();
    const before = digest(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Amicus/);
    expect(digest(file)).toBe(before);
  });

  it('reports a file that is not a database clearly and does not touch it', () => {
    const file = join(tempDir(), 'garbage.sqlite');
    writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const before = digest(file);

    expect(() => openDatabase(file)).toThrow(DatabaseUnreadableError);
    expect(() => openDatabase(file)).toThrow(/not an Amicus library.*has not changed the file/s);
    expect(digest(file)).toBe(before);
  });

  it('refuses a zero-byte library with its own message, and leaves it as it is (regression)', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(/is empty \(0 bytes\).*has not changed the file/s);
    expect(statSync(file).size).toBe(0);
  });

  it('refuses a library whose index is damaged, and never writes to it (regression)', () => {
    const { file, library } = tempLibrary();
    seedDemoLibrary(library);
    library.close();
    damagePage(file);
    const before = digest(file);
    expect(() => openDatabase(file)).toThrow(/is damaged \(SQLite reports/);
    expect(digest(file)).toBe(before);
  });

  it('checks a library not closed cleanly in full, and a clean one quickly', () => {
    const { file, library } = tempLibrary();
    // A crash leaves the open-marker behind; a clean close removes it.
    const crashed = new Database(file);
    library.db.close();
    crashed.close();
    expect(existsSync(`${file}.open`)).toBe(true);
    const reopened = openDatabase(file);
    expect(reopened.recoveredFromCrash).toBe(true);
    reopened.db.close();
  });

  it('creates a new library readable by its owner only', () => {
    const { file } = tempLibrary();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
  });

  it('says so plainly when the library file is read-only', () => {
    const { file, library } = tempLibrary();
    library.close();
    const undo = makeReadOnly(file);
    try {
      expect(() => openDatabase(file)).toThrow(/read-only, so Amicus could not save to it/);
    } finally {
      undo();
    }
  });
});

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates the tables as STRICT, with cascading facts and a search index kept by triggers', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main'",
      )
      .all();
    for (const name of [
      'matters',
      'authorities',
      'facts',
      'snippets',
      'briefs',
      'brief_citations',
      'meta',
    ]) {
      expect(tables.find((t) => t.name === name)?.strict, name).toBe(1);
    }

    db.prepare(
      "INSERT INTO matters (id, name, created_at, updated_at) VALUES (1, 'M', '', '')",
    ).run();
    db.prepare(
      "INSERT INTO facts (matter_id, text, record_cite, created_at, updated_at) VALUES (1, 'pushed against the wall of a store', 'A.R. 116', '', '')",
    ).run();
    const hit = () =>
      db.prepare("SELECT rowid FROM search_index WHERE search_index MATCH 'store'").all();
    expect(hit()).toHaveLength(1);
    db.prepare("UPDATE facts SET text = 'threatened her'").run();
    expect(hit()).toHaveLength(0);
    db.prepare('DELETE FROM matters').run();
    expect(db.prepare('SELECT count(*) AS n FROM facts').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 0 });
    expect(() =>
      db
        .prepare(
          "INSERT INTO authorities (kind, created_at, updated_at) VALUES ('treatise', '', '')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });

  it('002 gives every brief a citation style, Bluebook unless chosen, and refuses unknown styles', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO briefs (title, created_at, updated_at) VALUES ('Old brief', '', '')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT citation_style FROM briefs').get()).toEqual({
      citation_style: 'bluebook',
    });
    db.prepare("UPDATE briefs SET citation_style = 'eoir'").run();
    expect(() => db.prepare("UPDATE briefs SET citation_style = 'chicago'").run()).toThrow(
      /CHECK constraint/,
    );
  });

  it('003 gives every brief the FRAP default profile and refuses overrides that are not JSON', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      "INSERT INTO briefs (title, created_at, updated_at) VALUES ('Old brief', '', '')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.prepare('SELECT court_profile, profile_overrides FROM briefs').get()).toEqual({
      court_profile: 'frap-merits',
      profile_overrides: '{}',
    });
    expect(() => db.prepare("UPDATE briefs SET profile_overrides = '{oops'").run()).toThrow(
      /CHECK constraint/,
    );
  });

  it('004 gives every brief empty metadata and refuses text that is not JSON', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO briefs (title, created_at, updated_at) VALUES ('Old brief', '', '')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.prepare('SELECT metadata FROM briefs').get()).toEqual({ metadata: '{}' });
    expect(() => db.prepare("UPDATE briefs SET metadata = 'nope'").run()).toThrow(
      /CHECK constraint/,
    );
  });

  it('005 reads old Bluebook briefs as federal court practice, keeps EOIR, and adds history, docket and date to authorities', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`
      INSERT INTO briefs (id, title, citation_style, created_at, updated_at) VALUES
        (1, 'Was Bluebook', 'bluebook', '', ''), (2, 'EOIR', 'eoir', '', '');
      INSERT INTO authorities (id, kind, name, created_at, updated_at)
        VALUES (7, 'case', 'Doe v. Holder', '', '');
      INSERT INTO brief_citations (brief_id, authority_id) VALUES (1, 7);
    `);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.prepare('SELECT id, citation_style FROM briefs ORDER BY id').all()).toEqual([
      { id: 1, citation_style: 'federal' },
      { id: 2, citation_style: 'eoir' },
    ]);
    expect(() => db.prepare("UPDATE briefs SET citation_style = 'chicago'").run()).toThrow(
      /CHECK constraint/,
    );
    db.prepare("UPDATE briefs SET citation_style = 'bluebook' WHERE id = 1").run();
    // The briefs' citations survive the rebuilt column.
    expect(db.prepare('SELECT count(*) AS n FROM brief_citations').get()).toEqual({ n: 1 });
    db.prepare(
      "UPDATE authorities SET history = 'aff''d', docket = 'No. 09-1234', date = '2010-01-05' WHERE id = 7",
    ).run();
    expect(() => db.prepare("UPDATE authorities SET date = 'Jan. 5' WHERE id = 7").run()).toThrow(
      /CHECK constraint/,
    );
    const found = db
      .prepare("SELECT rowid FROM search_index WHERE search_index MATCH 'body:1234'")
      .all();
    expect(found).toEqual([{ rowid: 7 * 4 + 1 }]);
  });

  it('006 keeps versions of a brief, removed with it, and marks deleted briefs for the trash', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.exec("INSERT INTO briefs (id, title, created_at, updated_at) VALUES (1, 'Kept', '', '')");
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(db.prepare('SELECT deleted_at FROM briefs').get()).toEqual({ deleted_at: null });
    db.exec(
      "INSERT INTO brief_versions (brief_id, title, content, words, created_at) VALUES (1, 'Kept', '{}', 3, '')",
    );
    db.exec('DELETE FROM briefs WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM brief_versions').get()).toEqual({ n: 0 });
  });

  it('007 marks the seeded demo as a sample, lets facts belong to no matter, and keeps them searchable', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 6));
    const seededAt = '2026-03-01T10:00:00.000Z';
    const later = '2026-03-02T09:00:00.000Z';
    db.exec(`
      INSERT INTO matters (id, name, docket, created_at, updated_at)
        VALUES (1, 'Cece v. Holder', 'No. 11-1989', '${seededAt}', '${seededAt}'),
               (2, 'Hoxha v. Garland', '', '${later}', '${later}');
      INSERT INTO authorities (id, kind, name, created_at, updated_at)
        VALUES (1, 'case', 'Cece v. Holder', '${seededAt}', '${seededAt}'),
               (2, 'case', 'Paloka v. Holder', '${later}', '${later}');
      INSERT INTO facts (id, matter_id, text, created_at, updated_at)
        VALUES (1, 1, 'She lived alone in Korçë.', '${seededAt}', '${seededAt}'),
               (2, 1, 'Added by the user to the demo.', '${later}', '${later}'),
               (3, 2, 'She was followed home.', '${later}', '${later}');
      INSERT INTO briefs (id, matter_id, title, created_at, updated_at)
        VALUES (1, 1, 'Demo brief', '${seededAt}', '${seededAt}');
    `);
    migrate(db, MIGRATIONS.slice(0, 7));
    const sample = (table: string) =>
      db.prepare(`SELECT id FROM ${table} WHERE sample = 1 ORDER BY id`).all();
    expect(sample('matters')).toEqual([{ id: 1 }]);
    expect(sample('authorities')).toEqual([{ id: 1 }]);
    expect(sample('facts')).toEqual([{ id: 1 }]);
    expect(sample('briefs')).toEqual([{ id: 1 }]);
    // The rebuilt table's facts are still found, and a new one may belong to no matter.
    db.exec(
      "INSERT INTO facts (matter_id, text, created_at, updated_at) VALUES (NULL, 'A general fact about Korçë.', '', '')",
    );
    const tagsOf = db.prepare<[], { tags: string }>(
      "SELECT tags FROM search_titles WHERE rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH 'body:Korçë') ORDER BY rowid",
    );
    expect(tagsOf.all()).toEqual([{ tags: 'typefact matter1' }, { tags: 'typefact matternone' }]);
    // A matter with facts cannot be deleted out from under them.
    expect(() => db.exec('DELETE FROM matters WHERE id = 2')).toThrow(/FOREIGN KEY/);
  });

  it("009 reads each fact's record cite as a reference, keeping its text, and leaves what is no record page as text", () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 8));
    db.exec(`
      INSERT INTO matters (id, name, created_at, updated_at) VALUES (1, 'M', '', '');
      INSERT INTO facts (id, matter_id, text, record_cite, created_at, updated_at) VALUES
        (1, 1, 'Beaten.', 'A.R. 116–17', '', ''),
        (2, 1, 'Hearing.', 'Admin. R. at 7', '', ''),
        (3, 1, 'Denied.', 'Dkt. 11-1989', '', ''),
        (4, 1, 'Uncited.', '', '', '');
    `);
    migrate(db, MIGRATIONS.slice(0, 9));
    expect(
      db.prepare('SELECT id, record_cite, record_kind, record_pages FROM facts ORDER BY id').all(),
    ).toEqual([
      {
        id: 1,
        record_cite: 'A.R. 116–17',
        record_kind: 'administrative',
        record_pages: '[{"first":116,"last":117}]',
      },
      {
        id: 2,
        record_cite: 'Admin. R. at 7',
        record_kind: 'administrative',
        record_pages: '[{"first":7,"last":7}]',
      },
      { id: 3, record_cite: 'Dkt. 11-1989', record_kind: null, record_pages: null },
      { id: 4, record_cite: '', record_kind: null, record_pages: null },
    ]);
    expect(() => db.exec("UPDATE facts SET record_kind = 'transcript' WHERE id = 1")).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.exec('UPDATE facts SET record_pages = NULL WHERE id = 1')).toThrow(
      /CHECK constraint/,
    );
  });

  it('010 gives every authority an empty treatment note, its other fields as they were', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 7));
    db.exec(`INSERT INTO authorities (kind, name, volume, reporter, first_page, notes, created_at, updated_at)
      VALUES ('agency', 'Matter of A-B-', '27', 'I&N Dec.', '316', 'my general note', '', '')`);
    migrate(db, MIGRATIONS.slice(0, 10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(
      db.prepare('SELECT name, reporter, notes, treatment_note FROM authorities').get(),
    ).toEqual({
      name: 'Matter of A-B-',
      reporter: 'I&N Dec.',
      notes: 'my general note',
      treatment_note: '',
    });
  });

  it('011 gives the library an identity of its own and no record origins, its records as they were', () => {
    const identity = () => {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.slice(0, 10));
      db.exec(
        `INSERT INTO matters (name, created_at, updated_at) VALUES ('Doe v. Garland', '', '')`,
      );
      migrate(db, MIGRATIONS.slice(0, 11));
      expect(db.pragma('user_version', { simple: true })).toBe(11);
      expect(db.prepare('SELECT name FROM matters').all()).toEqual([{ name: 'Doe v. Garland' }]);
      expect(db.prepare('SELECT count(*) AS n FROM record_origins').get()).toEqual({ n: 0 });
      return (
        db.prepare("SELECT value FROM meta WHERE key = 'library-uid'").get() as { value: string }
      ).value;
    };
    const [one, two] = [identity(), identity()];
    expect(one).toMatch(/^[0-9a-f]{32}$/);
    expect(one).not.toBe(two);
  });

  it('012 rebuilds the search indexes without copies of the text, and every search finds and ranks what it did', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 11));
    fillSearchLibrary(db);
    migrate(db, MIGRATIONS.slice(0, 12));
    expect(db.pragma('user_version', { simple: true })).toBe(12);

    // Recorded with the search of schema 11 on this same library, before the migration.
    const search = createSearch(db);
    const results = Object.fromEntries(
      searchQueries().map((query) => [
        JSON.stringify(query),
        search
          .find(query)
          .map((ref) => `${ref.type[0]}${ref.id}`)
          .join(' '),
      ]),
    );
    expect(results).toEqual(before012);

    const shadowTables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE name LIKE 'search_%' AND type = 'table' ORDER BY name",
      )
      .all()
      .map((row) => row.name);
    expect(shadowTables.filter((name) => name.endsWith('_content'))).toEqual([]);
  });

  it('runs each migration in one transaction: a failing one leaves its version and schema unapplied', () => {
    const db = new Database(':memory:');
    const broken = {
      version: 2,
      name: 'broken',
      up: (d: Database.Database) =>
        d.exec('CREATE TABLE half_done (x); SELECT nope FROM missing_table;'),
    };
    expect(() => migrate(db, [MIGRATIONS[0]!, broken])).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toEqual({ n: 0 });
  });

  it('reopening an up-to-date library changes nothing', () => {
    const { file, library } = tempLibrary();
    library.close();
    const again = openDatabase(file);
    expect(again.created).toBe(false);
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    again.db.close();
  });
});
