import { z } from 'zod';
import { BriefChanges } from './brief/blocks';
import { DOCUMENT_PARTS, FINDING_KINDS } from './brief/confidential';
import { BriefMetadata } from './brief/metadata';
import { CourtProfile, ProfileOverrides } from './brief/profiles';
import type { Channel } from './channels';
import { PageMapEntry, RecordKind } from './brief/record-cites';
import { RepaginationReport } from './brief/repaginate';
import {
  Authority,
  AuthorityFields,
  BackupInfo,
  LibraryStatus,
  Brief,
  BriefSummary,
  BriefTitle,
  BriefVersion,
  BriefVersionContent,
  TrashedBrief,
  CitationStyle,
  Fact,
  FactFields,
  Id,
  Matter,
  MatterFields,
  SampleRemoval,
  SearchHit,
  SearchQuery,
  Snippet,
  SnippetFields,
} from './library';
import { ImportPreview, LibraryImportReport, Resolution } from './library-file';

/** The one API between renderer and main: each channel's argument and result schemas. */

const byId = z.object({ id: Id });
const nothing = z.object({}).strict();
const deleted = z.object({ deleted: z.literal(true) });

const ConfidentialFinding = z.object({
  part: z.enum(DOCUMENT_PARTS),
  kind: z.enum(FINDING_KINDS),
  label: z.string(),
  found: z.string(),
  context: z.string(),
});

