import type { Channel } from '../../shared/channels';
import type { AmicusApi, Args, Envelope, ErrorCode, Result } from '../../shared/contract';

declare global {
  interface Window {
    /** Present in the desktop app, exposed by the preload; absent in a browser. */
    api?: AmicusApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The loopback web host: same channels, same envelopes, authenticated by its cookie. */
const httpTransport: AmicusApi = {
  async invoke(channel, args) {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
        credentials: 'same-origin',
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Amicus is not running (the connection to it was lost).',
        },
      };
    }
    if (!response.ok) {
      return { ok: false, error: { code: 'forbidden', message: await response.text() } };
    }
    return (await response.json()) as Envelope<Result<typeof channel>>;
  },
};

const transport: AmicusApi = window.api ?? httpTransport;

export const isDesktop = window.api !== undefined;

/** Calls main; resolves with the result or rejects with an ApiError carrying the user-facing message. */
export async function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await transport.invoke(channel, args);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

/**
 * Sends a last save while the page goes away. The browser keeps a beacon alive after unload;
 * the desktop app cannot, so there the caller holds the window open until the save resolves.
 */
export function saveWhileLeaving(briefId: number, content: string): 'sent' | 'must-wait' {
  if (isDesktop) return 'must-wait';
  const body = new Blob([JSON.stringify({ id: briefId, content })], { type: 'application/json' });
  return navigator.sendBeacon('/api/brief:save', body) ? 'sent' : 'must-wait';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
