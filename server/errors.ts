import type { ApiError } from '../src/shared/team-api';

type Code = ApiError['error']['code'];

const STATUS: Record<Code, number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  internal: 500,
};

/** A refusal the client is told about in plain words. */
export class HttpError extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}
