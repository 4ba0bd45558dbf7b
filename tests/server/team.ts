import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { inject } from 'vitest';
import type { Services } from './services';

/**
 * A team server database of its own for one test file, and real server processes on it
 * (`npm run server`'s entry point, run by Node with tsx), as a center would run them.
 */

export const services = inject('teamServices');
export const servicesMissing = inject('teamServicesMissing');

const ENTRY = ['--import', 'tsx', 'server/main.ts'];

function urlFor(base: string, user: string, database: string): string {
  const url = new URL(base);
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
}

/** Roles are the cluster's: created once, as the README tells a center to. */
async function ensureRoles(admin: pg.Client): Promise<void> {
  await admin.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'amicus_api') THEN CREATE ROLE amicus_api NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'amicus_owner') THEN CREATE ROLE amicus_owner LOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'amicus_app') THEN CREATE ROLE amicus_app LOGIN IN ROLE amicus_api; END IF;
  END $$`);
}

export interface Database {
  ownerUrl: string;
  appUrl: string;
  /** Connects as the owner (no row-level security): for what a test must set up or look at. */
  owner: pg.Pool;
  /** Connects as the API's role, as the server does. */
  app: pg.Pool;
  close(): Promise<void>;
}

export async function createDatabase(svc: Services): Promise<Database> {
  const name = `amicus_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({
    connectionString: urlFor(svc.postgresUrl, 'postgres', 'postgres'),
  });
  await admin.connect();
  try {
    // Two files may create the roles at once; the loser of that race finds them made.
    await ensureRoles(admin).catch(() => ensureRoles(admin));
    await admin.query(`CREATE DATABASE ${name} OWNER amicus_owner`);
  } finally {
    await admin.end();
  }
  const ownerUrl = urlFor(svc.postgresUrl, 'amicus_owner', name);
  const appUrl = urlFor(svc.postgresUrl, 'amicus_app', name);
  const migrated = await runCli(['migrate', '--database-url', ownerUrl]);
  if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  const app = new pg.Pool({ connectionString: appUrl, max: 2 });
  return {
    ownerUrl,
    appUrl,
    owner,
    app,
    async close() {
      await Promise.all([owner.end(), app.end()]);
    },
  };
}

export async function runCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

/** A new matter and its first owner's invitation, made the way an administrator makes them. */
export async function newMatter(db: Database, name: string): Promise<string> {
  const result = await runCli(['new-matter', '--database-url', db.ownerUrl, '--name', name]);
  if (result.code !== 0) throw new Error(`new-matter failed: ${result.stderr}`);
  return result.stdout.trim();
}

export interface Instance {
  port: number;
  http: string;
  ws: string;
  /** Every line the process wrote to stdout (its log). */
  output: string[];
  process: ChildProcess;
  /** Stops it as an operator would (SIGTERM), waiting for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to store anything. */
  kill(): Promise<void>;
}

export async function startInstance(
  db: Database,
  options: { redisUrl?: string; port?: number } = {},
): Promise<Instance> {
  const args = ['--database-url', db.appUrl, '--port', String(options.port ?? 0)];
  if (options.redisUrl) args.push('--redis-url', options.redisUrl);
  const child = spawn(process.execPath, [...ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const event = JSON.parse(line) as { event: string; port?: number };
      if (event.event === 'listening') resolve(event.port!);
    });
    child.once('exit', (code) => reject(new Error(`The server exited (${code}): ${stderr}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    port,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}/v1/documents`,
    output,
    process: child,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** One member's view of the API. */
export function client(instance: { http: string }, token?: string | null) {
  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply<T>> => {
    const response = await fetch(`${instance.http}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    get: <T = Record<string, unknown>>(path: string) => call<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T = Record<string, unknown>>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = Record<string, unknown>>(path: string) => call<T>('DELETE', path),
  };
}

/** A user who accepted an invitation: their token, and the matter it made them a member of. */
export interface Member {
  token: string;
  userId: string;
  matterId: string;
  role: string;
}

/** Accepts an invitation as a new user: their token and ids. */
export async function join(
  instance: { http: string },
  code: string,
  name: string,
): Promise<Member> {
  const reply = await client(instance).post<Member>('/v1/invitations/accept', { code, name });
  if (reply.status !== 200) throw new Error(`accept failed: ${JSON.stringify(reply.body)}`);
  return reply.body;
}
