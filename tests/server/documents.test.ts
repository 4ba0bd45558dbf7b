import { randomUUID } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { briefDocumentName } from '../../src/shared/team-api';
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
  type Member,
} from './team';

/** A Yjs client of a brief, on one server instance, as the desktop app will be. */
function open(instance: Instance, token: string, briefId: string) {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: instance.ws,
    WebSocketPolyfill: WebSocket,
    // Reconnect promptly after a server comes back.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    factor: 1.5,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: briefDocumentName(briefId),
    document: doc,
    token,
  });
  provider.attach();
  opened.push({ provider, websocketProvider });
  return { doc, provider, text: doc.getText('body') };
}
const opened: { provider: HocuspocusProvider; websocketProvider: HocuspocusProviderWebsocket }[] =
  [];
function closeAll(): void {
  for (const { provider, websocketProvider } of opened.splice(0)) {
    provider.destroy();
    websocketProvider.destroy();
  }
}

/** Resolves once `predicate` holds, re-checking on every change of `doc`. */
function until(doc: Y.Doc, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!predicate()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
    check();
  });
}

function synced(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (provider.isSynced) resolve();
    else provider.on('synced', () => resolve());
  });
}

/** The brief's text as PostgreSQL holds it: the stored state and every update kept since. */
async function storedText(db: Database, briefId: string): Promise<string> {
  const doc = new Y.Doc();
  const state = await db.owner.query<{ state: Buffer }>(
    'SELECT state FROM brief_documents WHERE brief_id = $1',
    [briefId],
  );
  if (state.rows[0]) Y.applyUpdate(doc, state.rows[0].state);
  const updates = await db.owner.query<{ update: Buffer }>(
    'SELECT "update" FROM brief_updates WHERE brief_id = $1 ORDER BY id',
    [briefId],
  );
  for (const row of updates.rows) Y.applyUpdate(doc, row.update);
  return doc.getText('body').toString();
}

