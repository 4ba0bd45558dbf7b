/// <reference types="electron-vite/node" />
import { MAX_TRANSFER_FILE_BYTES, type TransferFile } from '../../shared/library-file';
import { AppError } from '../errors';
import createTransferFileWorker from './transfer-file.worker?nodeWorker';
import { runWorker } from './run-worker';

const TOO_LARGE = 'This file is too large to import (over 50 MB).';

/**
 * An Amicus library file or a CSL-JSON file, read and validated in a worker thread so a large
 * or hostile file never holds up the app. Refused files say why; nothing has been written.
 */
export async function readTransferFileOffThread(
  base64: string,
  { timeLimitMs = 60_000 } = {},
): Promise<TransferFile> {
  // Base64 takes four characters for three bytes: refuse before decoding anything.
  if ((base64.length / 4) * 3 > MAX_TRANSFER_FILE_BYTES + 3)
    throw new AppError('invalid-argument', `${TOO_LARGE} Nothing was imported.`);
  return runWorker<TransferFile>(createTransferFileWorker, base64, {
    timeLimitMs,
    heapMb: 2048,
    tooSlow: 'This file took too long to read; it may be damaged. Nothing was imported.',
    tooLarge: `${TOO_LARGE} Nothing was imported.`,
    reader: 'The library file reader',
  });
}
