import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningApp {
  url: string;
  dataDir: string;
  browser: Browser;
  page: Page;
  /** Calls a contract channel on the running host, as the page does. */
  call(channel: string, args: unknown): Promise<{ ok: boolean; value?: unknown }>;
  /** Stops the host with SIGTERM and waits for it to close the library. */
  stopHost(): Promise<number | null>;
  /** Kills the host outright (SIGKILL), as a crash would, and waits until it is gone. */
  killHost(): Promise<void>;
  /** Starts the host again on the same data folder, as a user reopening the app would. */
  restartHost(): Promise<string>;
  /** Opens the host's printed address in a page, as the user would after a restart. */
  openIn(page: Page): Promise<void>;
  close(): Promise<void>;
}

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const entry = join(process.cwd(), 'out/main/web.js');
  if (!existsSync(entry)) throw new Error('Build the app first (npm run build).');
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('http://127.0.0.1:')) resolve({ child, url: line.trim() });
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** `npm run web` on a fresh data folder, and Debian's Chromium looking at it. */
export async function launchApp(): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'amicus-e2e-'));
  let host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(host.url);
  // The page trades the printed address's one-time code for its session token; calls from the
  // tests carry the same token, read from the tab.
  await page.waitForFunction(() => sessionStorage.getItem('amicus-session') !== null);
  let token = await page.evaluate(() => sessionStorage.getItem('amicus-session') ?? '');
  return {
    get url() {
      return host.url;
    },
    dataDir,
    browser,
    page,
    async call(channel, args) {
      const { origin } = new URL(host.url);
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-amicus-token': token },
        body: JSON.stringify(args),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    stopHost: () => stop(host.child),
    killHost: () =>
      new Promise<void>((resolve) => {
        if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
        host.child.once('exit', () => resolve());
        host.child.kill('SIGKILL');
      }),
    async restartHost() {
      host = await startHost(dataDir);
      return host.url;
    },
    async openIn(target) {
      await target.goto(host.url);
      await target.waitForFunction(
        (old) => (sessionStorage.getItem('amicus-session') ?? old) !== old,
        token,
      );
      token = await target.evaluate(() => sessionStorage.getItem('amicus-session') ?? '');
    },
    async close() {
      await browser.close();
      await stop(host.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
