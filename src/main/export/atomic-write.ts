import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../errors';

/** Named after the target, hidden, and marked with the writer's process id for the clean-up. */
const TEMPORARY = /^\..+\.amicus-(\d+)-[0-9a-f]{12}\.tmp$/;
/** A temporary file this old is stale even if its process id is in use again. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Where a document goes when its folder refuses it: never another name in that same folder. */
const ELSEWHERE = 'Export it again to a folder you can write to, such as your Documents folder.';

function temporaryFor(target: string): string {
  const mark = `amicus-${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${mark}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what exports killed midway (a crash, a power cut, a killed process) left in a folder:
 * temporary files whose writer is gone, or that are a day old. A folder that cannot be read is
 * left alone; the export that follows says what is wrong with it.
 */
export async function removeStaleTemporaries(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (!pid) continue;
    const file = join(folder, name);
    try {
      const running = isRunning(Number(pid));
      if (running && now - (await stat(file)).mtimeMs < STALE_AFTER_MS) continue;
      await unlink(file);
    } catch {
      // Removed by its own export meanwhile, or not ours to remove: either way, nothing to do.
    }
  }
}

function alternativeName(target: string): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${stem} (${stamp})${ext}`;
}

/**
 * What the attorney reads when the document could not be saved: what happened, in words, and
 * where to save it instead; never a system error code or the temporary file's name.
 */
export function exportFailure(code: string | undefined, target: string, replacing: boolean) {
  const name = basename(target);
  const folder = dirname(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'conflict',
        `The disk is full, so ${name} was not saved (any earlier copy is intact). Free some space, or export it to another disk.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'not-found',
        `The folder ${folder} does not exist (it may have been moved, or its drive disconnected), so ${name} was not saved. ${ELSEWHERE}`,
      );
    case 'EISDIR':
      return new AppError(
        'conflict',
        `${target} is a folder, so the document was not saved. Export it again and choose a file name, not a folder.`,
      );
    case 'EROFS':
      return new AppError(
        'forbidden',
        `The folder ${folder} is on a read-only disk, so ${name} was not saved. ${ELSEWHERE}`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      // Replacing comes after the temporary file was made beside the target: the folder takes
      // files, and the target is what refuses.
      return replacing
        ? new AppError(
            'conflict',
            `${name} could not be replaced: it is open in another program (Word, perhaps) or locked. Close it and export again, or save it as ${alternativeName(target)}.`,
          )
        : new AppError(
            'forbidden',
            `Amicus may not save files in the folder ${folder} (it is read-only, or another user’s), so ${name} was not saved. ${ELSEWHERE}`,
          );
    default:
      return new AppError('internal', `${name} could not be saved in ${folder}. ${ELSEWHERE}`);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Writes through a temporary file in the same folder, flushed to disk, then renamed over the
 * target: a crash or a full disk leaves the old file intact, never half of a new one. A failed
 * write removes its temporary file; one left by a killed export is removed by the next export
 * to that folder.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  /** The file's permissions from its creation (0o600: its owner's alone), before the umask. */
  mode = 0o666,
): Promise<void> {
  await removeStaleTemporaries(dirname(target));
  const temporary = temporaryFor(target);
  let replacing = false;
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    replacing = true;
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    // Renaming onto a folder is EISDIR on Linux but EPERM on Windows: ask the file system.
    const code =
      replacing && (await isDirectory(target)) ? 'EISDIR' : (error as NodeJS.ErrnoException).code;
    throw exportFailure(code, target, replacing);
  }
}
