import { parentPort, workerData } from 'node:worker_threads';
import { readTransferFile, TransferFileError, type TransferFile } from '../../shared/library-file';
import type { WorkerReply } from './worker-reply';

/** Reads and validates one library or CSL-JSON file, given in base64, off the main thread. */
function read(base64: string): WorkerReply<TransferFile> {
  try {
    return { value: readTransferFile(Buffer.from(base64, 'base64')) };
  } catch (error) {
    if (error instanceof TransferFileError)
      return { error: { code: 'invalid-argument', message: error.message } };
    // Only the kind of failure leaves the worker: a message could quote the file's contents.
    const kind = error instanceof Error ? error.name : typeof error;
    return { error: { message: `Reading the file failed (${kind}).` } };
  }
}

parentPort?.postMessage(read(workerData as string));
