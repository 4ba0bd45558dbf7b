import type { PoolClient } from 'pg';
import type { z } from 'zod';
import {
  ROW_DATA,
  type PushResult,
  type RowKind,
  type TeamApi,
  type TeamConflict,
  type TeamMatter,
  type TeamMember,
  type TeamRole,
  type TeamRow,
} from '../src/shared/team-api';
import { first, INSUFFICIENT_PRIVILEGE, newSecret, pgCode, UNIQUE_VIOLATION } from './db';
import { HttpError } from './errors';

/**
 * The library rows of matters, read and written as the user of the transaction: every query
 * here runs under row-level security, so it can only ever touch that user's matters. The role
 * checks before writes give plain answers; the policies are the floor under them.
 */

type Db = PoolClient;
type PushRequest = z.infer<typeof TeamApi.push.request>;
type Change = PushRequest['changes'][number];

interface RowRecord {
  kind: RowKind;
  id: string;
  matter_id: string;
  version: number;
  deleted_at: Date | null;
  updated_at: Date;
  updated_by: string | null;
  data: Record<string, unknown> | null;
}

const ROW_COLUMNS = 'kind, id, matter_id, version, deleted_at, updated_at, updated_by, data';

function toRow(record: RowRecord): TeamRow {
  return {
    kind: record.kind,
    id: record.id,
    matterId: record.matter_id,
    version: record.version,
    deletedAt: record.deleted_at?.toISOString() ?? null,
    updatedAt: record.updated_at.toISOString(),
    updatedBy: record.updated_by,
    data: record.data,
  } as TeamRow;
}

interface ConflictRecord {
  id: string;
  row_id: string;
  matter_id: string;
  kind: RowKind;
  version: number;
  base_version: number | null;
  data: Record<string, unknown> | null;
  fields: string[];
  created_by: string | null;
  created_at: Date;
  resolved_at: Date | null;
}

const CONFLICT_COLUMNS =
  'id, row_id, matter_id, kind, version, base_version, data, fields, created_by, created_at, resolved_at';

function toConflict(record: ConflictRecord): TeamConflict {
  return {
    id: record.id,
    rowId: record.row_id,
    matterId: record.matter_id,
    kind: record.kind,
    version: record.version,
    baseVersion: record.base_version,
    data: record.data,
    fields: record.fields,
    createdBy: record.created_by,
    createdAt: record.created_at.toISOString(),
    resolvedAt: record.resolved_at?.toISOString() ?? null,
  };
}

interface MatterRecord {
  id: string;
  version: number;
  role: TeamRole;
  data: TeamMatter['data'];
  deleted_at: Date | null;
}

const MATTER_COLUMNS = 'id, version, matter_role(id) AS role, data, deleted_at';

function toMatter(record: MatterRecord): TeamMatter {
  return {
    id: record.id,
    version: record.version,
    role: record.role,
    data: record.data,
    deletedAt: record.deleted_at?.toISOString() ?? null,
  };
}

export async function myRole(db: Db, matterId: string): Promise<TeamRole | null> {
  const { rows } = await db.query<{ role: TeamRole | null }>('SELECT matter_role($1) AS role', [
    matterId,
  ]);
  return rows[0]?.role ?? null;
}

async function requireRole(db: Db, matterId: string, allowed: TeamRole[]): Promise<TeamRole> {
  const role = await myRole(db, matterId);
  // Not a member: the matter does not exist as far as this user can tell.
  if (!role) throw new HttpError('not-found', 'No such matter.');
  if (!allowed.includes(role)) {
    throw new HttpError('forbidden', `A ${role} of this matter cannot do that.`);
  }
  return role;
}

export async function listMatters(db: Db): Promise<TeamMatter[]> {
  const { rows } = await db.query<MatterRecord>(
    `SELECT ${MATTER_COLUMNS} FROM matters ORDER BY created_at, id`,
  );
  return rows.map(toMatter);
}

async function getMatter(db: Db, matterId: string): Promise<TeamMatter | null> {
  const { rows } = await db.query<MatterRecord>(
    `SELECT ${MATTER_COLUMNS} FROM matters WHERE id = $1`,
    [matterId],
  );
  return rows[0] ? toMatter(rows[0]) : null;
}

