import { z } from 'zod';
import { BlockKey } from './brief/blocks';
import { BriefMetadata } from './brief/metadata';
import { ProfileOverrides } from './brief/profiles';
import { RecordRef } from './brief/record-cites';
import { CITATION_STYLES } from './citations/styles';
import { IsoDate } from './dates';

/** Library records: the shapes that cross the process boundary and live in SQLite. */

export const AUTHORITY_KINDS = ['case', 'agency', 'statute', 'regulation', 'secondary'] as const;
export const AuthorityKind = z.enum(AUTHORITY_KINDS);
export type AuthorityKind = z.infer<typeof AuthorityKind>;

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  case: 'Case',
  agency: 'Agency decision',
  statute: 'Statute',
  regulation: 'Regulation',
  secondary: 'Secondary source',
};

const shortText = z.string().trim().max(500);

const longText = z.string().max(200_000);
export const Id = z.number().int().positive();

/**
 * One authority. Which fields matter depends on the kind:
 * case / agency: name, volume, reporter, firstPage, court, year (a Westlaw or Lexis cite also
 * docket and date); statute / regulation: title (the code's title number), code, section, year
 * (edition); a Federal Register document: name, volume, reporter "Fed. Reg.", firstPage, date;
 * secondary: name (author), title (work), volume, reporter (journal), firstPage, year.
 */
export const AuthorityFields = z.object({
  kind: AuthorityKind,
  name: shortText.default(''),
  shortName: shortText.default(''),
  volume: shortText.default(''),
  reporter: shortText.default(''),
  firstPage: shortText.default(''),
  court: shortText.default(''),
  year: z.number().int().min(1600).max(2200).nullable().default(null),
  title: shortText.default(''),
  code: shortText.default(''),
  section: shortText.default(''),
  parenthetical: shortText.default(''),
  /** Subsequent history, printed after a full citation: "overruled in part on other grounds by …". */
  history: z.string().trim().max(2000).default(''),
  /** Docket number, for a Westlaw or Lexis cite: "No. 09-1234". */
  docket: shortText.default(''),
  /** The exact date, for a database cite or a Federal Register document. */
  date: z.union([z.literal(''), IsoDate]).default(''),
  notes: longText.default(''),
  /**
   * The user's own note on the authority's later treatment ("abrogated by Doe v. Garland (9th
   * Cir. 2024) on nexus"): marked in the editor with the curated table's, never printed.
   */
  treatmentNote: z.string().trim().max(5000).default(''),
});
export type AuthorityFields = z.infer<typeof AuthorityFields>;
export type AuthorityFieldsInput = z.input<typeof AuthorityFields>;

export const Authority = AuthorityFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Authority = z.infer<typeof Authority>;

export const Tags = z.array(z.string().trim().min(1).max(100)).max(100).default([]);

