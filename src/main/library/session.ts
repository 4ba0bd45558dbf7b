import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason, LibraryStatus } from '../../shared/library';
import { AppError } from '../errors';
import type { Log } from '../log';
import { LIBRARY_FILE_NAME } from '../paths';
import {
  backUp,
  backUpNow,
  backupsDir,
  listBackups,
  removeUnfinished,
  restoreBackup,
} from './backups';
import { openLibrary, type OpenedLibrary } from './index';
import { seedDemoLibrary } from './seed';

/**
 * A data folder Amicus cannot write to is said to be so before anything tries to write there:
 * SQLite would otherwise report it as a library it "cannot open", and the log would be asked
 * to record it in that same folder.
 */
function refuseReadOnlyFolder(dataDir: string): void {
  try {
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error;
    throw new AppError(
      'unavailable',
      `Amicus cannot write to its data folder ${dataDir}: the folder is read-only${code === 'EROFS' ? ' (it is on a read-only disk)' : ''}. Make it writable, or start Amicus with another data folder (--data-dir). Amicus has not changed anything in it.`,
    );
  }
}

/** How often, while the attorney edits, the library is copied aside. */
export const BACKUP_EVERY_MS = 30 * 60 * 1000;

/**
 * The library of one data folder for the life of the app: open, or unavailable with the reason
 * in plain words (damaged, empty, read-only, from a newer Amicus), never half-open. It takes
 * the backups (at start once a day, every 30 minutes of editing, before each migration, on
 * request) and restores one, keeping the file it replaces.
 */
export class LibrarySession {
  readonly file: string;
  readonly backups: string;
  private current: OpenedLibrary | null = null;
  private problem = '';
  private writesSinceBackup = 0;
  private backingUp: Promise<BackupInfo> | null = null;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    readonly dataDir: string,
    private readonly log: Log,
    private readonly seed = true,
  ) {
    this.file = join(dataDir, LIBRARY_FILE_NAME);
    this.backups = backupsDir(this.file);
    this.timer = setInterval(() => void this.backUpIfEdited(), BACKUP_EVERY_MS);
    this.timer.unref();
  }

  /** Opens the library; if it cannot be used, the session stays unavailable and says why. */
  open(): void {
    try {
      mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
      refuseReadOnlyFolder(this.dataDir);
      removeUnfinished(this.backups);
      this.current = openLibrary(this.file, {
        beforeMigrating: (db) => backUpNow(db, this.backups, 'before-migration'),
      });
      this.problem = '';
      if (this.seed) seedDemoLibrary(this.current);
      this.current.briefs.emptyTrash();
      void this.backUpOncePerDay();
    } catch (error) {
      this.current = null;
      this.problem = this.explain(error);
    }
  }

  private explain(error: unknown): string {
    if (error instanceof AppError) return error.message;
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      return `Amicus cannot write to its data folder ${this.dataDir} (${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}). Make it writable, or start Amicus with another folder (--data-dir).`;
    if (code === 'ENOSPC')
      return `The disk holding ${this.dataDir} is full. Free some space and start Amicus again.`;
    this.log.error('opening the library', error);
    return `Amicus could not open its library at ${this.file}; the details are in its log, ${this.log.file}.`;
  }

  /** The open library; a call while it is unavailable is answered with the reason. */
  get library(): OpenedLibrary {
    if (!this.current) throw new AppError('unavailable', this.problem);
    return this.current;
  }

  /** Called after each change to the library, so the periodic backup knows there is news. */
  noteWrite(): void {
    this.writesSinceBackup++;
  }

  status(): LibraryStatus {
    return {
      state: this.current ? 'open' : 'unavailable',
      ...(this.current ? {} : { message: this.problem }),
      file: this.file,
      logFile: this.log.file,
      backups: listBackups(this.backups),
      recoveredFromCrash: this.current?.recoveredFromCrash ?? false,
    };
  }

  /** A verified backup now; one already under way is shared rather than started twice. */
  backUp(reason: BackupReason): Promise<BackupInfo> {
    const library = this.library;
    if (this.backingUp) return this.backingUp;
    const writes = this.writesSinceBackup;
    this.backingUp = backUp(library.db, this.backups, reason)
      .then((backup) => {
        this.writesSinceBackup -= writes;
        return backup;
      })
      .finally(() => {
        this.backingUp = null;
      });
    return this.backingUp;
  }

  private async backUpOncePerDay(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    if (listBackups(this.backups).some((backup) => backup.createdAt.startsWith(today))) return;
    await this.backUp('daily').catch((error: unknown) => this.log.error('daily backup', error));
  }

  /** The periodic backup: taken only if the library changed since the last one. */
  async backUpIfEdited(): Promise<void> {
    if (!this.current || this.writesSinceBackup === 0) return;
    await this.backUp('periodic').catch((error: unknown) =>
      this.log.error('periodic backup', error),
    );
  }

  /**
   * Replaces the library with one of its backups: the current file (damaged or not) is kept
   * aside under a new name, never deleted; a library that is open is first backed up itself.
   */
  async restore(name: string): Promise<{ keptAside: string; status: LibraryStatus }> {
    const backup = listBackups(this.backups).find((candidate) => candidate.name === name);
    if (!backup) throw new AppError('not-found', `There is no backup named ${name}.`);
    if (this.current) {
      await this.backUp('before-restore');
      this.current.close();
      this.current = null;
    }
    const keptAside = restoreBackup(this.file, backup);
    this.open();
    return { keptAside, status: this.status() };
  }

  close(): void {
    clearInterval(this.timer);
    this.current?.close();
    this.current = null;
  }
}