export async function createMatter(
  db: Db,
  request: z.infer<typeof TeamApi.createMatter.request>,
): Promise<TeamMatter> {
  await db.query('SAVEPOINT create_matter');
  try {
    await db.query('SELECT create_matter($1, $2)', [request.id, request.data]);
  } catch (error) {
    if (pgCode(error) === UNIQUE_VIOLATION) {
      await db.query('ROLLBACK TO SAVEPOINT create_matter');
      const existing = await getMatter(db, request.id);
      // A retried create is answered with the matter it made.
      if (existing?.role === 'owner') return existing;
      throw new HttpError('conflict', 'That matter id is taken.');
    }
    throw error;
  }
  return first([await getMatter(db, request.id)].filter((matter) => matter !== null));
}

export async function updateMatter(
  db: Db,
  matterId: string,
  request: z.infer<typeof TeamApi.updateMatter.request>,
): Promise<TeamMatter> {
  await requireRole(db, matterId, ['owner', 'editor']);
  const { rowCount } = await db.query(
    `UPDATE matters SET data = $2, updated_by = app_user() WHERE id = $1 AND version = $3 AND deleted_at IS NULL`,
    [matterId, request.data, request.baseVersion],
  );
  const matter = first([await getMatter(db, matterId)].filter((found) => found !== null));
  if (rowCount === 0) {
    throw new HttpError('conflict', `The matter changed since version ${request.baseVersion}.`);
  }
  return matter;
}

export async function pull(
  db: Db,
  matterId: string,
  query: z.infer<typeof TeamApi.pull.query>,
): Promise<z.infer<typeof TeamApi.pull.response>> {
  const matter = await getMatter(db, matterId);
  if (!matter) throw new HttpError('not-found', 'No such matter.');
  const [rows, conflicts] = await Promise.all([
    db.query<RowRecord>(
      `SELECT ${ROW_COLUMNS} FROM library_rows WHERE matter_id = $1 AND version > $2
        ORDER BY version LIMIT $3`,
      [matterId, query.since, query.limit + 1],
    ),
    db.query<ConflictRecord>(
      `SELECT ${CONFLICT_COLUMNS} FROM conflicts WHERE matter_id = $1 AND version > $2
        ORDER BY version LIMIT $3`,
      [matterId, query.since, query.limit + 1],
    ),
  ]);
  // Both lists in change order, cut together at `limit`.
  const merged = [
    ...rows.rows.map((record) => ({ version: record.version, row: record })),
    ...conflicts.rows.map((record) => ({ version: record.version, conflict: record })),
  ].sort((a, b) => a.version - b.version);
  const taken = merged.slice(0, query.limit);
  const out = {
    matter,
    rows: [] as TeamRow[],
    conflicts: [] as TeamConflict[],
    cursor: taken.at(-1)?.version ?? query.since,
    more: merged.length > query.limit,
  };
  for (const entry of taken) {
    if ('row' in entry) out.rows.push(toRow(entry.row));
    else out.conflicts.push(toConflict(entry.conflict));
  }
  return out;
}

/** JSON with its keys sorted, to compare two versions of a row. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** Three-way merge of an authority: each side's changed fields, and those both changed apart. */
function mergeFields(
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  mine: Record<string, unknown>,
): { merged: Record<string, unknown>; collided: string[] } {
  const merged: Record<string, unknown> = { ...theirs };
  const collided: string[] = [];
  for (const key of new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)])) {
    if (same(mine[key], base[key]) || same(mine[key], theirs[key])) continue;
    if (same(theirs[key], base[key])) merged[key] = mine[key];
    else collided.push(key);
  }
  return { merged, collided: collided.sort() };
}

async function writeRow(
  db: Db,
  change: Change,
  data: Record<string, unknown> | null,
): Promise<RowRecord> {
  const { rows } = await db.query<RowRecord>(
    `UPDATE library_rows SET data = $2, deleted_at = CASE WHEN $2::jsonb IS NULL THEN now() END,
            updated_by = app_user()
      WHERE id = $1 RETURNING ${ROW_COLUMNS}`,
    [change.id, data],
  );
  const row = first(rows);
  await keepHistory(db, row);
  return row;
}

