import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The desktop window loads the renderer from app://amicus/ rather than file://, so the page has
 * a real origin of its own ('self' in the CSP means exactly the app) and file:// keeps no
 * special standing.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'amicus';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    // An origin of its own for relative URLs, storage and the CSP's 'self'.
    standard: true,
    secure: true,
    // Vite's module script and stylesheet are fetched in CORS mode (crossorigin).
    corsEnabled: true,
    // The renderer bundle is over a megabyte; V8's code cache spares reparsing it each launch.
    codeCache: true,
  },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function answer(
  status: number,
  body: BodyInit | null,
  type = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * The file under `root` that an app:// URL names, or undefined when it names none: another host,
 * an undecodable path, or one that climbs out of `root` (`..`, encoded slashes or backslashes).
 */
export function resolveAppFile(root: string, url: string): string | undefined {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(resolve(root), file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return undefined;
  return file;
}

/** Serves the built renderer in `root` (out/renderer) read-only, for `protocol.handle`. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return answer(405, 'Method not allowed.');
    const file = resolveAppFile(root, request.url);
    if (!file) return answer(404, 'Not found.');
    try {
      const body = await readFile(file);
      return answer(200, request.method === 'HEAD' ? null : body, contentType(file));
    } catch {
      return answer(404, 'Not found.');
    }
  };
}

/**
 * The page the window opens. electron-vite's dev server only when a development build passes
 * its address in, and never in a packaged app, whatever the environment says.
 */
export function rendererUrl(devServerUrl: string | undefined, packaged: boolean): string {
  return devServerUrl && !packaged ? devServerUrl : APP_ENTRY_URL;
}
