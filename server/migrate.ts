import type { Pool, PoolClient } from 'pg';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

/** The role the API connects through; it owns nothing, so row-level security binds it. */
export const API_ROLE = 'amicus_api';

export class MigrationError extends Error {}

async function schemaVersion(db: PoolClient): Promise<number> {
  const { rows } = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return rows[0]?.version ?? 0;
}

/**
 * Brings the database to the latest schema, each migration in its own transaction, run by the
 * role that is to own the tables. Two servers starting at once take turns (an advisory lock);
 * a database from a newer server is refused.
 */
export async function migrate(pool: Pool): Promise<{ from: number; to: number }> {
  const db = await pool.connect();
  try {
    const { rows: roles } = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [API_ROLE]);
    if (roles.length === 0) {
      throw new MigrationError(
        `The role ${API_ROLE} does not exist. Create it first (as a superuser): CREATE ROLE ${API_ROLE} NOLOGIN;`,
      );
    }
    await db.query('SELECT pg_advisory_lock(7403318290)');
    try {
      await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      await db.query('REVOKE ALL ON schema_migrations FROM PUBLIC');
      await db.query(`GRANT SELECT ON schema_migrations TO ${API_ROLE}`);
      const from = await schemaVersion(db);
      if (from > LATEST_VERSION) {
        throw new MigrationError(
          `The database is at schema ${from}, newer than this server's ${LATEST_VERSION}: update the server.`,
        );
      }
      for (const migration of MIGRATIONS.slice(from)) {
        await db.query('BEGIN');
        try {
          await migration.up(db);
          await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await db.query('COMMIT');
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        }
      }
      return { from, to: LATEST_VERSION };
    } finally {
      await db.query('SELECT pg_advisory_unlock(7403318290)');
    }
  } finally {
    db.release();
  }
}

/**
 * Refuses to serve through a role that row-level security would not bind (a superuser, one with
 * BYPASSRLS, or the tables' owner), or a database whose schema is not this server's.
 */
export async function checkApiConnection(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{
    super: boolean;
    bypass: boolean;
    owner: boolean;
    member: boolean;
    migrated: boolean;
  }>(
    `SELECT r.rolsuper AS super, r.rolbypassrls AS bypass,
            EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'library_rows'
                      AND pg_has_role(current_user, tableowner, 'USAGE')) AS owner,
            EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND pg_has_role(current_user, $1, 'USAGE') AS member,
            to_regclass('public.schema_migrations') IS NOT NULL AS migrated
       FROM pg_roles r WHERE r.rolname = current_user`,
    [API_ROLE],
  );
  const role = rows[0];
  if (!role) throw new MigrationError('The database role could not be read.');
  if (role.super || role.bypass || role.owner) {
    throw new MigrationError(
      `Connect the server as a role that owns nothing and is a member of ${API_ROLE} (not a superuser, not BYPASSRLS, not the tables' owner): row-level security must bind it.`,
    );
  }
  if (!role.member) {
    throw new MigrationError(`The server's role must be a member of ${API_ROLE}.`);
  }
  const version = role.migrated
    ? ((await pool.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations'))
        .rows[0]?.v ?? 0)
    : 0;
  if (version !== LATEST_VERSION) {
    throw new MigrationError(
      version > LATEST_VERSION
        ? `The database is at schema ${version}, newer than this server's ${LATEST_VERSION}: update the server.`
        : `The database is at schema ${version}; run the migrations first (npm run server -- migrate --database-url <owner's URL>).`,
    );
  }
}