async function keepHistory(db: Db, row: RowRecord): Promise<void> {
  if (row.kind !== 'authority') return;
  await db.query(
    'INSERT INTO row_history (row_id, matter_id, version, data) VALUES ($1, $2, $3, $4)',
    [row.id, row.matter_id, row.version, row.data],
  );
}

async function keepConflict(
  db: Db,
  change: Change,
  data: Record<string, unknown> | null,
  fields: string[],
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO conflicts (row_id, matter_id, kind, base_version, data, fields, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, app_user()) RETURNING id`,
    [change.id, change.matterId, change.kind, change.baseVersion, data, fields],
  );
  return first(rows).id;
}

async function resolve(db: Db, change: Change): Promise<void> {
  if (change.resolves.length === 0) return;
  await db.query(
    `UPDATE conflicts SET resolved_at = now(), resolved_by = app_user()
      WHERE id = ANY($1::uuid[]) AND row_id = $2 AND resolved_at IS NULL`,
    [change.resolves, change.id],
  );
}

async function pushOne(db: Db, change: Change): Promise<PushResult> {
  const rejected = (
    reason: Extract<PushResult, { status: 'rejected' }>['reason'],
    message: string,
  ) => ({ status: 'rejected', id: change.id, reason, message }) as const;

  let data: Record<string, unknown> | null = null;
  if (change.data !== null) {
    const parsed = ROW_DATA[change.kind].safeParse(change.data);
    if (!parsed.success) {
      return rejected('invalid', parsed.error.issues.map((issue) => issue.message).join('; '));
    }
    data = parsed.data as Record<string, unknown>;
  }

  const { rows: found } = await db.query<RowRecord>(
    `SELECT ${ROW_COLUMNS} FROM library_rows WHERE id = $1 FOR UPDATE`,
    [change.id],
  );
  const current = found[0];
  if (!current) {
    const { rows } = await db.query<RowRecord>(
      `INSERT INTO library_rows (id, matter_id, kind, data, deleted_at, updated_by)
       VALUES ($1, $2, $3, $4, CASE WHEN $4::jsonb IS NULL THEN now() END, app_user())
       ON CONFLICT (id) DO NOTHING RETURNING ${ROW_COLUMNS}`,
      [change.id, change.matterId, change.kind, data],
    );
    // Taken by a row this user cannot see: say so without saying whose.
    if (!rows[0]) return rejected('id-taken', 'That id is in use.');
    await keepHistory(db, rows[0]);
    return { status: 'applied', id: change.id, version: rows[0].version };
  }
  if (current.matter_id !== change.matterId) {
    return rejected('wrong-matter', 'A row stays in its matter: delete it and add it anew.');
  }
  if (current.kind !== change.kind) return rejected('wrong-kind', 'A row keeps its kind.');

  if (current.version === change.baseVersion) {
    const row = await writeRow(db, change, data);
    await resolve(db, change);
    return { status: 'applied', id: change.id, version: row.version };
  }
  // Made on an older version. The same content (a push retried after its answer was lost)
  // is already there.
  if (same(current.data, data)) {
    await resolve(db, change);
    return { status: 'applied', id: change.id, version: current.version };
  }
  if (change.kind === 'authority' && data && current.data && change.baseVersion !== null) {
    const { rows: bases } = await db.query<{ data: Record<string, unknown> | null }>(
      'SELECT data FROM row_history WHERE row_id = $1 AND version = $2',
      [change.id, change.baseVersion],
    );
    const base = bases[0]?.data;
    if (base) {
      const { merged, collided } = mergeFields(base, current.data, data);
      const row = same(merged, current.data) ? current : await writeRow(db, change, merged);
      if (collided.length === 0) {
        await resolve(db, change);
        return { status: 'merged', id: change.id, version: row.version, row: toRow(row) };
      }
      const conflictId = await keepConflict(db, change, data, collided);
      return { status: 'conflict', id: change.id, conflictId, fields: collided, row: toRow(row) };
    }
  }
  const conflictId = await keepConflict(db, change, data, []);
  return { status: 'conflict', id: change.id, conflictId, fields: [], row: toRow(current) };
}

/** Applies a batch in one transaction; each change is answered on its own. */
export async function push(db: Db, request: PushRequest): Promise<PushResult[]> {
  const roles = new Map<string, TeamRole | null>();
  const results: PushResult[] = [];
  for (const change of request.changes) {
    if (!roles.has(change.matterId)) roles.set(change.matterId, await myRole(db, change.matterId));
    const role = roles.get(change.matterId);
    if (role !== 'owner' && role !== 'editor') {
      results.push({
        status: 'rejected',
        id: change.id,
        reason: 'forbidden',
        message: role ? `A ${role} of this matter cannot change it.` : 'No such matter.',
      });
      continue;
    }
    await db.query('SAVEPOINT change');
    try {
      results.push(await pushOne(db, change));
      await db.query('RELEASE SAVEPOINT change');
    } catch (error) {
      await db.query('ROLLBACK TO SAVEPOINT change');
      if (pgCode(error) !== INSUFFICIENT_PRIVILEGE) throw error;
      results.push({ status: 'rejected', id: change.id, reason: 'forbidden', message: 'Refused.' });
    }
  }
  return results;
}

export async function listMembers(db: Db, matterId: string): Promise<TeamMember[]> {
  await requireRole(db, matterId, ['owner', 'editor', 'reader']);
  const { rows } = await db.query<{ user_id: string; name: string; role: TeamRole }>(
    `SELECT m.user_id, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.matter_id = $1 ORDER BY m.created_at, u.id`,
    [matterId],
  );
  return rows.map((row) => ({ userId: row.user_id, name: row.name, role: row.role }));
}

export async function invite(
  db: Db,
  matterId: string,
  request: z.infer<typeof TeamApi.invite.request>,
): Promise<{ code: string; expiresAt: string }> {
  await requireRole(db, matterId, ['owner']);
  const { secret, hash } = newSecret();
  const { rows } = await db.query<{ expires_at: Date }>(
    `INSERT INTO invitations (code_hash, matter_id, role, invited_by, expires_at)
     VALUES ($1, $2, $3, app_user(), now() + make_interval(hours => $4)) RETURNING expires_at`,
    [hash, matterId, request.role, request.expiresInHours],
  );
  return { code: secret, expiresAt: first(rows).expires_at.toISOString() };
}

async function ownersLeftWithout(db: Db, matterId: string, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships WHERE matter_id = $1 AND role = 'owner' AND user_id <> $2`,
    [matterId, userId],
  );
  return first(rows).n;
}

