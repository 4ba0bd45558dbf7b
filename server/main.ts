import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';
import { DOCUMENTS_PATH, TeamMatterData, TeamRole } from '../src/shared/team-api';
import { createApi } from './api';
import { createPool, first, newSecret } from './db';
import { createDocumentServer } from './documents';
import { log } from './log';
import { checkApiConnection, migrate, MigrationError } from './migrate';

const USAGE = `Amicus team server

  npm run server -- --database-url postgres://amicus_app@host/amicus [--port 8787] [--host 127.0.0.1] [--redis-url redis://127.0.0.1:6379]
      Serves the HTTP API and the brief documents, connected as the API's role (a member of
      amicus_api that owns nothing). Loopback only unless --host says otherwise; put TLS in front.

  npm run server -- migrate --database-url postgres://amicus_owner@host/amicus
      Brings the schema up to date, as the role that owns the tables.

  npm run server -- new-matter --database-url postgres://amicus_owner@host/amicus --name "Matter"
      Creates a matter and prints a one-time invitation (72 hours) for its first owner.
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function serve(options: {
  databaseUrl: string;
  host: string;
  port: number;
  redisUrl?: string;
}): Promise<void> {
  const pool = createPool(options.databaseUrl, 20);
  await checkApiConnection(pool);
  const documents = createDocumentServer({ pool, log, redisUrl: options.redisUrl });
  const server = createServer(createApi(pool, log));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== DOCUMENTS_PATH) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      documents.hocuspocus.handleConnection(websocket, request);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  log('listening', { host: address.address, port: address.port, redis: Boolean(options.redisUrl) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('stopping', { signal });
    server.close();
    // Closing the connections stores each open document before it is unloaded.
    documents.hocuspocus.closeConnections();
    sockets.close();
    await documents.flush();
    const deadline = Date.now() + 10_000;
    while (documents.hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await documents.flush();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function newMatter(databaseUrl: string, name: string): Promise<void> {
  const data = TeamMatterData.parse({ name });
  const pool = createPool(databaseUrl, 1);
  try {
    const { secret, hash } = newSecret();
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      const { rows } = await db.query<{ id: string }>(
        'INSERT INTO matters (id, data) VALUES (gen_random_uuid(), $1) RETURNING id',
        [data],
      );
      const matterId = first(rows).id;
      await db.query(
        `INSERT INTO invitations (code_hash, matter_id, role, expires_at)
         VALUES ($1, $2, $3, now() + interval '72 hours')`,
        [hash, matterId, TeamRole.enum.owner],
      );
      await db.query('COMMIT');
      // The one place a code is shown: to the administrator who asked for it.
      process.stderr.write(`Matter ${matterId}\nOwner's invitation (valid 72 hours, once):\n`);
      process.stdout.write(`${secret}\n`);
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    } finally {
      db.release();
    }
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      name: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const databaseUrl = values['database-url'] ?? process.env.AMICUS_DATABASE_URL;
  if (!databaseUrl) fail(`--database-url is required.\n\n${USAGE}`);
  switch (command) {
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port takes 0 to 65535.');
      await serve({
        databaseUrl,
        host: values.host,
        port,
        redisUrl: values['redis-url'] ?? process.env.AMICUS_REDIS_URL,
      });
      return;
    }
    case 'migrate': {
      const pool = createPool(databaseUrl, 1);
      try {
        const { from, to } = await migrate(pool);
        log('migrated', { from, to });
      } finally {
        await pool.end();
      }
      return;
    }
    case 'new-matter':
      if (!values.name) fail('new-matter needs --name.');
      await newMatter(databaseUrl, values.name);
      return;
    default:
      fail(`Unknown command ${command}.\n\n${USAGE}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError) fail(error.message);
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
