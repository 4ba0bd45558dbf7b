import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** What every SQLite file begins with (the file format's header string). */
const SQLITE_HEADER = 'SQLite format 3\0';

/** The database was written by a newer Amicus; it is left exactly as it was. */
export class DatabaseTooNewError extends AppError {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(
      'conflict',
      `The library at ${file} was written by a newer version of Amicus (schema ${version}; this version reads up to ${LATEST_VERSION}). Update Amicus to open it. The file has not been changed.`,
    );
  }
}

/**
 * The library cannot be used as it is: empty, not a library, damaged or unwritable. Amicus has
 * not written to it; the message says what is wrong in plain words.
 */
export class DatabaseUnreadableError extends AppError {
  constructor(
    readonly file: string,
    readonly problem: 'empty' | 'not-a-library' | 'damaged' | 'read-only',
    detail: string,
  ) {
    super('unavailable', `${detail} Amicus has not changed the file.`);
  }
}

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration the database lacks, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const migration of migrations) {
    if (migration.version <= userVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

/** The first bytes of a file, to tell an SQLite database from anything else. */
function header(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(descriptor, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, read).toString('latin1');
  } finally {
    closeSync(descriptor);
  }
}

/** SQLite would open a file it cannot write read-only, and fail at the first save instead. */
function refuseIfReadOnly(file: string): void {
  try {
    closeSync(openSync(file, 'r+'));
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new DatabaseUnreadableError(
        file,
        'read-only',
        `The library at ${file} is read-only, so Amicus could not save to it. Make it writable, or start Amicus with another data folder (--data-dir).`,
      );
    throw error;
  }
}

/** The marker of a library that is open; found at the next start, it means a crash. */
export const openMarker = (file: string) => `${file}.open`;

const isCorruption = (error: unknown) =>
  /^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code ?? ''));

export interface OpenOptions {
  /** Called before the first migration of an existing library, to copy it aside. */
  beforeMigrating?(db: Db, from: number): void;
}

export interface OpenedDatabase {
  db: Db;
  /** The file was created by this open: a new, empty library. */
  created: boolean;
  /** The library was not closed cleanly the last time, so it had a full integrity check. */
  recoveredFromCrash: boolean;
}

/**
 * Opens (creating if need be) the library file. Nothing is written to an existing file before
 * it has been checked: a zero-byte file, a file that is not SQLite, a library from a newer
 * Amicus or a damaged one is refused with its own message and left as it was. A library not
 * closed cleanly gets a full integrity check, otherwise a quick one. Then the pragmas that keep
 * drafts safe, and the migrations (after `beforeMigrating` has copied the old schema aside).
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const created = !existsSync(file);
  if (!created) {
    if (statSync(file).size === 0)
      throw new DatabaseUnreadableError(
        file,
        'empty',
        `The library file at ${file} is empty (0 bytes): it holds no library.`,
      );
    if (header(file) !== SQLITE_HEADER)
      throw new DatabaseUnreadableError(
        file,
        'not-a-library',
        `The file at ${file} is not an Amicus library (it is not an SQLite database).`,
      );
  }
  const recoveredFromCrash = !created && existsSync(openMarker(file));
  if (!created) refuseIfReadOnly(file);

  let db: Db;
  // A new library is readable by its owner only; SQLite gives its WAL the same permissions.
  const umask = process.umask(0o077);
  try {
    db = new Database(file);
  } catch (error) {
    throw new DatabaseUnreadableError(
      file,
      'damaged',
      `The library at ${file} cannot be opened (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    process.umask(umask);
  }
  try {
    const version = userVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(file, version);
    if (!created) {
      const check = db.pragma(recoveredFromCrash ? 'integrity_check(1)' : 'quick_check(1)', {
        simple: true,
      });
      if (check !== 'ok')
        throw new DatabaseUnreadableError(
          file,
          'damaged',
          `The library at ${file} is damaged (SQLite reports: ${String(check)}).`,
        );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Search as you type reads the same index pages at every keystroke, and a large library's
    // outgrow SQLite's cache of about 16 MB. 64 MB is a ceiling, filled only as pages are read.
    db.pragma('cache_size = -65536');
    // Short, so a library locked by another program answers "busy" instead of freezing the app.
    db.pragma('busy_timeout = 250');
    if (!created && version < LATEST_VERSION) options.beforeMigrating?.(db, version);
    migrate(db);
    writeFileSync(openMarker(file), `${process.pid}\n`, { mode: 0o600 });
    return { db, created, recoveredFromCrash };
  } catch (error) {
    db.close();
    if (created) rmSync(file, { force: true });
    if (error instanceof AppError) throw error;
    if (isCorruption(error))
      throw new DatabaseUnreadableError(
        file,
        'damaged',
        `The library at ${file} is damaged (${error instanceof Error ? error.message : String(error)}).`,
      );
    throw error;
  }
}
