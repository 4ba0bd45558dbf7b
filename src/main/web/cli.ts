import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../handlers';
import { LibrarySession } from '../library/session';
import { createLog } from '../log';
import { argValue, resolveDataDir } from '../paths';
import { DOWNLOAD_HOST } from './download-host';
import { startWebHost } from './server';

/** Where the host remembers its port, so a restarted host serves the same page origin. */
const PORT_FILE = 'web-port';

function rememberedPort(dataDir: string): number | undefined {
  try {
    const port = Number(readFileSync(join(dataDir, PORT_FILE), 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** `npm run web`: the desktop app's handlers and page, served to a browser on this machine. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  const log = createLog(dataDir);
  const session = new LibrarySession(dataDir, log);
  session.open();

  const handlers = createHandlers(session, DOWNLOAD_HOST);
  const chosen = argValue(argv, 'port');
  const port = Number(chosen ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, not ${chosen}`);
  const host = await startWebHost({
    handlers,
    staticDir: join(__dirname, '../renderer'),
    port,
    // A page left open across a restart keeps its unsaved edits only on the same origin.
    ...(chosen === undefined && { preferredPort: rememberedPort(dataDir) }),
    log,
  });
  try {
    writeFileSync(join(dataDir, PORT_FILE), `${host.port}\n`, { mode: 0o600 });
  } catch (error) {
    log.error('remembering the port', error);
  }

  process.stdout.write(`${host.url}\n`);
  const status = session.status();
  process.stderr.write(
    status.state === 'open'
      ? `Amicus library: ${dataDir}. Open the address above (it works once); Ctrl+C stops Amicus.\n`
      : `Amicus cannot use its library: ${status.message ?? ''}\nOpen the address above to restore a backup. Ctrl+C stops Amicus.\n`,
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void host.close().finally(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Amicus could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
