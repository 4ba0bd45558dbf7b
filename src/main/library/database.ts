import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

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

export class DatabaseUnreadableError extends AppError {
  constructor(file: string, cause: unknown) {
    super(
      'internal',
      `The library at ${file} cannot be read (${cause instanceof Error ? cause.message : String(cause)}). It may be damaged or not an Amicus library. The file has not been changed; restore it from a backup or choose another data folder.`,
    );
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

/**
 * Opens (creating if need be) the library file, refuses one from a newer Amicus before writing
 * anything to it, then sets the pragmas that keep drafts safe and brings the schema up to date.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new DatabaseUnreadableError(file, error);
  }
  try {
    const version = userVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(file, version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw new DatabaseUnreadableError(file, error);
  }
}
