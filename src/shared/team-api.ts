import { z } from 'zod';
import { BriefMetadata } from './brief/metadata';
import { ProfileOverrides } from './brief/profiles';
import {
  AuthorityFields,
  BriefTitle,
  CitationStyle,
  FactFields,
  MatterFields,
  SnippetFields,
} from './library';

/**
 * The team server's HTTP API: what each endpoint takes and returns, for the server to check and
 * the desktop app to call. Row fields are the embedded library's own schemas; on the server every
 * row belongs to a matter, so a fact's or snippet's matter is the row's, not a field.
 */

export const TEAM_API_VERSION = 1;

export const Uuid = z.uuid();
export const TeamRole = z.enum(['owner', 'editor', 'reader']);
export type TeamRole = z.infer<typeof TeamRole>;

/** The server's change cursor: every write takes the next number; 0 is "nothing yet". */
export const Cursor = z.number().int().nonnegative();

export const ROW_KINDS = ['authority', 'fact', 'snippet', 'brief'] as const;
export const RowKind = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof RowKind>;

export const TeamMatterData = MatterFields;
export const TeamAuthorityData = AuthorityFields;
export const TeamFactData = FactFields.omit({ matterId: true });
export const TeamSnippetData = SnippetFields.omit({ matterId: true });
/** A brief's details; its text is a Yjs document on the server's document endpoint. */
export const TeamBriefData = z.object({
  title: BriefTitle,
  citationStyle: CitationStyle,
  courtProfile: z.string().min(1).max(200),
  profileOverrides: ProfileOverrides,
  metadata: BriefMetadata,
});

export const ROW_DATA = {
  authority: TeamAuthorityData,
  fact: TeamFactData,
  snippet: TeamSnippetData,
  brief: TeamBriefData,
} as const;
export type RowData<K extends RowKind> = z.infer<(typeof ROW_DATA)[K]>;

/** The Yjs document name of a brief's text. */
export function briefDocumentName(briefId: string): string {
  return `brief:${briefId}`;
}
export function briefIdOfDocument(name: string): string | null {
  const id = name.startsWith('brief:') ? name.slice('brief:'.length) : '';
  return Uuid.safeParse(id).success ? id : null;
}

/** The WebSocket path of the brief documents (Hocuspocus), beside the HTTP API. */
export const DOCUMENTS_PATH = '/v1/documents';

const rowBase = {
  id: Uuid,
  matterId: Uuid,
  version: Cursor,
  /** Set on a tombstone, whose data is null. */
  deletedAt: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: Uuid.nullable(),
};
function rowOf<K extends RowKind>(kind: K) {
  return z.object({ kind: z.literal(kind), ...rowBase, data: ROW_DATA[kind].nullable() });
}
export const TeamRow = z.discriminatedUnion('kind', [
  rowOf('authority'),
  rowOf('fact'),
  rowOf('snippet'),
  rowOf('brief'),
]);
export type TeamRow = z.infer<typeof TeamRow>;

/**
 * A version of a row that lost a race: kept whole until someone resolves it. `data` null means
 * the losing change was a delete. For an authority, `fields` names the fields that collided (the
 * others were merged into the row).
 */
