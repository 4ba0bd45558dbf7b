import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_DEFINITION,
  contentType,
  createAppProtocolHandler,
  rendererUrl,
  resolveAppFile,
} from '../../../src/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security';
import { tempDir } from '../../helpers/temp-library';

/** A built renderer in a folder beside a file that must never be served. */
function builtRenderer(): string {
  const dir = tempDir();
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Amicus</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'icon.svg'), '<svg/>');
  writeFileSync(join(dir, 'secret.txt'), 'library password');
  return root;
}

const get = (url: string, method = 'GET') => new Request(url, { method });

describe('the app:// protocol', () => {
  it('is a standard, secure scheme that keeps the CSP (never bypasses it)', () => {
    expect(APP_SCHEME_DEFINITION.scheme).toBe('app');
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_DEFINITION.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_DEFINITION.privileges?.allowServiceWorkers).toBeFalsy();
  });

  it('serves the renderer’s files with their MIME types, the CSP and nosniff', async () => {
    const handle = createAppProtocolHandler(builtRenderer());
    const cases = [
      ['app://amicus/', 'text/html; charset=utf-8', 'Amicus'],
      ['app://amicus/index.html', 'text/html; charset=utf-8', 'Amicus'],
      ['app://amicus/assets/index-abc.js', 'text/javascript; charset=utf-8', 'export'],
      ['app://amicus/assets/index-abc.css?v=1', 'text/css; charset=utf-8', 'body'],
      ['app://amicus/icon.svg', 'image/svg+xml', '<svg/>'],
    ] as const;
    for (const [url, type, text] of cases) {
      const response = await handle(get(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type'), url).toBe(type);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text(), url).toContain(text);
    }
  });

  it('never serves a file outside the renderer, however the path is spelled', async () => {
    const root = builtRenderer();
    const handle = createAppProtocolHandler(root);
    for (const url of [
      'app://amicus/../secret.txt',
      'app://amicus/%2e%2e/secret.txt',
      'app://amicus/..%2fsecret.txt',
      'app://amicus/assets/..%2F..%2Fsecret.txt',
      'app://amicus/..%5Csecret.txt',
      'app://amicus/%2Fetc%2Fpasswd',
      'app://amicus/index.html%00.js',
      'app://amicus/%E0%A4%A',
      'app://amicus/missing.js',
      'app://amicus/assets',
      'app://other/index.html',
    ]) {
      const response = await handle(get(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('library password');
    }
    expect(resolveAppFile(root, 'app://amicus/..%2fsecret.txt')).toBeUndefined();
    expect(resolveAppFile(root, 'app://amicus/%2Fetc%2Fpasswd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const handle = createAppProtocolHandler(builtRenderer());
    const head = await handle(get('app://amicus/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle(get('app://amicus/index.html', 'POST'))).status).toBe(405);
  });

  it('names unknown file types as bytes, never as something the page would run', () => {
    expect(contentType('a.WOFF2')).toBe('font/woff2');
    expect(contentType('notes.txt.exe')).toBe('application/octet-stream');
    expect(contentType('Makefile')).toBe('application/octet-stream');
  });
});

describe('the page the window opens', () => {
  it('is the dev server only in an unpackaged development build', () => {
    expect(rendererUrl('http://localhost:5173', false)).toBe('http://localhost:5173');
    expect(rendererUrl(undefined, false)).toBe(APP_ENTRY_URL);
    expect(rendererUrl('', false)).toBe(APP_ENTRY_URL);
  });

  it('is the app’s own page in a packaged app even when ELECTRON_RENDERER_URL is set', () => {
    expect(rendererUrl('http://localhost:5173', true)).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://amicus/index.html');
  });
});