async function lockMembers(db: Db, matterId: string): Promise<void> {
  await db.query('SELECT 1 FROM memberships WHERE matter_id = $1 FOR UPDATE', [matterId]);
}

export async function changeRole(
  db: Db,
  matterId: string,
  userId: string,
  role: TeamRole,
): Promise<TeamMember> {
  await requireRole(db, matterId, ['owner']);
  await lockMembers(db, matterId);
  if (role !== 'owner' && (await ownersLeftWithout(db, matterId, userId)) === 0) {
    throw new HttpError('conflict', 'A matter keeps at least one owner.');
  }
  const { rowCount } = await db.query(
    'UPDATE memberships SET role = $3 WHERE matter_id = $1 AND user_id = $2',
    [matterId, userId, role],
  );
  if (rowCount === 0) throw new HttpError('not-found', 'No such member.');
  return first((await listMembers(db, matterId)).filter((member) => member.userId === userId));
}

export async function removeMember(
  db: Db,
  matterId: string,
  userId: string,
  self: string,
): Promise<void> {
  await requireRole(db, matterId, userId === self ? ['owner', 'editor', 'reader'] : ['owner']);
  await lockMembers(db, matterId);
  if ((await ownersLeftWithout(db, matterId, userId)) === 0) {
    throw new HttpError('conflict', 'A matter keeps at least one owner.');
  }
  const { rowCount } = await db.query(
    'DELETE FROM memberships WHERE matter_id = $1 AND user_id = $2',
    [matterId, userId],
  );
  if (rowCount === 0) throw new HttpError('not-found', 'No such member.');
}