export const FactFields = z.object({
  /** The matter the fact belongs to, or null for General. */
  matterId: Id.nullable().default(null),
  text: z.string().trim().min(1, 'A fact needs its text.').max(20_000),
  recordCite: shortText.default(''),
  source: shortText.default(''),
  tags: Tags,
  /** Kept out of public filings: an export that shows it asks first. */
  confidential: z.boolean().default(false),
});
export type FactFields = z.infer<typeof FactFields>;
export const Fact = FactFields.extend({
  id: Id,
  /** The record cite read as a reference; null when it is not a record page (kept as text). */
  recordRef: RecordRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Fact = z.infer<typeof Fact>;

/** A snippet's rich content is a serialized Lexical editor state; plain text is kept for search. */
export const SnippetFields = z.object({
  matterId: Id.nullable().default(null),
  title: z.string().trim().min(1, 'A snippet needs a title.').max(500),
  content: z.string().max(5_000_000),
  plainText: longText,
  tags: Tags,
});
export type SnippetFields = z.infer<typeof SnippetFields>;
export const Snippet = SnippetFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Snippet = z.infer<typeof Snippet>;

export const IDENTIFIER_KINDS = ['name', 'a-number', 'birth-date', 'address', 'other'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Something of the client's that must not reach a public filing, as the user wrote it. */
export const ConfidentialIdentifier = z.object({
  kind: z.enum(IDENTIFIER_KINDS),
  value: z.string().trim().min(1, 'An identifier needs its text.').max(500),
});
export type ConfidentialIdentifier = z.infer<typeof ConfidentialIdentifier>;

export const MatterFields = z.object({
  name: z.string().trim().min(1, 'A matter needs a name.').max(300),
  court: shortText.default(''),
  docket: shortText.default(''),
  notes: longText.default(''),
  confidential: z.array(ConfidentialIdentifier).max(200).default([]),
});
export type MatterFields = z.infer<typeof MatterFields>;

/**
 * A client's case, to which facts, snippets and briefs belong (or to none: "General"). The
 * sample is the demo matter, removable with what was seeded with it.
 */
export const Matter = MatterFields.extend({
  id: Id,
  archivedAt: z.string().nullable(),
  sample: z.boolean(),
  /** What it holds: briefs not in the trash, facts, snippets. */
  counts: z.object({
    briefs: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    snippets: z.number().int().nonnegative(),
  }),
});
export type Matter = z.infer<typeof Matter>;

/** What removing the sample took away, and what it left because the user had made it theirs. */
export const SampleRemoval = z.object({
  removed: z.object({
    matters: z.number().int().nonnegative(),
    briefs: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    snippets: z.number().int().nonnegative(),
    authorities: z.number().int().nonnegative(),
  }),
  /** Records the user added to the sample matter, now in General. */
  movedToGeneral: z.number().int().nonnegative(),
  /** Sample authorities the user cites or edited, kept as theirs. */
  authoritiesKept: z.number().int().nonnegative(),
});
export type SampleRemoval = z.infer<typeof SampleRemoval>;

export const CitationStyle = z.enum(CITATION_STYLES);

export const BriefSummary = z.object({
  id: Id,
  matterId: Id.nullable(),
  title: z.string(),
  citationStyle: CitationStyle,
  /** The court profile (court and stage) whose rules the brief follows. */
  courtProfile: z.string(),
  profileOverrides: ProfileOverrides,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BriefSummary = z.infer<typeof BriefSummary>;

export const Brief = BriefSummary.extend({
  metadata: BriefMetadata,
  /** Serialized Lexical editor state (JSON text); empty for a brief never edited. */
  content: z.string(),
  /** The keys of the document's top-level blocks as the library keeps them, in order. */
  blockKeys: z.array(BlockKey),
  /** Counts the writes of the brief's text: block changes are saved against one. */
  revision: z.number().int().nonnegative(),
});
export type Brief = z.infer<typeof Brief>;

export const BriefTitle = z.string().trim().min(1, 'A brief needs a title.').max(300);

/** A version of a brief kept in its history. */
export const BriefVersion = z.object({
  id: Id,
  briefId: Id,
  title: z.string(),
  /** The written body's FRAP 32(f) words when the version was kept. */
  words: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type BriefVersion = z.infer<typeof BriefVersion>;

export const BriefVersionContent = BriefVersion.extend({ content: z.string() });
export type BriefVersionContent = z.infer<typeof BriefVersionContent>;

/** A deleted brief, restorable until it has been in the trash 30 days. */
export const TrashedBrief = BriefSummary.extend({ deletedAt: z.string() });
export type TrashedBrief = z.infer<typeof TrashedBrief>;

export const SEARCH_TYPES = ['authority', 'fact', 'snippet'] as const;
export const SearchType = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchType>;

export const SearchQuery = z.object({
  text: z.string().max(1000),
  types: z.array(SearchType).max(3).optional(),
  authorityKinds: z.array(AuthorityKind).max(5).optional(),
  /**
   * Facts and snippets of this matter and of General (null: General's alone); absent, every
   * matter's. Authorities belong to the whole library and are always searched.
   */
  matterId: Id.nullable().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** The characters of a fact's or snippet's text a search result carries (the list shows them). */
export const EXCERPT_CHARS = 220;

/** A fact as the result list shows it; inserting or opening it fetches the fact itself. */
export const FactSummary = z.object({
  id: Id,
  matterId: Id.nullable(),
  excerpt: z.string().max(EXCERPT_CHARS),
  recordCite: z.string(),
  /** The record cite was read as record pages; otherwise it is kept as typed. */
  recordPage: z.boolean(),
  confidential: z.boolean(),
});
export type FactSummary = z.infer<typeof FactSummary>;

/** A snippet as the result list shows it: never its content, which can run to megabytes. */
export const SnippetSummary = z.object({
  id: Id,
  matterId: Id.nullable(),
  title: z.string(),
  excerpt: z.string().max(EXCERPT_CHARS),
});
export type SnippetSummary = z.infer<typeof SnippetSummary>;

/**
 * One search result, carrying what its line in the list shows. An authority comes whole: the
 * list prints its full citation, which takes nearly every field, and inserting it caches it.
 */
export const SearchHit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('authority'), authority: Authority }),
  z.object({ type: z.literal('fact'), fact: FactSummary }),
  z.object({ type: z.literal('snippet'), snippet: SnippetSummary }),
]);
export type SearchHit = z.infer<typeof SearchHit>;

/** Why a backup of the library was taken. */
export const BACKUP_REASONS = [
  'daily',
  'periodic',
  'manual',
  'before-migration',
  'before-restore',
  'before-import',
] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  name: z.string(),
  file: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  reason: BackupReason,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** Whether the library can be used, and what there is to restore it from. */
export const LibraryStatus = z.object({
  state: z.enum(['open', 'unavailable']),
  /** Why it cannot be used, in plain words (absent when open). */
  message: z.string().optional(),
  file: z.string(),
  logFile: z.string(),
  backups: z.array(BackupInfo),
  /** The last session ended without closing the library; it was checked in full. */
  recoveredFromCrash: z.boolean(),
});
export type LibraryStatus = z.infer<typeof LibraryStatus>;
