import { z } from 'zod';
import { BriefMetadata } from './brief/metadata';
import { ProfileOverrides } from './brief/profiles';
import { RecordRef } from './brief/record-cites';
import { CslItem, authorityFromCsl, cslItemLabel } from './csl-json';
import {
  AuthorityFields,
  BriefTitle,
  CitationStyle,
  FactFields,
  Id,
  MatterFields,
  SnippetFields,
  type AuthorityFieldsInput,
} from './library';

/**
 * A library, or one matter of it, as one file: `*.amicus-library.json`, versioned JSON. Each
 * record keeps its id in the library that wrote the file (references inside the file use those
 * ids) and its origin, the library where it was first written and its id there, which is how a
 * record imported twice, or brought back home, is recognised whatever its local id has become.
 */

export const LIBRARY_FILE_FORMAT = 'amicus-library';
export const LIBRARY_FILE_VERSION = 1;
export const LIBRARY_FILE_EXTENSION = '.amicus-library.json';
export const CSL_JSON_EXTENSION = '.csl.json';
/** The same limit as "Find citations": a library file larger than this is refused unread. */
export const MAX_TRANSFER_FILE_BYTES = 50 * 1024 * 1024;

/** A library's own identity: 32 hexadecimal digits, made when the library is created. */
export const LibraryUid = z.string().regex(/^[0-9a-f]{32}$/, 'A library id is 32 hex digits.');

const Timestamp = z.iso.datetime({ offset: true });

const Origin = z.object({ library: LibraryUid, id: Id });
export type Origin = z.infer<typeof Origin>;

const Kept = { id: Id, origin: Origin, sample: z.boolean().default(false) };
const Stamps = { createdAt: Timestamp, updatedAt: Timestamp };

export const FileMatter = MatterFields.extend({
  ...Kept,
  ...Stamps,
  archivedAt: Timestamp.nullable().default(null),
});
export type FileMatter = z.infer<typeof FileMatter>;
export const FileAuthority = AuthorityFields.extend({ ...Kept, ...Stamps });
export type FileAuthority = z.infer<typeof FileAuthority>;
export const FileFact = FactFields.extend({
  ...Kept,
  ...Stamps,
  /** The record cite as read, perhaps moved by a page map; absent: read from the cite. */
  recordRef: RecordRef.nullable().optional(),
});
export type FileFact = z.infer<typeof FileFact>;
export const FileSnippet = SnippetFields.extend({ ...Kept, ...Stamps });
export type FileSnippet = z.infer<typeof FileSnippet>;

const Content = z.string().max(50_000_000);

export const FileBriefVersion = z.object({
  title: z.string().max(300),
  content: Content,
  words: z.number().int().nonnegative(),
  createdAt: Timestamp,
});
export type FileBriefVersion = z.infer<typeof FileBriefVersion>;

export const FileBrief = z.object({
  ...Kept,
  ...Stamps,
  matterId: Id.nullable().default(null),
  title: BriefTitle,
  citationStyle: CitationStyle,
  courtProfile: z.string().max(100),
  profileOverrides: ProfileOverrides.default({}),
  metadata: BriefMetadata,
  content: Content,
  /** When it was moved to the trash; null for a brief in use. */
  deletedAt: Timestamp.nullable().default(null),
  versions: z.array(FileBriefVersion).max(100_000).default([]),
});
export type FileBrief = z.infer<typeof FileBrief>;

const MANY = 1_000_000;

export const LibraryFile = z.object({
  format: z.literal(LIBRARY_FILE_FORMAT),
  version: z.literal(LIBRARY_FILE_VERSION),
  exportedAt: Timestamp,
  /** The library that wrote the file. */
  library: LibraryUid,
  /** Its whole library, or one matter with the authorities it cites. */
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('library') }),
    z.object({ kind: z.literal('matter'), matterId: Id, name: z.string().max(300) }),
  ]),
  matters: z.array(FileMatter).max(MANY),
  authorities: z.array(FileAuthority).max(MANY),
  facts: z.array(FileFact).max(MANY),
  snippets: z.array(FileSnippet).max(MANY),
  briefs: z.array(FileBrief).max(MANY),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

