import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../shared/library';
import { AppError } from '../errors';
import type { Db } from './database';

/**
 * Verified, rotating copies of the library in its data folder. A copy is taken with SQLite's
 * own online backup (so edits still in the write-ahead log are in it), checked with
 * `PRAGMA integrity_check` under a temporary name, and only then given its name among the
 * backups and allowed to push an older one out of the rotation.
 */

const NAME = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/;
const REASONS: readonly BackupReason[] = [
  'daily',
  'periodic',
  'manual',
  'before-migration',
  'before-restore',
  'before-import',
];

/** Kept: the newest 24 copies, the newest copy of each of the last 14 days, 5 before migrations. */
export const ROTATION = { newest: 24, days: 14, migrations: 5 } as const;

export function backupsDir(libraryFile: string): string {
  return join(dirname(libraryFile), 'backups');
}

function backupName(at: Date, reason: BackupReason): string {
  return `library-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.sqlite`;
}

/** The backups in a folder, newest first; files that are not backups are left out. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name): BackupInfo[] => {
      const match = NAME.exec(name);
      const reason = match?.[6] as BackupReason | undefined;
      if (!match || !reason || !REASONS.includes(reason)) return [];
      const file = join(dir, name);
      return [
        {
          name,
          file,
          createdAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`,
          reason,
          bytes: statSync(file).size,
        },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Throws unless the file is a whole, consistent SQLite database. */
export function verifyBackup(file: string): void {
  let copy: Db | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const result = copy.pragma('integrity_check(1)', { simple: true });
    if (result !== 'ok') throw new Error(`integrity check: ${String(result)}`);
  } catch (error) {
    throw new AppError(
      'unavailable',
      `The backup ${basename(file)} is not a sound copy of the library (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    copy?.close();
  }
}

/** Drops copies that fall out of the rotation; never the newest. */
export function rotate(dir: string): void {
  const all = listBackups(dir);
  const keep = new Set(all.slice(0, ROTATION.newest).map((backup) => backup.name));
  const days = new Set<string>();
  for (const backup of all) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day) || days.size >= ROTATION.days) continue;
    days.add(day);
    keep.add(backup.name);
  }
  all
    .filter((backup) => backup.reason === 'before-migration')
    .slice(0, ROTATION.migrations)
    .forEach((backup) => keep.add(backup.name));
  for (const backup of all) if (!keep.has(backup.name)) rmSync(backup.file, { force: true });
}

function settle(dir: string, temporary: string, at: Date, reason: BackupReason): BackupInfo {
  chmodSync(temporary, 0o600);
  try {
    verifyBackup(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  const file = join(dir, backupName(at, reason));
  renameSync(temporary, file);
  rotate(dir);
  const info = listBackups(dir).find((backup) => backup.file === file);
  if (!info) throw new Error(`The backup ${file} vanished after it was written.`);
  return info;
}

function prepare(dir: string, at: Date): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return join(dir, `.in-progress-${at.getTime()}-${process.pid}.sqlite`);
}

/** A verified copy of an open library, taken without stopping it (SQLite's online backup). */
export async function backUp(
  db: Db,
  dir: string,
  reason: BackupReason,
  at = new Date(),
): Promise<BackupInfo> {
  const temporary = prepare(dir, at);
  try {
    await db.backup(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return settle(dir, temporary, at, reason);
}

/** The same, synchronously, for the moment before a migration changes the schema. */
export function backUpNow(db: Db, dir: string, reason: BackupReason, at = new Date()): BackupInfo {
  const temporary = prepare(dir, at);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return settle(dir, temporary, at, reason);
}

/** Backups left half-written by a process that died while taking one. */
export function removeUnfinished(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.startsWith('.in-progress-')) rmSync(join(dir, name), { force: true });
}

/**
 * Puts a backup in the library's place, with the library closed. The library being replaced is
 * kept aside beside it (never deleted), and the name it was kept under is returned.
 */
export function restoreBackup(libraryFile: string, backup: BackupInfo, at = new Date()): string {
  verifyBackup(backup.file);
  const aside = join(
    dirname(libraryFile),
    `library-replaced-${at.toISOString().replace(/:/g, '-').replace('.', '-')}.sqlite`,
  );
  if (existsSync(libraryFile)) {
    renameSync(libraryFile, aside);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(libraryFile + suffix)) renameSync(libraryFile + suffix, aside + suffix);
  }
  copyFileSync(backup.file, libraryFile);
  chmodSync(libraryFile, 0o600);
  return aside;
}
