/// <reference types="electron-vite/node" />
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppError } from '../errors';
import { TOO_LARGE } from './docx-text';
import createDocxTextWorker from './docx-text.worker?nodeWorker';
import type { WorkerReply } from './worker-reply';

/** How long a Word document may take to read; a few seconds at most for the largest one allowed. */
export const DOCX_TIME_LIMIT_MS = 30_000;

/**
 * Reads a Word document in a worker thread: a damaged or hostile file costs that thread
 * (stopped after the time limit, or when its heap runs out), never the app's main thread.
 */
export function readDocxOffThread<T>(
  createWorker: (options: WorkerOptions) => Worker,
  base64: string,
  timeLimitMs: number,
): Promise<T> {
  const worker = createWorker({
    workerData: base64,
    // Far above what 50 MB of text needs; a file that still exhausts it is refused as too large.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              'invalid-argument',
              'This Word document took too long to read; it may be damaged.',
            ),
          ),
        ),
      timeLimitMs,
    );
    worker.once('message', (reply: WorkerReply<T>) =>
      settle(() =>
        'value' in reply
          ? resolve(reply.value)
          : reject(
              reply.error.code
                ? new AppError(reply.error.code, reply.error.message)
                : new Error(reply.error.message),
            ),
      ),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('invalid-argument', TOO_LARGE)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`The Word document reader stopped with exit code ${code}.`))),
    );
  });
}

function plainText(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Not UTF-8 (a Windows-1252 file, say): read it byte for byte rather than show replacement marks.
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

/** The text of a document the user opened: plain text, or a Word document's body and footnotes. */
export async function documentText(
  fileName: string,
  base64: string,
  { timeLimitMs = DOCX_TIME_LIMIT_MS } = {},
): Promise<string> {
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (extension === '.docx')
    return readDocxOffThread<string>(createDocxTextWorker, base64, timeLimitMs);
  if (['.txt', '.text', '.md', ''].includes(extension))
    return plainText(Buffer.from(base64, 'base64'));
  throw new AppError(
    'invalid-argument',
    `Amicus reads plain-text (.txt) and Word (.docx) files, not ${extension} files.`,
  );
}
