import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';

/** What a reading worker posts back: its result, or why the file cannot be read. */
export type WorkerReply<T> = { value: T } | { error: { code?: AppError['code']; message: string } };

/** Posts a worker's outcome to the thread that started it. */
export function reply<T>(work: Promise<T>): void {
  work.then(
    (value) => parentPort?.postMessage({ value } satisfies WorkerReply<T>),
    (error: unknown) =>
      parentPort?.postMessage({
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      } satisfies WorkerReply<T>),
  );
}
