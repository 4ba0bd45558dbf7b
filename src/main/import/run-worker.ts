import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppError } from '../errors';
import type { WorkerReply } from './worker-reply';

export interface WorkerLimits {
  /** How long the work may take before the worker is stopped. */
  timeLimitMs: number;
  /** The heap the worker may use; a file that exhausts it is refused as too large. */
  heapMb: number;
  /** What the user reads when the time runs out, or the heap. */
  tooSlow: string;
  tooLarge: string;
  /** The reader, as its unexpected stop is reported ("The Word document reader"). */
  reader: string;
}

/**
 * Runs one job in a worker thread and resolves with the value of its one reply (see
 * worker-reply), or rejects with the error it reports: a damaged or hostile file costs that
 * thread (stopped after the time limit, or when its heap runs out), never the app's main thread.
 */
export function runWorker<T>(
  start: (options: WorkerOptions) => Worker,
  workerData: unknown,
  limits: WorkerLimits,
): Promise<T> {
  const worker = start({ workerData, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
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
      () => settle(() => reject(new AppError('invalid-argument', limits.tooSlow))),
      limits.timeLimitMs,
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
            ? new AppError('invalid-argument', limits.tooLarge)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`${limits.reader} stopped with exit code ${code}.`))),
    );
  });
}
