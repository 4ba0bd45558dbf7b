import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { docxText } from './docx-text';

export type DocxTextReply =
  { text: string } | { error: { code?: AppError['code']; message: string } };

/** Reads one Word document, given in base64, and posts its text or why it cannot be read. */
docxText(Buffer.from(workerData as string, 'base64')).then(
  (text) => parentPort?.postMessage({ text } satisfies DocxTextReply),
  (error: unknown) =>
    parentPort?.postMessage({
      error:
        error instanceof AppError
          ? { code: error.code, message: error.message }
          : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    } satisfies DocxTextReply),
);