/** Waits for PostgreSQL to hold `expected` (updates are kept as they arrive, asynchronously). */
async function untilStored(db: Database, briefId: string, expected: string): Promise<void> {
  for (;;) {
    if ((await storedText(db, briefId)) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!services)(
  `team server brief documents${services ? '' : ` (skipped: ${servicesMissing})`}`,
  () => {
    let db: Database;
    let one: Instance;
    let two: Instance;
    let alice: Member;
    let bob: Member;
    let rita: Member;
    let dora: Member;

    async function newBrief(): Promise<string> {
      const id = randomUUID();
      const reply = await client(one, alice.token).post<{ results: { status: string }[] }>(
        '/v1/push',
        {
          changes: [
            {
              kind: 'brief',
              id,
              matterId: alice.matterId,
              baseVersion: null,
              data: {
                title: 'Brief of Amici Curiae',
                citationStyle: 'bluebook',
                courtProfile: 'frap',
                profileOverrides: {},
                metadata: {},
              },
            },
          ],
        },
      );
      expect(reply.body.results[0]!.status).toBe('applied');
      return id;
    }

    beforeAll(async () => {
      db = await createDatabase(services!);
      const redisUrl = services!.redisUrl;
      [one, two] = await Promise.all([
        startInstance(db, { redisUrl }),
        startInstance(db, { redisUrl }),
      ]);
      alice = await join(one, await newMatter(db, 'Cece v. Holder'), 'Alice Owner');
      const invite = async (role: string) =>
        (
          await client(one, alice.token).post<{ code: string }>(
            `/v1/matters/${alice.matterId}/invitations`,
            { role },
          )
        ).body.code;
      bob = await join(one, await invite('editor'), 'Bob Editor');
      rita = await join(one, await invite('reader'), 'Rita Reader');
      dora = await join(one, await newMatter(db, 'Another client'), 'Dora Other');
    });
    afterEach(closeAll);
    afterAll(async () => {
      await Promise.all([one?.stop(), two?.stop()]);
      await db?.close();
    });

    it('converges two editors on two server instances (through Redis) and keeps it in PostgreSQL', async () => {
      const briefId = await newBrief();
      const a = open(one, alice.token, briefId);
      const b = open(two, bob.token, briefId);
      await Promise.all([synced(a.provider), synced(b.provider)]);
      a.text.insert(0, 'Amici urge reversal. ');
      b.text.insert(0, 'The Board erred. ');
      const both = (text: Y.Text) =>
        text.toString().includes('Amici urge reversal. ') &&
        text.toString().includes('The Board erred. ');
      await Promise.all([until(a.doc, () => both(a.text)), until(b.doc, () => both(b.text))]);
      expect(a.text.toString()).toBe(b.text.toString());
      await untilStored(db, briefId, a.text.toString());
    });

    it('lets no one outside the matter open its brief', async () => {
      const briefId = await newBrief();
      const a = open(one, alice.token, briefId);
      await synced(a.provider);
      a.text.insert(0, 'Privileged draft.');
      await untilStored(db, briefId, 'Privileged draft.');

      for (const token of [dora.token, 'not-a-token-at-all-not-a-token-at-all-xx']) {
        const outsider = open(two, token, briefId);
        const refused = await new Promise<string>((resolve) =>
          outsider.provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
            resolve(reason),
          ),
        );
        expect(refused).toBeTruthy();
        expect(outsider.text.toString()).toBe('');
        expect(outsider.provider.isSynced).toBe(false);
      }
    });

    it("makes a reader's connection read-only", async () => {
      const briefId = await newBrief();
      const a = open(one, alice.token, briefId);
      await synced(a.provider);
      a.text.insert(0, 'Settled text.');
      await untilStored(db, briefId, 'Settled text.');

      const r = open(two, rita.token, briefId);
      const scope = await new Promise<string>((resolve) =>
        r.provider.on('authenticated', ({ scope }: { scope: string }) => resolve(scope)),
      );
      expect(scope).toBe('readonly');
      await synced(r.provider);
      await until(r.doc, () => r.text.toString() === 'Settled text.');

      // The server answers the reader's update with "not applied".
      const refused = new Promise<void>((resolve) => {
        r.provider.on(
          'message',
          ({ message }: { message: { readVarString(): string; readVarUint(): number } }) => {
            message.readVarString();
            if (message.readVarUint() === 8 && message.readVarUint() === 0) resolve();
          },
        );
      });
      r.text.insert(0, 'READER WROTE THIS ');
      await refused;

      const fresh = open(one, bob.token, briefId);
      await synced(fresh.provider);
      expect(fresh.text.toString()).toBe('Settled text.');
      expect(await storedText(db, briefId)).toBe('Settled text.');
      const byReader = await db.owner.query('SELECT 1 FROM brief_updates WHERE user_id = $1', [
        rita.userId,
      ]);
      expect(byReader.rowCount).toBe(0);
    });

    it('loses nothing when a server instance is killed mid-edit and restarted', async () => {
      const briefId = await newBrief();
      const a = open(one, alice.token, briefId);
      const b = open(two, bob.token, briefId);
      await Promise.all([synced(a.provider), synced(b.provider)]);
      const words = Array.from({ length: 40 }, (_, i) => `w${i} `);
      for (const word of words.slice(0, 20)) a.text.insert(a.text.length, word);
      await until(b.doc, () => b.text.toString().includes('w9 '));

      const port = one.port;
      await one.kill();
      // Typing goes on while the instance is down.
      for (const word of words.slice(20)) a.text.insert(a.text.length, word);
      b.text.insert(0, 'B: ');
      one = await startInstance(db, { redisUrl: services!.redisUrl, port });

      const expected = `B: ${words.join('')}`;
      await Promise.all([
        until(a.doc, () => a.text.toString() === expected),
        until(b.doc, () => b.text.toString() === expected),
      ]);
      await untilStored(db, briefId, expected);

      // And a newcomer on the restarted instance gets all of it from there.
      closeAll();
      const c = open(one, bob.token, briefId);
      await synced(c.provider);
      await until(c.doc, () => c.text.toString() === expected);
    });
  },
);
