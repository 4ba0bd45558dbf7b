import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool, PoolClient } from 'pg';
import type { z } from 'zod';
import { TeamApi, Uuid } from '../src/shared/team-api';
import { asUser, authenticate, first, hashSecret, newSecret, pgCode } from './db';
import { HttpError } from './errors';
import * as library from './library';
import type { Log } from './log';

/** The most a request body may hold: a push of 500 changes, snippets among them. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

interface Request {
  userId: string | null;
  params: string[];
  query: URLSearchParams;
  body: unknown;
}

type Handler = (request: Request, pool: Pool) => Promise<unknown>;

interface Route {
  /** What the log calls it. */
  name: string;
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const UUID = '([0-9a-fA-F-]{36})';

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpError(
      'bad-request',
      result.error.issues
        .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
        .join('; '),
    );
  }
  return result.data;
}

function signedIn(request: Request): string {
  if (!request.userId) throw new HttpError('unauthorized', 'Sign in with your team token.');
  return request.userId;
}

function param(request: Request, index: number): string {
  return parse(Uuid, request.params[index]);
}

/** Runs a handler's queries as the signed-in user, under row-level security. */
function asMember(
  work: (db: PoolClient, request: Request, userId: string) => Promise<unknown>,
): Handler {
  return (request, pool) => {
    const userId = signedIn(request);
    return asUser(pool, userId, (db) => work(db, request, userId));
  };
}

const routes: Route[] = [
  {
    name: 'health',
    method: 'GET',
    pattern: /^\/v1\/health$/,
    handler: async () => ({ ok: true }),
  },
  {
    name: 'invitation.accept',
    method: 'POST',
    pattern: /^\/v1\/invitations\/accept$/,
    handler: async (request, pool) => {
      const body = parse(TeamApi.acceptInvitation.request, request.body);
      const fresh = request.userId ? null : newSecret();
      if (fresh && !body.name)
        throw new HttpError('bad-request', 'name: a new member needs a name.');
      const { rows } = await pool.query<{ user_id: string; matter_id: string; role: string }>(
        'SELECT * FROM accept_invitation($1, $2, $3, $4)',
        [hashSecret(body.code), request.userId, body.name ?? null, fresh?.hash ?? null],
      );
      const accepted = rows[0];
      if (!accepted) {
        throw new HttpError('not-found', 'That invitation is unknown, used or expired.');
      }
      return {
        userId: accepted.user_id,
        token: fresh?.secret ?? null,
        matterId: accepted.matter_id,
        role: accepted.role,
      };
    },
  },
  {
    name: 'me',
    method: 'GET',
    pattern: /^\/v1\/me$/,
    handler: asMember(async (db, _request, userId) => {
      const { rows } = await db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [
        userId,
      ]);
      return { userId, name: first(rows).name };
    }),
  },
  {
    name: 'matters.list',
    method: 'GET',
    pattern: /^\/v1\/matters$/,
    handler: asMember(async (db) => ({ matters: await library.listMatters(db) })),
  },
  {
    name: 'matter.create',
    method: 'POST',
    pattern: /^\/v1\/matters$/,
    handler: asMember((db, request) =>
      library.createMatter(db, parse(TeamApi.createMatter.request, request.body)),
    ),
  },
  {
    name: 'matter.update',
    method: 'PUT',
    pattern: new RegExp(`^/v1/matters/${UUID}$`),
    handler: asMember((db, request) =>
      library.updateMatter(
        db,
        param(request, 0),
        parse(TeamApi.updateMatter.request, request.body),
      ),
    ),
  },
  {
    name: 'pull',
    method: 'GET',
    pattern: new RegExp(`^/v1/matters/${UUID}/changes$`),
    handler: asMember((db, request) =>
      library.pull(
        db,
        param(request, 0),
        parse(TeamApi.pull.query, Object.fromEntries(request.query)),
      ),
    ),
  },
  {
    name: 'push',
    method: 'POST',
    pattern: /^\/v1\/push$/,
    handler: asMember(async (db, request) => ({
      results: await library.push(db, parse(TeamApi.push.request, request.body)),
    })),
  },
  {
    name: 'members.list',
    method: 'GET',
    pattern: new RegExp(`^/v1/matters/${UUID}/members$`),
    handler: asMember(async (db, request) => ({
      members: await library.listMembers(db, param(request, 0)),
    })),
  },
  {
    name: 'invite',
    method: 'POST',
    pattern: new RegExp(`^/v1/matters/${UUID}/invitations$`),
    handler: asMember((db, request) =>
      library.invite(db, param(request, 0), parse(TeamApi.invite.request, request.body)),
    ),
  },
  {
    name: 'member.role',
    method: 'PUT',
    pattern: new RegExp(`^/v1/matters/${UUID}/members/${UUID}$`),
    handler: asMember((db, request) =>
      library.changeRole(
        db,
        param(request, 0),
        param(request, 1),
        parse(TeamApi.changeRole.request, request.body).role,
      ),
    ),
  },
  {
    name: 'member.remove',
    method: 'DELETE',
    pattern: new RegExp(`^/v1/matters/${UUID}/members/${UUID}$`),
    handler: asMember(async (db, request, userId) => {
      await library.removeMember(db, param(request, 0), param(request, 1), userId);
      return { removed: true };
    }),
  },
];

async function readBody(request: IncomingMessage): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'DELETE') return undefined;
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError('too-large', 'The request is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError('too-large', 'The request is too large.');
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError('bad-request', 'The body is not JSON.');
  }
}

/** How many rows or changes a reply carries, for the log. */
function countOf(result: unknown): number | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  for (const key of ['results', 'rows', 'matters', 'members']) {
    const list = (result as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list.length;
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** The HTTP API: JSON in and out, a bearer token for everything but accepting an invitation. */
export function createApi(pool: Pool, log: Log) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = Date.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = routes.find(
      (candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname),
    );
    let status = 200;
    let userId: string | null = null;
    let count: number | undefined;
    try {
      if (!route) throw new HttpError('not-found', 'No such endpoint.');
      const header = request.headers.authorization ?? '';
      if (header) {
        const token = /^Bearer (\S+)$/.exec(header)?.[1];
        userId = token ? await authenticate(pool, token) : null;
        if (!userId) throw new HttpError('unauthorized', 'That token is not valid.');
      }
      const body = await readBody(request);
      const params = route.pattern.exec(url.pathname)?.slice(1) ?? [];
      const result = await route.handler({ userId, params, query: url.searchParams, body }, pool);
      count = countOf(result);
      send(response, status, result);
    } catch (error) {
      if (error instanceof HttpError) {
        status = error.status;
        send(response, status, { error: { code: error.code, message: error.message } });
      } else {
        status = 500;
        log('api.error', { route: route?.name ?? 'none', code: pgCode(error) ?? 'none' });
        send(response, status, { error: { code: 'internal', message: 'The server failed.' } });
      }
    } finally {
      log('api', {
        method: request.method ?? '',
        route: route?.name ?? 'none',
        status,
        ms: Date.now() - started,
        ...(userId ? { userId } : {}),
        ...(count === undefined ? {} : { count }),
      });
    }
  };
}
