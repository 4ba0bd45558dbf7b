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

/** Whether the page can reach Amicus; when it cannot, what to tell the attorney. */
export type Connection = { state: 'connected' } | { state: 'lost'; message: string };

/** The page's link to the library process, shared by every call and the banner that shows it. */
class ConnectionStore {
  private current: Connection = { state: 'connected' };
  private readonly listeners = new Set<() => void>();
  get = (): Connection => this.current;
  set(next: Connection): void {
    if (next.state === this.current.state) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const connection = new ConnectionStore();

/** The tab's session token, kept in its own storage: no other tab, origin or port sees it. */
const SESSION_KEY = 'amicus-session';
const TOKEN_HEADER = 'x-amicus-token';

/**
 * Trades the printed address's one-time code for the session token, and takes the code out of
 * the address bar and the history before anything else runs.
 */
async function browserSession(): Promise<string | null> {
  const code = new URLSearchParams(window.location.search).get('code');
  if (code) {
    window.history.replaceState(null, '', window.location.pathname);
    try {
      const response = await fetch('/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      if (response.ok) {
        const { token } = (await response.json()) as { token: string };
        sessionStorage.setItem(SESSION_KEY, token);
      }
    } catch {
      // Amicus is not running; the first call says so.
    }
  }
  return sessionStorage.getItem(SESSION_KEY);
}

let session: Promise<string | null> | null = null;

const LOST: Connection = {
  state: 'lost',
  message:
    'Amicus is not running, or was restarted. Start it again and open the address it prints; what you typed is kept in this page until then.',
};

/** The loopback web host: same channels, same envelopes, authenticated by the tab's token. */
const httpTransport: AmicusApi = {
  async invoke(channel, args) {
    session ??= browserSession();
    const token = await session;
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token && { [TOKEN_HEADER]: token }) },
        body: JSON.stringify(args),
      });
    } catch {
      connection.set(LOST);
      return { ok: false, error: { code: 'unavailable', message: LOST.message } };
    }
    if (response.status === 401) {
      connection.set(LOST);
      return { ok: false, error: { code: 'unavailable', message: LOST.message } };
    }
    if (!response.ok) {
      return { ok: false, error: { code: 'forbidden', message: await response.text() } };
    }
    connection.set({ state: 'connected' });
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
