import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createDatabase,
  join,
  newMatter,
  runCli,
  services,
  servicesMissing,
  startInstance,
  type Database,
  type Instance,
  type Member,
} from './team';

/**
 * Row-level security read straight from SQL, as the API's role: whatever a query asks for, a
 * user sees only their matters, and a reader changes nothing.
 */
describe.skipIf(!services)(
  `team server row-level security${services ? '' : ` (skipped: ${servicesMissing})`}`,
  () => {
    let db: Database;
    let server: Instance;
    let alice: Member;
    let rita: Member;
    let dora: Member;
    const fact = (text: string) => ({
      text,
      recordCite: '',
      source: '',
      tags: [],
      confidential: false,
    });

    async function as<T>(userId: string | null, work: (sql: PoolClient) => Promise<T>): Promise<T> {
      const sql = await db.app.connect();
      try {
        await sql.query('BEGIN');
        if (userId) await sql.query('SET LOCAL app.user_id = ' + `'${userId}'`);
        return await work(sql);
      } finally {
        await sql.query('ROLLBACK');
        sql.release();
      }
    }

    beforeAll(async () => {
      db = await createDatabase(services!);
      server = await startInstance(db);
      alice = await join(server, await newMatter(db, 'Alice matter'), 'Alice');
      dora = await join(server, await newMatter(db, 'Dora matter'), 'Dora');
      const code = (
        await client(server, alice.token).post<{ code: string }>(
          `/v1/matters/${alice.matterId}/invitations`,
          { role: 'reader' },
        )
      ).body.code;
      rita = await join(server, code, 'Rita');
      for (const [member, text] of [
        [alice, 'Alice fact'],
        [dora, 'Dora fact'],
      ] as const) {
        const reply = await client(server, member.token).post<{ results: { status: string }[] }>(
          '/v1/push',
          {
            changes: [
              {
                kind: 'fact',
                id: randomUUID(),
                matterId: member.matterId,
                baseVersion: null,
                data: fact(text),
              },
              {
                kind: 'brief',
                id: randomUUID(),
                matterId: member.matterId,
                baseVersion: null,
                data: {
                  title: `${text} brief`,
                  citationStyle: 'bluebook',
                  courtProfile: 'frap',
                  profileOverrides: {},
                  metadata: {},
                },
              },
            ],
          },
        );
        expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
      }
    });
    afterAll(async () => {
      await server?.stop();
      await db?.close();
    });

    it('shows a query without a WHERE only the rows of the user’s own matters', async () => {
      await as(dora.userId, async (sql) => {
        const rows = await sql.query<{ matter_id: string; data: { text?: string } }>(
          'SELECT matter_id, data FROM library_rows',
        );
        expect(rows.rows.length).toBe(2);
        expect(new Set(rows.rows.map((row) => row.matter_id))).toEqual(new Set([dora.matterId]));
        const matters = await sql.query<{ id: string }>('SELECT id FROM matters');
        expect(matters.rows.map((row) => row.id)).toEqual([dora.matterId]);
        const members = await sql.query<{ user_id: string }>('SELECT user_id FROM memberships');
        expect(members.rows.map((row) => row.user_id)).toEqual([dora.userId]);
        const users = await sql.query<{ id: string }>('SELECT id FROM users');
        expect(users.rows.map((row) => row.id)).toEqual([dora.userId]);
        for (const table of [
          'invitations',
          'conflicts',
          'row_history',
          'brief_documents',
          'brief_updates',
        ]) {
          const other = await sql.query(`SELECT 1 FROM ${table} WHERE matter_id = $1`, [
            alice.matterId,
          ]);
          expect(other.rowCount, table).toBe(0);
        }
        // Not even by asking for them by id.
        const aliceRows = await sql.query('SELECT 1 FROM library_rows WHERE matter_id = $1', [
          alice.matterId,
        ]);
        expect(aliceRows.rowCount).toBe(0);
      });
    });

    it('shows nothing at all without a user, and never a token hash', async () => {
      await as(null, async (sql) => {
        for (const table of ['library_rows', 'matters', 'memberships', 'users', 'invitations']) {
          expect((await sql.query(`SELECT 1 FROM ${table}`)).rowCount, table).toBe(0);
        }
      });
      await expect(
        as(alice.userId, (sql) => sql.query('SELECT token_hash FROM users')),
      ).rejects.toThrow(/permission denied/);
    });

    it('lets a reader change nothing, and no one write into another matter', async () => {
      await as(rita.userId, async (sql) => {
        expect((await sql.query('SELECT 1 FROM library_rows')).rowCount).toBe(2);
        const updated = await sql.query('UPDATE library_rows SET data = data || \'{"text": "x"}\'');
        expect(updated.rowCount).toBe(0);
        const renamed = await sql.query('UPDATE matters SET data = data');
        expect(renamed.rowCount).toBe(0);
      });
      for (const nonWriter of [rita, dora])
        await expect(
          as(nonWriter.userId, (sql) =>
            sql.query(
              "INSERT INTO library_rows (id, matter_id, kind, data) VALUES (gen_random_uuid(), $1, 'fact', '{}')",
              [alice.matterId],
            ),
          ),
        ).rejects.toThrow(/row-level security/);
      await expect(
        as(dora.userId, (sql) =>
          sql.query("INSERT INTO memberships (matter_id, user_id, role) VALUES ($1, $2, 'owner')", [
            alice.matterId,
            dora.userId,
          ]),
        ),
      ).rejects.toThrow(/row-level security/);
      // A reader's brief text: not one update may be kept.
      await expect(
        as(rita.userId, async (sql) => {
          const brief = await sql.query<{ id: string }>(
            "SELECT id FROM library_rows WHERE kind = 'brief'",
          );
          expect(brief.rowCount).toBe(1);
          return sql.query(
            `INSERT INTO brief_updates (brief_id, matter_id, "update") VALUES ($1, $2, '\\x00')`,
            [brief.rows[0]!.id, alice.matterId],
          );
        }),
      ).rejects.toThrow(/row-level security/);
      await as(dora.userId, async (sql) => {
        expect(
          (await sql.query('DELETE FROM memberships WHERE matter_id = $1', [alice.matterId]))
            .rowCount,
        ).toBe(0);
      });
    });

    it('refuses to serve through a role row-level security would not bind', async () => {
      const asOwner = await runCli(['--database-url', db.ownerUrl, '--port', '0']);
      expect(asOwner.code).toBe(2);
      expect(asOwner.stderr).toMatch(/row-level security must bind it/);
      const superuser = new URL(db.ownerUrl);
      superuser.username = 'postgres';
      const asSuperuser = await runCli(['--database-url', superuser.toString(), '--port', '0']);
      expect(asSuperuser.code).toBe(2);
    });
  },
);