export const RECORD_TYPES = ['matter', 'authority', 'fact', 'snippet', 'brief'] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

/* ---------- Citations inside stored editor JSON ---------- */

/**
 * Visits every object of a parsed JSON value without recursion (a hostile file can nest a
 * million arrays deep); a node is visited before its children.
 */
function eachObject(root: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const node = value as Record<string, unknown>;
      visit(node);
      for (const key of Object.keys(node)) stack.push(node[key]);
    }
  }
}

const isCitation = (node: Record<string, unknown>) =>
  node.type === 'citation' && typeof node.authorityId === 'number';

function parseContent(content: string): unknown {
  if (!content.trim()) return undefined;
  try {
    return JSON.parse(content) as unknown;
  } catch {
    // Not editor JSON at all: it holds no citation to follow.
    return undefined;
  }
}

/** Every authority id cited anywhere in stored editor JSON (footnotes, lists, unknown nodes). */
export function citedIdsInContent(content: string): Set<number> {
  const ids = new Set<number>();
  eachObject(parseContent(content), (node) => {
    if (isCitation(node)) ids.add(node.authorityId as number);
  });
  return ids;
}

/**
 * The same editor JSON with every citation's authority id replaced through `map`; a citation
 * whose id `map` lacks is handed to `missing`, which may change it in place.
 */
export function remapCitations(
  content: string,
  map: ReadonlyMap<number, number>,
  missing: (citation: Record<string, unknown>) => void,
): string {
  const state = parseContent(content);
  if (state === undefined) return content;
  eachObject(state, (node) => {
    if (!isCitation(node)) return;
    const id = map.get(node.authorityId as number);
    if (id === undefined) missing(node);
    else node.authorityId = id;
  });
  return JSON.stringify(state);
}

/** Stored editor JSON written one way, so two copies of the same content compare equal. */
export function canonicalContent(content: string): string {
  const state = parseContent(content);
  return state === undefined ? content : JSON.stringify(state);
}

/* ---------- What makes two records the same ---------- */

/** Text compared as a reader sees it: one Unicode form, runs of spaces as one, no ends. */
export function normalText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Cite parts compared without their spacing and periods: "I. & N. Dec." is "I&N Dec.". */
const citePart = (value: string | undefined) =>
  normalText(value ?? '')
    .toLowerCase()
    .replace(/[\s.§]/g, '');

/**
 * Two authorities are the same when their citations are: volume, reporter and first page; else
 * code title, code and section; else (a book, say) kind, author, title and year.
 */
export function authorityDedupeKey(fields: AuthorityFieldsInput): string {
  const [volume, reporter, page] = [fields.volume, fields.reporter, fields.firstPage].map(citePart);
  if (volume && reporter && page) return `cite:${volume}|${reporter}|${page}`;
  const [title, code, section] = [fields.title, fields.code, fields.section].map(citePart);
  if (code && section) return `code:${title}|${code}|${section}`;
  return `work:${fields.kind}|${normalText(fields.name ?? '').toLowerCase()}|${normalText(fields.title ?? '').toLowerCase()}|${fields.year ?? ''}`;
}

/** A fact is the same fact when its text is, in the same matter. */
export const factDedupeKey = (fact: { text: string }) => normalText(fact.text);

/** A snippet is the same when its title and its text are. */
export const snippetDedupeKey = (snippet: { title: string; plainText: string }) =>
  `${normalText(snippet.title)}\n${normalText(snippet.plainText)}`;

/* ---------- Reading a file ---------- */

export type TransferFile =
  | { format: 'amicus'; file: LibraryFile }
  | { format: 'csl-json'; authorities: AuthorityFields[]; unmapped: UnmappedItem[] };

