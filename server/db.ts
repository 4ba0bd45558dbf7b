import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';

// Change numbers are bigint; they stay far below 2^53, so they are read as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createPool(url: string, max = 10): Pool {
  return new pg.Pool({ connectionString: url, max, application_name: 'amicus-team-server' });
}

/** A random secret (a token or an invitation code), and the hash that is all the server keeps. */
export function newSecret(): { secret: string; hash: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/**
 * Runs `work` in one transaction as `userId`: row-level security then shows only that user's
 * matters, whatever the queries inside ask for.
 */
export async function asUser<T>(
  pool: Pool,
  userId: string,
  work: (db: PoolClient) => Promise<T>,
): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query("SELECT set_config('app.user_id', $1, true)", [userId]);
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

/** The user a bearer token belongs to, or null. */
export async function authenticate(pool: Pool, token: string): Promise<string | null> {
  if (token.length < 20 || token.length > 200) return null;
  const { rows } = await pool.query<{ id: string | null }>('SELECT authenticate($1) AS id', [
    hashSecret(token),
  ]);
  return rows[0]?.id ?? null;
}

/** PostgreSQL's code for a row-level security refusal ("new row violates row-level security"). */
export const INSUFFICIENT_PRIVILEGE = '42501';
export const UNIQUE_VIOLATION = '23505';

export function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** The first row of a query that always returns one (an INSERT … RETURNING, a count). */
export function first<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('A query that returns a row returned none.');
  return row;
}
