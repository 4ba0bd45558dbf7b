import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../errors';

/** Another program (Word, most often) holds the file, or the folder refuses writes. */
export class TargetBusyError extends AppError {
  constructor(
    readonly target: string,
    readonly suggestion: string,
  ) {
    super(
      'conflict',
      `${basename(target)} could not be replaced: it is open in another program or the folder is read-only. Close it and export again, or save as ${basename(suggestion)}.`,
    );
  }
}

function alternativeName(target: string): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return join(dirname(target), `${stem} (${stamp})${ext}`);
}

/**
 * Writes through a temporary file in the same folder, flushed to disk, then renamed over the
 * target: a crash or a full disk leaves the old file intact, never half of a new one.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new TargetBusyError(target, alternativeName(target));
    }
    if (code === 'ENOSPC')
      throw new AppError(
        'internal',
        'The disk is full; the document was not saved and any earlier copy is intact.',
      );
    throw error;
  }
}
