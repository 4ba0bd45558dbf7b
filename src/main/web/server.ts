import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Handlers } from '../handlers';
import { CONTENT_SECURITY_POLICY } from '../security';

export const TOKEN_COOKIE = 'amicus_token';
export const TOKEN_HEADER = 'x-amicus-token';
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
  /** The address that opens the app, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  log?: (message: string, error: unknown) => void;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
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

/**
 * Serves the renderer and the contract's handlers on 127.0.0.1 only. Every request needs the
 * per-launch token (cookie or header) and must name this host: a web page elsewhere, or a DNS
 * rebinding trick, gets nothing.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const log = options.log ?? console.error;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      log('web request failed', error);
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

    const queryToken = url.searchParams.get('token') ?? undefined;
    if (request.method === 'GET' && sameSecret(queryToken, token)) {
      // Trade the address's token for a cookie, then drop it from the address bar.
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      response.end();
      return;
    }
    const given =
      (request.headers[TOKEN_HEADER] as string | undefined) ??
      cookieValue(request.headers.cookie, TOKEN_COOKIE);
    if (!sameSecret(given, token)) {
      return send(response, 401, 'Open Amicus with the address it printed when it started.');
    }

    if (url.pathname.startsWith('/api/')) {
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
