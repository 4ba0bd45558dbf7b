import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Handlers } from '../handlers';
import type { Log } from '../log';
import { CONTENT_SECURITY_POLICY } from '../security';

export const TOKEN_HEADER = 'x-amicus-token';
/** Where the page trades the printed address's one-time code for its session token. */
export const SESSION_PATH = '/session';
/** Large enough for a long brief's editor state, small enough to refuse a runaway body. */
const MAX_BODY_BYTES = 60 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export interface WebHost {
  /** The address that opens the app, with its one-time code. */
  url: string;
  port: number;
  /** The session token the code is traded for; every API call carries it. */
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** The port to listen on; 0 picks a free one. */
  port?: number;
  /** A port to try first (the last launch's, so a restarted host keeps the page's origin). */
  preferredPort?: number;
  log?: Log;
}

const QUIET: Log = { file: 'nowhere', error: () => undefined };

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      resolve();
    });
  });
}

/**
 * Serves the renderer and the contract's handlers on 127.0.0.1 only, to requests that name this
 * host (a page elsewhere, or a DNS rebinding trick, gets nothing). The address printed at launch
 * carries a one-time code; the page trades it for a session token it keeps in its own tab's
 * storage and sends as a header. No cookie: a cookie would reach every port of 127.0.0.1, and
 * the code, once used, is worth nothing in the browser's history.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  let launchCode: string | null = randomBytes(24).toString('base64url');
  const log = options.log ?? QUIET;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      log.error('web request failed', error);
      if (!response.headersSent) send(response, 500, 'Amicus could not answer that request.');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    if (!hosts.has(request.headers.host ?? '')) return send(response, 403, 'Unknown host.');
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(response, 403, 'Cross-origin requests are refused.');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === SESSION_PATH) {
      if (request.method !== 'POST') return send(response, 405, 'Use POST.');
      let code: unknown;
      try {
        code = (JSON.parse(await readBody(request)) as { code?: unknown }).code;
      } catch {
        code = undefined;
      }
      if (typeof code !== 'string' || !launchCode || !sameSecret(code, launchCode))
        return send(
          response,
          401,
          'This address has been used already. Open Amicus with the address it printed when it started.',
        );
      launchCode = null;
      return send(response, 200, JSON.stringify({ token }), 'application/json');
    }

    if (url.pathname.startsWith('/api/')) {
      if (!sameSecret(request.headers[TOKEN_HEADER] as string | undefined, token))
        return send(
          response,
          401,
          'Amicus was restarted or closed. Start it again and open the address it prints.',
        );
      if (request.method !== 'POST') return send(response, 405, 'Use POST.');
      let args: unknown;
      try {
        const body = await readBody(request);
        args = body ? JSON.parse(body) : {};
      } catch (error) {
        const message =
          error instanceof RangeError ? 'Request too large.' : 'The request was not valid JSON.';
        return send(
          response,
          200,
          JSON.stringify({ ok: false, error: { code: 'invalid-argument', message } }),
          'application/json',
        );
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const envelope = await dispatch(options.handlers, channel, args, log);
      return send(response, 200, JSON.stringify(envelope), 'application/json');
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed.');
    const relative =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(options.staticDir, relative));
    if (!file.startsWith(normalize(options.staticDir) + sep))
      return send(response, 404, 'Not found.');
    try {
      const body = await readFile(file);
      return send(response, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(response, 404, 'Not found.');
    }
  }

  try {
    await listen(server, options.preferredPort ?? options.port ?? 0);
  } catch (error) {
    // The last launch's port is taken: any free one will do, but the page's origin changes.
    if (options.preferredPort === undefined || (error as { code?: unknown }).code !== 'EADDRINUSE')
      throw error;
    await listen(server, options.port ?? 0);
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?code=${launchCode}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
