import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster and a Redis on 127.0.0.1, in a temporary folder, for the team server's
 * tests: Debian's binaries (postgresql, redis-server), started once for the whole project by
 * `global-setup.ts` and stopped after it.
 */

export interface Services {
  /** The superuser's URL, without a database name. */
  postgresUrl: string;
  redisUrl: string;
}

export interface Binaries {
  postgresBin: string;
  redisServer: string;
}

/** Debian's PostgreSQL (the newest of /usr/lib/postgresql/N/bin) and redis-server, or why not. */
export function findBinaries(): Binaries | { missing: string } {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const onPath = (name: string) => {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    return found.status === 0 ? found.stdout.trim() : null;
  };
  const initdb = versions[0] ? join(debian, versions[0], 'bin', 'initdb') : onPath('initdb');
  const redisServer =
    onPath('redis-server') ??
    (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null);
  const missing = [!initdb && 'PostgreSQL (initdb, pg_ctl)', !redisServer && 'redis-server'].filter(
    Boolean,
  );
  if (missing.length > 0 || !initdb || !redisServer) {
    return {
      missing: `${missing.join(' and ')} not installed (apt-get install postgresql redis-server)`,
    };
  }
  return { postgresBin: join(initdb, '..'), redisServer };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL will not run as root: as root, it runs as the `postgres` user Debian creates. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line)
    throw new Error('Running as root, and there is no postgres user to run PostgreSQL as.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(command: string, args: string[], user: { uid: number; gid: number } | null): void {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    ...(user ?? {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
}

export async function startServices(binaries: Binaries): Promise<{
  services: Services;
  stop(): Promise<void>;
}> {
  const folder = mkdtempSync(join(tmpdir(), 'amicus-team-'));
  const user = runAs();
  if (user) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'pg');
  const bin = (name: string) => join(binaries.postgresBin, name);
  run(
    bin('initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    user,
  );
  const pgPort = await freePort();
  run(
    bin('pg_ctl'),
    [
      '-D',
      data,
      '-l',
      join(folder, 'postgres.log'),
      '-w',
      '-t',
      '120',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${pgPort} -k ${folder} -c fsync=off -c max_connections=200`,
      'start',
    ],
    user,
  );

  const redisPort = await freePort();
  const redis: ChildProcess = spawn(
    binaries.redisServer,
    [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      folder,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    redis.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen}`)));
  });

  return {
    services: {
      postgresUrl: `postgres://postgres@127.0.0.1:${pgPort}`,
      redisUrl: `redis://127.0.0.1:${redisPort}`,
    },
    async stop() {
      const exited = new Promise((resolve) => redis.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
      run(bin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], user);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
