import type { ErrorCode } from '../shared/contract';

/** An error whose message is meant for the user and whose code travels to the renderer. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: number): AppError {
  return new AppError('not-found', `${what} ${id} does not exist (it may have been deleted).`);
}
