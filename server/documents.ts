import { Hocuspocus, type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { Pool } from 'pg';
import * as Y from 'yjs';
import { briefIdOfDocument, type TeamRole } from '../src/shared/team-api';
import { asUser, authenticate, pgCode } from './db';
import type { Log } from './log';

/** Who a document connection is, once `onAuthenticate` has let it in. */
interface DocumentContext {
  userId: string;
  briefId: string;
  matterId: string;
  role: TeamRole;
}

function isContext(value: unknown): value is DocumentContext {
  return typeof value === 'object' && value !== null && 'userId' in value && 'briefId' in value;
}

/**
 * Brief documents (Yjs) over Hocuspocus. A connection is let in only with a member's token and
 * read-only for a reader; the document is read and written as that member, under the same
 * row-level security as the library rows. Every update a client sends is appended to
 * `brief_updates` as it arrives, and the debounced store folds them into `brief_documents`.
 */
export function createDocumentServer(options: { pool: Pool; log: Log; redisUrl?: string }): {
  hocuspocus: Hocuspocus;
  flush(): Promise<void>;
} {
  const { pool, log } = options;
  // Appends in flight, per document, so shutdown can wait for them.
  const pending = new Map<string, Promise<void>>();

  const persistence: Extension = {
    extensionName: 'amicus-postgres',

    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      const briefId = briefIdOfDocument(documentName);
      const userId = token ? await authenticate(pool, token) : null;
      if (!briefId || !userId) throw new Error('Not authorized.');
      const found = await asUser(pool, userId, async (db) => {
        const { rows } = await db.query<{ matter_id: string; role: TeamRole }>(
          `SELECT matter_id, matter_role(matter_id) AS role FROM library_rows
            WHERE id = $1 AND kind = 'brief' AND deleted_at IS NULL`,
          [briefId],
        );
        return rows[0];
      });
      if (!found) {
        log('document.refused', { userId, briefId });
        throw new Error('Not authorized.');
      }
      connectionConfig.readOnly = found.role === 'reader';
      log('document.open', { userId, briefId, role: found.role });
      return {
        userId,
        briefId,
        matterId: found.matter_id,
        role: found.role,
      } satisfies DocumentContext;
    },

    async onLoadDocument({ context, document }) {
      if (!isContext(context)) throw new Error('Not authorized.');
      const { state, updates } = await asUser(pool, context.userId, async (db) => {
        const documents = await db.query<{ state: Buffer }>(
          'SELECT state FROM brief_documents WHERE brief_id = $1',
          [context.briefId],
        );
        const stored = await db.query<{ update: Buffer }>(
          'SELECT "update" FROM brief_updates WHERE brief_id = $1 ORDER BY id',
          [context.briefId],
        );
        return { state: documents.rows[0]?.state, updates: stored.rows.map((row) => row.update) };
      });
      // Hocuspocus observes the document only after this hook: what is applied here is not
      // taken for a new change.
      if (state) Y.applyUpdate(document, state);
      for (const update of updates) Y.applyUpdate(document, update);
      log('document.load', { briefId: context.briefId, updates: updates.length });
    },

    async onChange({ context, update, documentName }) {
      // Updates that came through Redis were kept by the instance their client is on.
      if (!isContext(context)) return;
      const previous = pending.get(documentName) ?? Promise.resolve();
      const next = previous.then(() =>
        asUser(pool, context.userId, async (db) => {
          await db.query(
            'INSERT INTO brief_updates (brief_id, matter_id, "update", user_id) VALUES ($1, $2, $3, app_user())',
            [context.briefId, context.matterId, Buffer.from(update)],
          );
        }).catch((error: unknown) => {
          // Not lost: the document in memory still holds it, and the next store folds it in.
          log('document.update-not-kept', {
            briefId: context.briefId,
            code: pgCode(error) ?? 'unknown',
          });
        }),
      );
      pending.set(documentName, next);
      await next;
      if (pending.get(documentName) === next) pending.delete(documentName);
    },

    async onStoreDocument({ context, document, documentName }) {
      if (!isContext(context) || context.role === 'reader') return;
      await pending.get(documentName);
      // The stored state, every update kept since, and what this instance holds, as one state:
      // whatever another instance kept that has not reached this one yet is kept too.
      const kept = await asUser(pool, context.userId, async (db) => {
        await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [context.briefId]);
        const documents = await db.query<{ state: Buffer }>(
          'SELECT state FROM brief_documents WHERE brief_id = $1 FOR UPDATE',
          [context.briefId],
        );
        const stored = await db.query<{ id: number; update: Buffer }>(
          'SELECT id, "update" FROM brief_updates WHERE brief_id = $1 ORDER BY id',
          [context.briefId],
        );
        const merged = new Y.Doc();
        const previous = documents.rows[0]?.state;
        if (previous) Y.applyUpdate(merged, previous);
        for (const row of stored.rows) Y.applyUpdate(merged, row.update);
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(document));
        const state = Buffer.from(Y.encodeStateAsUpdate(merged));
        merged.destroy();
        await db.query(
          `INSERT INTO brief_documents (brief_id, matter_id, state) VALUES ($1, $2, $3)
           ON CONFLICT (brief_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
          [context.briefId, context.matterId, state],
        );
        const last = stored.rows.at(-1)?.id;
        if (last !== undefined) {
          await db.query('DELETE FROM brief_updates WHERE brief_id = $1 AND id <= $2', [
            context.briefId,
            last,
          ]);
        }
        return { updates: stored.rows.length, bytes: state.length };
      });
      log('document.store', { briefId: context.briefId, ...kept });
    },
  };

  const extensions: Extension[] = [persistence];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        prefix: 'amicus',
        options: {
          username: url.username ? decodeURIComponent(url.username) : undefined,
          password: url.password ? decodeURIComponent(url.password) : undefined,
          db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
        },
      }),
    );
  }

  const hocuspocus = new Hocuspocus({ name: 'amicus', quiet: true, extensions });
  return {
    hocuspocus,
    async flush() {
      await Promise.all(pending.values());
    },
  };
}
