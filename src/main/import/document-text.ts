/// <reference types="electron-vite/node" />
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppError } from '../errors';
import { TOO_LARGE } from './docx-text';
import createDocxTextWorker from './docx-text.worker?nodeWorker';
import { runWorker } from './run-worker';

/** How long a Word document may take to read; a few seconds at most for the largest one allowed. */
export const DOCX_TIME_LIMIT_MS = 30_000;

/** Reads a Word document in a worker thread, within the Word reader's limits (see runWorker). */
export function readDocxOffThread<T>(
  createWorker: (options: WorkerOptions) => Worker,
  base64: string,
  timeLimitMs: number,
): Promise<T> {
  return runWorker<T>(createWorker, base64, {
    timeLimitMs,
    // Far above what 50 MB of text needs.
    heapMb: 1024,
    tooSlow: 'This Word document took too long to read; it may be damaged.',
    tooLarge: TOO_LARGE,
    reader: 'The Word document reader',
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
