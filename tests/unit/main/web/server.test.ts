import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/handlers';
import {
  SESSION_PATH,
  startWebHost,
  TOKEN_HEADER,
  type WebHost,
} from '../../../../src/main/web/server';
import { tempDir, tempSession } from '../../../helpers/temp-library';
import { CANCELLING_HOST } from '../../../helpers/hosts';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(preferredPort?: number): Promise<WebHost> {
  const { session } = tempSession();
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Amicus</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({
    handlers: createHandlers(session, CANCELLING_HOST),
    staticDir,
    ...(preferredPort !== undefined && { preferredPort }),
  });
  return host;
}

/** A raw request, so tests can send the Host and Origin headers a browser or an attacker would. */
function raw(
  port: number,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('loopback web host', () => {
  it('serves a restarted host on the port it had, so the page keeps its origin', async () => {
    const first = await start();
    const port = first.port;
    await first.close();
    host = undefined;
    const again = await start(port);
    expect(again.port).toBe(port);
    // Taken by another program: any free port will do.
    const third = await startWebHost({
      handlers: createHandlers(tempSession({ seed: false }).session, CANCELLING_HOST),
      staticDir: tempDir(),
      preferredPort: port,
    });
    expect(third.port).not.toBe(port);
    await third.close();
  });

  it('listens on 127.0.0.1 only, on a free port, and prints an address with a one-time code', async () => {
    const web = await start();
    expect(web.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${web.port}/\\?code=[\\w-]{20,}$`));
    expect(web.url).not.toContain(web.token);
  });

  it('refuses every API call without the session token', async () => {
    const web = await start();
    const hostHeader = { host: `127.0.0.1:${web.port}` };
    const api = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers: hostHeader,
      body: '{"text":""}',
    });
    expect(api.status).toBe(401);
    const wrong = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers: { ...hostHeader, [TOKEN_HEADER]: 'x'.repeat(web.token.length) },
      body: '{"text":""}',
    });
    expect(wrong.status).toBe(401);
  });

  it('trades the one-time code for the session token once, and sets no cookie (regression)', async () => {
    const web = await start();
    const hostHeader = { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json' };
    const code = new URL(web.url).searchParams.get('code');
    const trade = () =>
      raw(web.port, SESSION_PATH, {
        method: 'POST',
        headers: hostHeader,
        body: JSON.stringify({ code }),
      });
    const first = await trade();
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ token: web.token });
    expect(first.headers['set-cookie']).toBeUndefined();
    // The address in the browser's history opens nothing again.
    expect((await trade()).status).toBe(401);

    const page = await raw(web.port, '/', { headers: hostHeader });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain('<title>Amicus</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('answers API calls with envelopes, the bad ones with typed errors', async () => {
    const web = await start();
    const headers = {
      host: `127.0.0.1:${web.port}`,
      [TOKEN_HEADER]: web.token,
      'content-type': 'application/json',
    };
    const ok = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers,
      body: '{"text":"gatimi"}',
    });
    const found = JSON.parse(ok.body) as { ok: boolean; value: { authority?: { name: string } }[] };
    expect(found.ok).toBe(true);
    expect(found.value[0]?.authority?.name).toBe('Gatimi v. Holder');
    const badJson = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers,
      body: '{"text":',
    });
    expect(JSON.parse(badJson.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const unknown = await raw(web.port, '/api/shell:exec', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect((await raw(web.port, '/api/library:search', { headers })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, even with the token', async () => {
    const web = await start();
    const token = { [TOKEN_HEADER]: web.token };
    expect(
      (await raw(web.port, '/', { headers: { ...token, host: `evil.example:${web.port}` } }))
        .status,
    ).toBe(403);
    expect((await raw(web.port, '/', { headers: { ...token, host: '127.0.0.1:1' } })).status).toBe(
      403,
    );
    const crossOrigin = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers: { ...token, host: `127.0.0.1:${web.port}`, origin: 'https://evil.example' },
      body: '{"text":""}',
    });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await raw(web.port, '/api/library:search', {
      method: 'POST',
      headers: { ...token, host: `localhost:${web.port}`, origin: `http://localhost:${web.port}` },
      body: '{"text":""}',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('serves nothing outside the renderer folder', async () => {
    const web = await start();
    const headers = { host: `127.0.0.1:${web.port}`, [TOKEN_HEADER]: web.token };
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc%2fpasswd',
    ]) {
      const answer = await raw(web.port, path, { headers });
      expect(answer.status, path).toBe(404);
    }
    expect((await raw(web.port, '/assets/app.js', { headers })).headers['content-type']).toMatch(
      /javascript/,
    );
  });
});