export const UnmappedItem = z.object({ label: z.string(), reason: z.string() });
export type UnmappedItem = z.infer<typeof UnmappedItem>;

/** A file that cannot be imported, with the reason in words; nothing has been changed. */
export class TransferFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferFileError';
  }
}

const refuse = (why: string): never => {
  throw new TransferFileError(`${why} Nothing was imported.`);
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first key or string that is not well-formed Unicode (it could not be stored as it is). */
function hasBrokenText(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return true;
    } else if (Array.isArray(value)) {
      stack.push(...value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function describeIssue(issue: z.core.$ZodIssue, file: unknown): string {
  const [list, index, ...rest] = issue.path;
  if (typeof list === 'string' && typeof index === 'number') {
    const record = (file as Record<string, unknown[]>)[list]?.[index] as
      Record<string, unknown> | undefined;
    const name = record?.title ?? record?.name ?? record?.text ?? record?.id;
    const label = typeof name === 'string' ? `“${name.slice(0, 60)}”` : `number ${index + 1}`;
    const field = rest.length ? ` (${rest.join('.')})` : '';
    return `In ${list}, ${label}${field}: ${issue.message}`;
  }
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/** Ids used twice, and references to records the file does not hold. */
function checkReferences(file: LibraryFile): void {
  const idsOf = (records: { id: number }[], what: string) => {
    const ids = new Set<number>();
    for (const { id } of records) {
      if (ids.has(id)) refuse(`The file holds two ${what} with the id ${id}, so it is damaged.`);
      ids.add(id);
    }
    return ids;
  };
  const matters = idsOf(file.matters, 'matters');
  const authorities = idsOf(file.authorities, 'authorities');
  idsOf(file.facts, 'facts');
  idsOf(file.snippets, 'snippets');
  idsOf(file.briefs, 'briefs');
  const checkMatter = (matterId: number | null, what: string) => {
    if (matterId !== null && !matters.has(matterId))
      refuse(`${what} belongs to matter ${matterId}, which the file does not hold.`);
  };
  const checkCitations = (content: string, what: string) => {
    for (const id of citedIdsInContent(content))
      if (!authorities.has(id))
        refuse(`${what} cites authority ${id}, which the file does not hold.`);
  };
  for (const fact of file.facts) checkMatter(fact.matterId, `Fact ${fact.id}`);
  for (const snippet of file.snippets) {
    checkMatter(snippet.matterId, `Snippet “${snippet.title}”`);
    checkCitations(snippet.content, `Snippet “${snippet.title}”`);
  }
  for (const brief of file.briefs) {
    checkMatter(brief.matterId, `Brief “${brief.title}”`);
    checkCitations(brief.content, `Brief “${brief.title}”`);
    for (const version of brief.versions)
      checkCitations(version.content, `A version of brief “${brief.title}”`);
  }
}

function readCslJson(items: unknown[]): TransferFile {
  const authorities: AuthorityFields[] = [];
  const unmapped: UnmappedItem[] = [];
  items.forEach((raw, index) => {
    const label = cslItemLabel(raw, index);
    const item = CslItem.safeParse(raw);
    if (!item.success) {
      const issue = item.error.issues[0];
      unmapped.push({
        label,
        reason: `not valid CSL-JSON (${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'})`,
      });
      return;
    }
    const mapped = authorityFromCsl(item.data);
    if (mapped.ok) authorities.push(mapped.fields);
    else unmapped.push({ label, reason: mapped.reason });
  });
  return { format: 'csl-json', authorities, unmapped };
}

/**
 * Reads an Amicus library file or a CSL-JSON file (told apart by their content), validated in
 * full: a file that is not JSON, from a newer Amicus, damaged or hostile is refused with a
 * message that says why, before anything is written.
 */
export function readTransferFile(bytes: Uint8Array): TransferFile {
  if (bytes.length > MAX_TRANSFER_FILE_BYTES)
    refuse('This file is too large to import (over 50 MB).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('This file is not an Amicus library file or CSL-JSON: it is not UTF-8 text.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'This file is not an Amicus library file or CSL-JSON: it is not JSON. Choose a file Amicus exported (.amicus-library.json) or one exported from Zotero as CSL JSON.',
    );
  }
  if (hasBrokenText(parsed))
    refuse(
      'This file holds text that is not valid Unicode (a broken character), so it cannot be stored as it is.',
    );
  if (Array.isArray(parsed)) {
    if (parsed.length > MANY) refuse('This CSL-JSON file holds too many items.');
    return readCslJson(parsed);
  }
  const header = parsed as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== LIBRARY_FILE_FORMAT)
    return refuse(
      'This file is JSON, but neither an Amicus library file nor CSL-JSON (a list of items).',
    );
  if (header.version !== LIBRARY_FILE_VERSION) {
    const newer = typeof header.version === 'number' && header.version > LIBRARY_FILE_VERSION;
    refuse(
      newer
        ? `This library file was written by a newer Amicus (format ${header.version}; this Amicus reads format ${LIBRARY_FILE_VERSION}). Update Amicus to import it.`
        : `This library file has an unknown format version (${String(header.version).slice(0, 20)}).`,
    );
  }
  const file = LibraryFile.safeParse(parsed);
  if (!file.success) {
    const issues = file.error.issues.slice(0, 3).map((issue) => describeIssue(issue, parsed));
    return refuse(`This library file is damaged or incomplete. ${issues.join('; ')}.`);
  }
  checkReferences(file.data);
  return { format: 'amicus', file: file.data };
}

/* ---------- What an import will do, and did ---------- */

export const RESOLUTIONS = ['mine', 'theirs', 'both'] as const;
export const Resolution = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof Resolution>;

/** A record of the file that matches one of the library but differs from it. */
export const ImportConflict = z.object({
  /** `type:id in the file`, how a resolution names it. */
  key: z.string(),
  type: RecordType,
  /** The library's record, as the user knows it. */
  label: z.string(),
  differences: z.array(z.object({ field: z.string(), mine: z.string(), theirs: z.string() })),
});
export type ImportConflict = z.infer<typeof ImportConflict>;

const Counts = z.object({
  matter: z.number().int().nonnegative(),
  authority: z.number().int().nonnegative(),
  fact: z.number().int().nonnegative(),
  snippet: z.number().int().nonnegative(),
  brief: z.number().int().nonnegative(),
});
export type RecordCounts = z.infer<typeof Counts>;

export const ImportPreview = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(['amicus', 'csl-json']),
  /** What the file holds, to follow "holds": "a whole library", "the matter “…”". */
  scope: z.string(),
  exportedAt: z.string().nullable(),
  /** Records the library does not have yet. */
  new: Counts,
  /** Records the library already has, exactly: nothing to do. */
  same: Counts,
  conflicts: z.array(ImportConflict),
  /** CSL-JSON items that could not become authorities, and why. */
  unmapped: z.array(UnmappedItem),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const LibraryImportReport = z.object({
  added: Counts,
  same: Counts,
  /** Library records replaced by the file's, as the user chose. */
  replaced: Counts,
  /** Conflicts where the user kept the library's record. */
  keptMine: z.number().int().nonnegative(),
  unmapped: z.array(UnmappedItem),
  /** The backup taken before anything was written. */
  backup: z.string(),
  /** Library records the import changed, for an open page to reload. */
  changedAuthorityIds: z.array(Id),
  changedBriefIds: z.array(Id),
});
export type LibraryImportReport = z.infer<typeof LibraryImportReport>;

export const emptyCounts = (): RecordCounts => ({
  matter: 0,
  authority: 0,
  fact: 0,
  snippet: 0,
  brief: 0,
});
