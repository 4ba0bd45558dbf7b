import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../handlers';
import { openLibrary } from '../library';
import { seedDemoLibrary } from '../library/seed';
import { argValue, LIBRARY_FILE_NAME, resolveDataDir } from '../paths';
import { startWebHost } from './server';

/** `npm run web`: the desktop app's handlers and page, served to a browser on this machine. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  mkdirSync(dataDir, { recursive: true });
  const library = openLibrary(join(dataDir, LIBRARY_FILE_NAME));
  seedDemoLibrary(library);

  const handlers = createHandlers(library, {
    deliverDocx: async (fileName, bytes) => ({
      kind: 'download',
      fileName,
      base64: Buffer.from(bytes).toString('base64'),
    }),
  });
  const port = Number(argValue(argv, 'port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, not ${argValue(argv, 'port')}`);
  const host = await startWebHost({ handlers, staticDir: join(__dirname, '../renderer'), port });

  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`Amicus library: ${dataDir}. Press Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void host.close().finally(() => {
      library.close();
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
