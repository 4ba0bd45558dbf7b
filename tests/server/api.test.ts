import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResult, TeamConflict, TeamMatter, TeamRow } from '../../src/shared/team-api';
import {
  client,
  createDatabase,
  join,
  newMatter,
  services,
  servicesMissing,
  startInstance,
  type Database,
  type Instance,
} from './team';

interface Pulled {
  matter: TeamMatter;
  rows: TeamRow[];
  conflicts: TeamConflict[];
  cursor: number;
  more: boolean;
}

const authority = (name: string, volume: string) => ({
  kind: 'case',
  name,
  volume,
  reporter: 'F.3d',
  firstPage: '100',
  court: '7th Cir.',
  year: 2010,
});
const fact = (text: string) => ({ text, recordCite: 'A.R. 12', tags: ['asylum'] });

describe.skipIf(!services)(
  `team server API${services ? '' : ` (skipped: ${servicesMissing})`}`,
  () => {
    let db: Database;
    let one: Instance;
    let two: Instance;
    let alice: { token: string; userId: string; matterId: string };

    beforeAll(async () => {
      db = await createDatabase(services!);
      [one, two] = await Promise.all([startInstance(db), startInstance(db)]);
      alice = await join(one, await newMatter(db, 'Cece v. Holder'), 'Alice Owner');
    });
    afterAll(async () => {
      await Promise.all([one?.stop(), two?.stop()]);
      await db?.close();
    });

    async function pushAs(token: string, changes: unknown[], instance = one) {
      const reply = await client(instance, token).post<{ results: PushResult[] }>('/v1/push', {
        changes,
      });
      expect(reply.status).toBe(200);
      return reply.body.results;
    }

    async function pullAll(
      token: string,
      matterId: string,
      since = 0,
      limit = 1000,
      instance = one,
    ) {
      const pages: Pulled[] = [];
      let cursor = since;
      for (;;) {
        const reply = await client(instance, token).get<Pulled>(
          `/v1/matters/${matterId}/changes?since=${cursor}&limit=${limit}`,
        );
        expect(reply.status).toBe(200);
        pages.push(reply.body);
        cursor = reply.body.cursor;
        if (!reply.body.more) break;
      }
      return {
        rows: pages.flatMap((page) => page.rows),
        conflicts: pages.flatMap((page) => page.conflicts),
        cursor,
        pages: pages.length,
        matter: pages[0]!.matter,
      };
    }

    async function invite(token: string, matterId: string, role: string) {
      const reply = await client(one, token).post<{ code: string }>(
        `/v1/matters/${matterId}/invitations`,
        { role },
      );
      expect(reply.status).toBe(200);
      return reply.body.code;
    }

    it('an invitation makes a member, who pulls the whole matter (tombstones too), page by page', async () => {
      const ids = Array.from({ length: 7 }, () => randomUUID());
      const results = await pushAs(alice.token, [
        {
          kind: 'authority',
          id: ids[0],
          matterId: alice.matterId,
          baseVersion: null,
          data: authority('Cece v. Holder', '733'),
        },
        {
          kind: 'authority',
          id: ids[1],
          matterId: alice.matterId,
          baseVersion: null,
          data: authority('Sepulveda v. Gonzales', '464'),
        },
        {
          kind: 'fact',
          id: ids[2],
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('She fled Albania in 2001.'),
        },
        {
          kind: 'fact',
          id: ids[3],
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('A draft fact to delete.'),
        },
        {
          kind: 'snippet',
          id: ids[4],
          matterId: alice.matterId,
          baseVersion: null,
          data: { title: 'Particular social group', content: '{}', plainText: 'PSG' },
        },
        {
          kind: 'brief',
          id: ids[5],
          matterId: alice.matterId,
          baseVersion: null,
          data: {
            title: 'Brief of Amici',
            citationStyle: 'bluebook',
            courtProfile: 'frap',
            profileOverrides: {},
            metadata: {},
          },
        },
      ]);
      expect(results.map((result) => result.status)).toEqual(Array(6).fill('applied'));
      const deleted = results[3] as Extract<PushResult, { status: 'applied' }>;
      const [tombstone] = await pushAs(alice.token, [
        {
          kind: 'fact',
          id: ids[3],
          matterId: alice.matterId,
          baseVersion: deleted.version,
          data: null,
        },
      ]);
      expect(tombstone!.status).toBe('applied');

      const code = await invite(alice.token, alice.matterId, 'editor');
      // A brand-new member, on the other instance.
      const bob = await join(two, code, 'Bob Volunteer');
      expect(bob).toMatchObject({ matterId: alice.matterId, role: 'editor' });
      expect(bob.token).toMatch(/^[\w-]{43}$/);

      const matters = await client(two, bob.token).get<{ matters: TeamMatter[] }>('/v1/matters');
      expect(matters.body.matters).toEqual([
        expect.objectContaining({
          id: alice.matterId,
          role: 'editor',
          data: expect.objectContaining({ name: 'Cece v. Holder' }),
        }),
      ]);
      const pulled = await pullAll(bob.token, alice.matterId, 0, 2, two);
      expect(pulled.pages).toBe(3);
      expect(pulled.rows.map((row) => row.id).sort()).toEqual(ids.slice(0, 6).sort());
      const gone = pulled.rows.find((row) => row.id === ids[3])!;
      expect(gone).toMatchObject({ data: null, deletedAt: expect.any(String) });
      expect(pulled.rows.find((row) => row.id === ids[2])!.data).toMatchObject({
        text: 'She fled Albania in 2001.',
        confidential: false,
      });
      // Versions ascend: the cursor is the last one seen.
      const versions = pulled.rows.map((row) => row.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(pulled.cursor).toBe(versions.at(-1));

      // Single use.
      const again = await client(one).post('/v1/invitations/accept', { code, name: 'Mallory' });
      expect(again.status).toBe(404);
    });

    it('refuses an expired invitation and an unknown token', async () => {
      const code = await invite(alice.token, alice.matterId, 'reader');
      await db.owner.query(
        `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE accepted_at IS NULL`,
      );
      const expired = await client(one).post('/v1/invitations/accept', { code, name: 'Late' });
      expect(expired.status).toBe(404);
      const stranger = await client(one, 'x'.repeat(43)).get('/v1/matters');
      expect(stranger.status).toBe(401);
      const nobody = await client(one).get('/v1/matters');
      expect(nobody.status).toBe(401);
    });

    it('pulls only what changed after the cursor, and a retried push changes nothing', async () => {
      const start = await pullAll(alice.token, alice.matterId);
      const id = randomUUID();
      const change = {
        kind: 'fact',
        id,
        matterId: alice.matterId,
        baseVersion: null,
        data: fact('New after the cursor.'),
      };
      const [first] = await pushAs(alice.token, [change]);
      const [retried] = await pushAs(alice.token, [change]);
      expect(retried).toEqual(first);
      const after = await pullAll(alice.token, alice.matterId, start.cursor);
      expect(after.rows.map((row) => row.id)).toEqual([id]);

      const [deleted] = await pushAs(alice.token, [
        { ...change, baseVersion: (first as { version: number }).version, data: null },
      ]);
      const tombstones = await pullAll(alice.token, alice.matterId, after.cursor);
      expect(tombstones.rows).toEqual([
        expect.objectContaining({
          id,
          data: null,
          version: (deleted as { version: number }).version,
        }),
      ]);
      expect(await pullAll(alice.token, alice.matterId, tombstones.cursor)).toMatchObject({
        rows: [],
        conflicts: [],
      });
    });

    it('keeps both versions when two members edit the same fact, until one resolves it', async () => {
      const code = await invite(alice.token, alice.matterId, 'editor');
      const carl = await join(one, code, 'Carl Editor');
      const id = randomUUID();
      const [made] = await pushAs(alice.token, [
        {
          kind: 'fact',
          id,
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('The hearing was in 2009.'),
        },
      ]);
      const base = (made as { version: number }).version;
      const [mine] = await pushAs(alice.token, [
        {
          kind: 'fact',
          id,
          matterId: alice.matterId,
          baseVersion: base,
          data: fact('The hearing was on May 5, 2009.'),
        },
      ]);
      expect(mine!.status).toBe('applied');
      const [theirs] = await pushAs(
        carl.token,
        [
          {
            kind: 'fact',
            id,
            matterId: alice.matterId,
            baseVersion: base,
            data: fact('The hearing was in Chicago in 2009.'),
          },
        ],
        two,
      );
      expect(theirs).toMatchObject({
        status: 'conflict',
        row: { data: { text: 'The hearing was on May 5, 2009.' } },
      });

      const seen = await pullAll(alice.token, alice.matterId);
      const conflict = seen.conflicts.find((entry) => entry.rowId === id)!;
      expect(conflict).toMatchObject({
        kind: 'fact',
        baseVersion: base,
        data: { text: 'The hearing was in Chicago in 2009.' },
        createdBy: carl.userId,
        resolvedAt: null,
      });
      expect(seen.rows.find((row) => row.id === id)!.data).toMatchObject({
        text: 'The hearing was on May 5, 2009.',
      });

      const [resolved] = await pushAs(alice.token, [
        {
          kind: 'fact',
          id,
          matterId: alice.matterId,
          baseVersion: (mine as { version: number }).version,
          data: fact('The hearing was in Chicago on May 5, 2009.'),
          resolves: [conflict.id],
        },
      ]);
      expect(resolved!.status).toBe('applied');
      const later = await pullAll(alice.token, alice.matterId, seen.cursor);
      expect(later.conflicts).toEqual([
        expect.objectContaining({ id: conflict.id, resolvedAt: expect.any(String) }),
      ]);
    });

    it('merges concurrent edits of an authority field by field, and keeps the fields that collide', async () => {
      const id = randomUUID();
      const [made] = await pushAs(alice.token, [
        {
          kind: 'authority',
          id,
          matterId: alice.matterId,
          baseVersion: null,
          data: authority('Matter of Acosta', '19'),
        },
      ]);
      const base = (made as { version: number }).version;
      const original = authority('Matter of Acosta', '19');
      await pushAs(alice.token, [
        {
          kind: 'authority',
          id,
          matterId: alice.matterId,
          baseVersion: base,
          data: { ...original, year: 1985, court: 'B.I.A.' },
        },
      ]);
      const [merged] = await pushAs(alice.token, [
        {
          kind: 'authority',
          id,
          matterId: alice.matterId,
          baseVersion: base,
          data: { ...original, parenthetical: 'defining persecution' },
        },
      ]);
      expect(merged).toMatchObject({
        status: 'merged',
        row: { data: { year: 1985, court: 'B.I.A.', parenthetical: 'defining persecution' } },
      });
      const [collided] = await pushAs(alice.token, [
        {
          kind: 'authority',
          id,
          matterId: alice.matterId,
          baseVersion: base,
          data: { ...original, year: 1986, notes: 'check the year' },
        },
      ]);
      expect(collided).toMatchObject({
        status: 'conflict',
        fields: ['year'],
        row: {
          data: { year: 1985, notes: 'check the year', parenthetical: 'defining persecution' },
        },
      });
    });

    it('shows a member of another matter nothing of this one, and lets them write nothing to it', async () => {
      const dora = await join(one, await newMatter(db, 'Another client'), 'Dora Other');
      const { rows } = await pullAll(alice.token, alice.matterId);
      const factRow = rows.find((row) => row.kind === 'fact' && row.data)!;

      const matters = await client(one, dora.token).get<{ matters: TeamMatter[] }>('/v1/matters');
      expect(matters.body.matters.map((matter) => matter.id)).toEqual([dora.matterId]);
      for (const path of [
        `/v1/matters/${alice.matterId}/changes`,
        `/v1/matters/${alice.matterId}/members`,
      ]) {
        expect((await client(one, dora.token).get(path)).status).toBe(404);
      }
      const [write] = await pushAs(dora.token, [
        {
          kind: 'fact',
          id: factRow.id,
          matterId: alice.matterId,
          baseVersion: factRow.version,
          data: fact('Overwritten'),
        },
      ]);
      expect(write).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      // Its id, in her own matter: refused without saying whose it is.
      const [taken] = await pushAs(dora.token, [
        {
          kind: 'fact',
          id: factRow.id,
          matterId: dora.matterId,
          baseVersion: null,
          data: fact('Mine'),
        },
      ]);
      expect(taken).toMatchObject({ status: 'rejected', reason: 'id-taken' });
      const invitation = await client(one, dora.token).post(
        `/v1/matters/${alice.matterId}/invitations`,
        { role: 'owner' },
      );
      expect(invitation.status).toBe(404);
      expect(
        (await pullAll(alice.token, alice.matterId)).rows.find((row) => row.id === factRow.id)!
          .data,
      ).toEqual(factRow.data);
    });

    it('lets a reader read and nothing else', async () => {
      const rita = await join(
        one,
        await invite(alice.token, alice.matterId, 'reader'),
        'Rita Reader',
      );
      const pulled = await pullAll(rita.token, alice.matterId);
      expect(pulled.rows.length).toBeGreaterThan(0);
      const target = pulled.rows.find((row) => row.kind === 'fact' && row.data)!;
      const results = await pushAs(rita.token, [
        {
          kind: 'fact',
          id: target.id,
          matterId: alice.matterId,
          baseVersion: target.version,
          data: fact('A reader wrote this'),
        },
        {
          kind: 'fact',
          id: randomUUID(),
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('A reader added this'),
        },
      ]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      const invitation = await client(one, rita.token).post(
        `/v1/matters/${alice.matterId}/invitations`,
        { role: 'editor' },
      );
      expect(invitation.status).toBe(403);
      const rename = await client(one, rita.token).put(`/v1/matters/${alice.matterId}`, {
        baseVersion: pulled.matter.version,
        data: { name: 'Renamed by a reader' },
      });
      expect(rename.status).toBe(403);
      const after = await pullAll(alice.token, alice.matterId);
      expect(after.rows.find((row) => row.id === target.id)!.data).toEqual(target.data);
      expect(
        after.rows.some(
          (row) => row.data && 'text' in row.data && row.data.text === 'A reader added this',
        ),
      ).toBe(false);
    });

    it('lets an owner change roles and remove members, never the last owner', async () => {
      const eve = await join(
        one,
        await invite(alice.token, alice.matterId, 'editor'),
        'Eve Editor',
      );
      const members = `/v1/matters/${alice.matterId}/members`;
      expect(
        (await client(one, eve.token).put(`${members}/${alice.userId}`, { role: 'reader' })).status,
      ).toBe(403);
      const demoted = await client(one, alice.token).put(`${members}/${eve.userId}`, {
        role: 'reader',
      });
      expect(demoted.body).toEqual({ userId: eve.userId, name: 'Eve Editor', role: 'reader' });
      const [refused] = await pushAs(eve.token, [
        {
          kind: 'fact',
          id: randomUUID(),
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('After demotion'),
        },
      ]);
      expect(refused).toMatchObject({ status: 'rejected', reason: 'forbidden' });

      expect((await client(one, alice.token).delete(`${members}/${eve.userId}`)).status).toBe(200);
      expect(
        (await client(one, eve.token).get<{ matters: TeamMatter[] }>('/v1/matters')).body.matters,
      ).toEqual([]);
      expect(
        (await client(one, eve.token).get(`/v1/matters/${alice.matterId}/changes`)).status,
      ).toBe(404);

      expect(
        (await client(one, alice.token).put(`${members}/${alice.userId}`, { role: 'editor' }))
          .status,
      ).toBe(409);
      expect((await client(one, alice.token).delete(`${members}/${alice.userId}`)).status).toBe(
        409,
      );
    });

    it('writes nothing confidential to its log: no token, invitation, name or text', async () => {
      const code = await invite(alice.token, alice.matterId, 'reader');
      const zed = await join(two, code, 'Zed Secretname');
      await pushAs(alice.token, [
        {
          kind: 'fact',
          id: randomUUID(),
          matterId: alice.matterId,
          baseVersion: null,
          data: fact('Confidential-A-number 123456789'),
        },
      ]);
      const log = [...one.output, ...two.output].join('\n');
      expect(log).toContain('"event":"api"');
      for (const secret of [
        alice.token,
        zed.token,
        code,
        'Secretname',
        'Confidential-A-number',
        'Cece v. Holder',
      ]) {
        expect(log).not.toContain(secret);
      }
    });
  },
);