export const TeamConflict = z.object({
  id: Uuid,
  rowId: Uuid,
  matterId: Uuid,
  kind: RowKind,
  version: Cursor,
  baseVersion: Cursor.nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  fields: z.array(z.string()),
  createdBy: Uuid.nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type TeamConflict = z.infer<typeof TeamConflict>;

export const TeamMatter = z.object({
  id: Uuid,
  version: Cursor,
  role: TeamRole,
  data: TeamMatterData.nullable(),
  deletedAt: z.string().nullable(),
});
export type TeamMatter = z.infer<typeof TeamMatter>;

export const TeamMember = z.object({ userId: Uuid, name: z.string(), role: TeamRole });
export type TeamMember = z.infer<typeof TeamMember>;

export const ApiError = z.object({
  error: z.object({
    code: z.enum([
      'bad-request',
      'unauthorized',
      'forbidden',
      'not-found',
      'conflict',
      'too-large',
      'internal',
    ]),
    message: z.string(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** The request and response of each endpoint, by method and path. */
export const TeamApi = {
  /** POST /v1/invitations/accept; with a token, adds the matter to that user. */
  acceptInvitation: {
    request: z.object({
      code: z.string().min(20).max(200),
      /** The new user's display name; ignored when a token is sent. */
      name: z.string().trim().min(1).max(300).optional(),
    }),
    response: z.object({
      userId: Uuid,
      /** Only for a new user: shown once, stored hashed. */
      token: z.string().nullable(),
      matterId: Uuid,
      role: TeamRole,
    }),
  },
  /** GET /v1/me */
  me: { response: z.object({ userId: Uuid, name: z.string() }) },
  /** GET /v1/matters: the matters I am a member of, with my role. */
  listMatters: { response: z.object({ matters: z.array(TeamMatter) }) },
  /** POST /v1/matters: a new matter, its creator its owner. */
  createMatter: {
    request: z.object({ id: Uuid, data: TeamMatterData }),
    response: TeamMatter,
  },
  /** PUT /v1/matters/:id (owner, editor); a stale baseVersion is refused with 409. */
  updateMatter: {
    request: z.object({ baseVersion: Cursor, data: TeamMatterData }),
    response: TeamMatter,
  },
  /** GET /v1/matters/:id/changes?since=N&limit=M: rows, tombstones and conflicts after N. */
  pull: {
    query: z.object({
      since: z.coerce.number().int().nonnegative().default(0),
      limit: z.coerce.number().int().min(1).max(5000).default(1000),
    }),
    response: z.object({
      matter: TeamMatter,
      rows: z.array(TeamRow),
      conflicts: z.array(TeamConflict),
      /** Pass as `since` next time. */
      cursor: Cursor,
      /** More changes wait beyond `limit`: pull again. */
      more: z.boolean(),
    }),
  },
  /** POST /v1/push: local changes, each with the version it was made on (null: a new row). */
  push: {
    request: z.object({
      changes: z
        .array(
          z.object({
            kind: RowKind,
            id: Uuid,
            matterId: Uuid,
            baseVersion: Cursor.nullable(),
            /** null deletes the row (a tombstone). Checked against the kind's schema. */
            data: z.record(z.string(), z.unknown()).nullable(),
            /** Conflicts this change settles. */
            resolves: z.array(Uuid).max(100).default([]),
          }),
        )
        .max(500),
    }),
    response: z.object({
      results: z.array(
        z.discriminatedUnion('status', [
          /** Written as sent. */
          z.object({ status: z.literal('applied'), id: Uuid, version: Cursor }),
          /** An authority merged field by field with a concurrent edit: take `row`. */
          z.object({ status: z.literal('merged'), id: Uuid, version: Cursor, row: TeamRow }),
          /** Made on an older version that changed since: kept as `conflictId`; `row` stands. */
          z.object({
            status: z.literal('conflict'),
            id: Uuid,
            conflictId: Uuid,
            fields: z.array(z.string()),
            row: TeamRow,
          }),
          z.object({
            status: z.literal('rejected'),
            id: Uuid,
            reason: z.enum(['invalid', 'forbidden', 'id-taken', 'wrong-matter', 'wrong-kind']),
            message: z.string(),
          }),
        ]),
      ),
    }),
  },
  /** GET /v1/matters/:id/members */
  listMembers: { response: z.object({ members: z.array(TeamMember) }) },
  /** POST /v1/matters/:id/invitations (owner) */
  invite: {
    request: z.object({
      role: TeamRole,
      expiresInHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(24 * 7),
    }),
    response: z.object({ code: z.string(), expiresAt: z.string() }),
  },
  /** PUT /v1/matters/:id/members/:userId (owner) */
  changeRole: { request: z.object({ role: TeamRole }), response: TeamMember },
  /** DELETE /v1/matters/:id/members/:userId (owner, or oneself to leave) */
  removeMember: { response: z.object({ removed: z.literal(true) }) },
} as const;

export type PushChange = z.input<typeof TeamApi.push.request>['changes'][number];
export type PushResult = z.infer<typeof TeamApi.push.response>['results'][number];