/** Where a written file went. */
export const FileDelivery = z.discriminatedUnion('kind', [
  /** Desktop: the user chose a path in the save dialog and the file was written there. */
  z.object({ kind: z.literal('saved'), path: z.string() }),
  /** Browser: the document travels back to the page, which offers it as a download. */
  z.object({ kind: z.literal('download'), fileName: z.string(), base64: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type FileDelivery = z.infer<typeof FileDelivery>;

export const ExportResult = z.discriminatedUnion('kind', [
  ...FileDelivery.options,
  /** Nothing written: the filing shows what the library marks confidential. */
  z.object({
    kind: z.literal('confidential'),
    findings: z.array(ConfidentialFinding),
    /** The last time this brief was exported over the guard, and why. */
    lastRelease: z
      .object({ reason: z.string(), findings: z.number().int(), at: z.string() })
      .nullable(),
  }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/** How many of each thing a count is of, in words ("tables, their cells' text as paragraphs"). */
const Tally = z.array(z.object({ what: z.string(), count: z.number().int() }));

/** What an imported Word draft brought in, and how. */
export const ImportReport = z.object({
  headings: z.number().int(),
  paragraphs: z.number().int(),
  quotations: z.number().int(),
  listItems: z.number().int(),
  footnotes: z.number().int(),
  /** Citations written as citation nodes, and the library authorities they name. */
  citationsLinked: z.number().int(),
  authoritiesLinked: z.number().int(),
  /** Authorities the draft cites that the library lacks, to add and link. */
  newAuthorities: z.array(
    z.object({ fields: AuthorityFields, written: z.string(), uses: z.number().int() }),
  ),
  /** What came in as plain text or plain paragraphs. */
  leftAsText: Tally,
  /** What is not text and was not brought in (pictures), or what the reader skipped. */
  leftOut: Tally,
});
export type ImportReport = z.infer<typeof ImportReport>;

/** The user's choice for each conflict of an import, by the conflict's key. */
const Resolutions = z
  .array(z.object({ key: z.string().max(100), choice: Resolution }))
  .max(1_000_000)
  .default([]);
const pendingImport = z.object({ importId: z.string().max(100), resolutions: Resolutions });

interface Endpoint {
  args: z.ZodType;
  result: z.ZodType;
}

export const contract = {
  'library:search': { args: SearchQuery, result: z.array(SearchHit) },
  'library:status': { args: nothing, result: LibraryStatus },
  'library:back-up': { args: nothing, result: BackupInfo },
  'library:restore': {
    args: z.object({ name: z.string().max(300) }),
    /** Where the library that was replaced is kept, and the library as it now is. */
    result: z.object({ keptAside: z.string(), status: LibraryStatus }),
  },
  /**
   * The library (the demo sample only if asked) or one matter, as an Amicus library file, or
   * its authorities as CSL-JSON; saved where the user chooses, or downloaded.
   */
  'library:export': {
    args: z.object({
      matterId: Id.optional(),
      includeSample: z.boolean().default(false),
      format: z.enum(['amicus', 'csl-json']).default('amicus'),
    }),
    result: z.object({
      delivery: FileDelivery,
      counts: z.object({
        matters: z.number().int().nonnegative(),
        authorities: z.number().int().nonnegative(),
        facts: z.number().int().nonnegative(),
        snippets: z.number().int().nonnegative(),
        briefs: z.number().int().nonnegative(),
      }),
      /** Citations of authorities since deleted, written as text in the file. */
      deletedCitations: z.number().int().nonnegative(),
    }),
  },
  /** Reads a library or CSL-JSON file (in a worker) and says what importing it would do. */
  'library:import-open': {
    args: z.object({ fileName: z.string().max(500), base64: z.string().max(70_000_000) }),
    result: ImportPreview,
  },
  /** The opened file's import again, with the user's choices so far. */
  'library:import-preview': { args: pendingImport, result: ImportPreview },
  /** Backs the library up, then imports in one transaction: all of it or nothing. */
  'library:import-apply': { args: pendingImport, result: LibraryImportReport },
  'matter:list': { args: nothing, result: z.array(Matter) },
  'matter:create': { args: MatterFields, result: Matter },
  'matter:update': { args: MatterFields.extend({ id: Id }), result: Matter },
  'matter:set-archived': { args: z.object({ id: Id, archived: z.boolean() }), result: Matter },
  /** Refused (conflict) while briefs or facts belong to the matter, saying which. */
  'matter:delete': { args: byId, result: deleted },
  /** Removes the demo matter and what was seeded with it; nothing of the user's. */
  'matter:remove-sample': { args: nothing, result: SampleRemoval },
  'profile:list': { args: nothing, result: z.array(CourtProfile) },
  'authority:get-many': {
    args: z.object({ ids: z.array(Id).max(10_000) }),
    result: z.array(Authority),
  },
  'authority:match': {
    args: z.object({
      // The fields that identify an authority, with the limits the library itself takes: a key
      // of any authority "Find citations" can list is accepted (a work's title runs long).
      keys: z
        .array(
          AuthorityFields.pick({
            volume: true,
            reporter: true,
            firstPage: true,
            title: true,
            code: true,
            section: true,
          }).required(),
        )
        .max(20_000),
    }),
    /** For each key, the id of a library authority with that cite, or null. */
    result: z.array(Id.nullable()),
  },
  'authority:create': { args: AuthorityFields, result: Authority },
  'authority:update': { args: AuthorityFields.extend({ id: Id }), result: Authority },
  'authority:delete': { args: byId, result: deleted },
  'fact:get': { args: byId, result: Fact },
  'fact:create': { args: FactFields, result: Fact },
  'fact:update': { args: FactFields.extend({ id: Id }), result: Fact },
  'fact:delete': { args: byId, result: deleted },
  /**
   * Re-paginates every cite to one record, in the facts of the brief's matter and in that
   * matter's briefs, by a page map; reports the cites it could not map, left as they were.
   */
  'record:repaginate': {
    args: z.object({
      briefId: Id,
      from: RecordKind,
      to: RecordKind,
      entries: z.array(PageMapEntry).min(1).max(100_000),
    }),
    result: RepaginationReport,
  },
  'snippet:get': { args: byId, result: Snippet },
  'snippet:create': { args: SnippetFields, result: Snippet },
  'snippet:update': { args: SnippetFields.extend({ id: Id }), result: Snippet },
  'snippet:delete': { args: byId, result: deleted },
  'brief:list': { args: nothing, result: z.array(BriefSummary) },
  'brief:get': { args: byId, result: Brief },
  'brief:create': {
    args: z.object({
      title: BriefTitle,
      matterId: Id.nullable().default(null),
      courtProfile: z.string().max(100).optional(),
      /** Start with the written sections of FRAP 29(a)(4) as headings. */
      outline: z.boolean().default(false),
    }),
    result: Brief,
  },
  'brief:rename': { args: z.object({ id: Id, title: BriefTitle }), result: BriefSummary },
  /**
   * A follow-on brief from an existing one: its text, citations, amici and counsel, for another
   * matter, court and stage; the earlier case's details cleared and named (`carriedFrom`).
   */
  'brief:duplicate': {
    args: z.object({
      id: Id,
      title: BriefTitle,
      matterId: Id.nullable(),
      courtProfile: z.string().max(100),
      citationStyle: CitationStyle,
    }),
    result: Brief,
  },
  'brief:set-matter': {
    args: z.object({ id: Id, matterId: Id.nullable() }),
    result: BriefSummary,
  },
  'brief:set-profile': {
    args: z.object({
      id: Id,
      profileId: z.string().max(100),
      overrides: ProfileOverrides.default({}),
    }),
    result: BriefSummary,
  },
  'brief:set-metadata': { args: z.object({ id: Id, metadata: BriefMetadata }), result: Brief },
  'brief:set-citation-style': {
    args: z.object({ id: Id, style: CitationStyle }),
    result: BriefSummary,
  },
  /** Saves the brief whole from a document (scripts, tests; the editor saves its blocks). */
  'brief:save': {
    args: z.object({ id: Id, content: z.string().max(50_000_000) }),
    result: BriefSummary,
  },
  /**
   * Saves the blocks the editor changed, in one transaction. `stale`: the changes were made
   * against blocks the library no longer holds (another window saved, a version was restored),
   * and nothing was written; the editor then saves the brief whole.
   */
  'brief:save-blocks': {
    args: z.object({ id: Id, changes: BriefChanges }),
    result: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('saved'),
        summary: BriefSummary,
        /** The revision the next changes are made against. */
        revision: z.number().int().nonnegative(),
      }),
      z.object({ kind: z.literal('stale') }),
    ]),
  },
  /** Moves the brief to the trash, restorable for 30 days. */
  'brief:delete': { args: byId, result: deleted },
  'brief:trash': { args: nothing, result: z.array(TrashedBrief) },
  'brief:restore-deleted': { args: byId, result: BriefSummary },
  'brief:delete-forever': { args: byId, result: deleted },
  'brief:history': { args: byId, result: z.array(BriefVersion) },
  'brief:version': { args: byId, result: BriefVersionContent },
  'brief:restore-version': {
    /** `asCopy`: a new brief from the version; otherwise it becomes the brief's current text. */
    args: z.object({ id: Id, asCopy: z.boolean() }),
    result: Brief,
  },
  'brief:export-docx': {
    args: byId.extend({
      /** Why the attorney exports although the guard found confidential text. */
      release: z.string().trim().min(1).max(2_000).optional(),
    }),
    result: ExportResult,
  },
  /** A new brief from a Word draft: its structure, footnotes and citations linked to the library. */
  'brief:import-docx': {
    args: z.object({
      fileName: z.string().max(500),
      base64: z.string().max(70_000_000),
      title: BriefTitle,
      matterId: Id.nullable().default(null),
      courtProfile: z.string().max(100).optional(),
    }),
    result: z.object({ brief: Brief, report: ImportReport }),
  },
  /** The text of a document the user opened (plain text or .docx), read in main. */
  'document:read-text': {
    args: z.object({ fileName: z.string().max(500), base64: z.string().max(70_000_000) }),
    result: z.object({ text: z.string() }),
  },
} satisfies Record<Channel, Endpoint>; // every channel, and no other (excess keys fail)

export type Contract = typeof contract;
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = z.output<Contract[C]['result']>;

export const ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'conflict',
  /** The library is in use by another program; trying again later may succeed. */
  'busy',
  /** The library cannot be used (damaged, read-only, full disk); the message says why. */
  'unavailable',
  'unknown-channel',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What every call returns across either transport: a value or a typed error, never a throw. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The shape `window.api` has in the page, whichever transport carries it. */
export interface AmicusApi {
  invoke<C extends Channel>(channel: C, args: Args<C>): Promise<Envelope<Result<C>>>;
}
