import { text } from '../../shared/brief/editor-json';
import { MISSING_AUTHORITY } from '../../shared/brief/reader';
import { authorityToCsl } from '../../shared/csl-json';
import {
  citedIdsInContent,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  remapCitations,
  type FileAuthority,
  type FileBrief,
  type FileFact,
  type FileMatter,
  type FileSnippet,
  type LibraryFile,
  type Origin,
  type RecordType,
} from '../../shared/library-file';
import { BriefMetadata } from '../../shared/brief/metadata';
import type { RecordRef } from '../../shared/brief/record-cites';
import { ConfidentialIdentifier } from '../../shared/library';
import type { ProfileOverrides } from '../../shared/brief/profiles';
import type { CitationStyle } from '../../shared/citations/styles';
import { now } from './clock';
import type { Library } from './index';

/** What to export: the whole library (the demo sample only if asked) or one matter. */
export interface ExportScope {
  /** One matter's records and the authorities they cite; absent for the whole library. */
  matterId?: number;
  includeSample: boolean;
}

export function libraryUid(library: Library): string {
  const row = library.db
    .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'library-uid'")
    .get();
  if (!row) throw new Error('The library has no identity (migration 11 not applied).');
  return row.value;
}

interface Stamped {
  id: number;
  sample: number;
  created_at: string;
  updated_at: string;
}

/**
 * Reads the library's rows for a file. Everything is read in one transaction, so the file is a
 * consistent copy even while the page saves.
 */
function rowsOf(library: Library) {
  const { db } = library;
  const origins = new Map<string, Origin>();
  for (const row of db
    .prepare<[], { record_type: RecordType; library: string; origin_id: number; local_id: number }>(
      'SELECT record_type, library, origin_id, local_id FROM record_origins WHERE created = 1',
    )
    .all())
    origins.set(`${row.record_type}:${row.local_id}`, { library: row.library, id: row.origin_id });
  const uid = libraryUid(library);
  const kept = (type: RecordType, row: Stamped) => ({
    id: row.id,
    origin: origins.get(`${type}:${row.id}`) ?? { library: uid, id: row.id },
    sample: row.sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const matters = db
    .prepare<
      [],
      Stamped & {
        name: string;
        court: string;
        docket: string;
        notes: string;
        confidential_identifiers: string;
        archived_at: string | null;
      }
    >('SELECT * FROM matters ORDER BY id')
    .all()
    .map((row): FileMatter => ({
      ...kept('matter', row),
      name: row.name,
      court: row.court,
      docket: row.docket,
      notes: row.notes,
      confidential: ConfidentialIdentifier.array().parse(JSON.parse(row.confidential_identifiers)),
      archivedAt: row.archived_at,
    }));
  const sampleOf = new Map(
    db
      .prepare<[], { id: number; sample: number }>('SELECT id, sample FROM authorities')
      .all()
      .map((row) => [row.id, row.sample === 1]),
  );
  const authorities = library.authorities
    .getMany([...sampleOf.keys()])
    .map((authority): FileAuthority => {
      const { id, createdAt, updatedAt, ...fields } = authority;
      return {
        ...fields,
        ...kept('authority', {
          id,
          sample: sampleOf.get(id) ? 1 : 0,
          created_at: createdAt,
          updated_at: updatedAt,
        }),
      };
    });
  const facts = db
    .prepare<
      [],
      Stamped & {
        matter_id: number | null;
        text: string;
        record_cite: string;
        source: string;
        tags: string;
        confidential: number;
        record_kind: RecordRef['record'] | null;
        record_pages: string | null;
      }
    >('SELECT * FROM facts ORDER BY id')
    .all()
    .map((row): FileFact => ({
      ...kept('fact', row),
      matterId: row.matter_id,
      text: row.text,
      recordCite: row.record_cite,
      source: row.source,
      tags: JSON.parse(row.tags) as string[],
      confidential: row.confidential === 1,
      recordRef:
        row.record_kind && row.record_pages
          ? { record: row.record_kind, pages: JSON.parse(row.record_pages) as RecordRef['pages'] }
          : null,
    }));
  const snippets = db
    .prepare<
      [],
      Stamped & {
        matter_id: number | null;
        title: string;
        content: string;
        plain_text: string;
        tags: string;
      }
    >('SELECT * FROM snippets ORDER BY id')
    .all()
    .map((row): FileSnippet => ({
      ...kept('snippet', row),
      matterId: row.matter_id,
      title: row.title,
      content: row.content,
      plainText: row.plain_text,
      tags: JSON.parse(row.tags) as string[],
    }));
  const versions = db
    .prepare<
      [],
      { brief_id: number; title: string; content: string; words: number; created_at: string }
    >(
      'SELECT brief_id, title, content, words, created_at FROM brief_versions ORDER BY created_at, id',
    )
    .all();
  const briefs = db
    .prepare<
      [],
      Stamped & {
        matter_id: number | null;
        title: string;
        citation_style: CitationStyle;
        court_profile: string;
        profile_overrides: string;
        metadata: string;
        deleted_at: string | null;
      }
    >('SELECT * FROM briefs ORDER BY id')
    .all()
    .map((row): FileBrief => ({
      ...kept('brief', row),
      matterId: row.matter_id,
      title: row.title,
      content: library.briefs.content(row.id),
      citationStyle: row.citation_style,
      courtProfile: row.court_profile,
      profileOverrides: JSON.parse(row.profile_overrides) as ProfileOverrides,
      // As the brief store reads it: a field added later, or out of range, takes its default.
      metadata: BriefMetadata.catch(BriefMetadata.parse({})).parse(JSON.parse(row.metadata)),
      deletedAt: row.deleted_at,
      versions: versions
        .filter((version) => version.brief_id === row.id)
        .map((version) => ({
          title: version.title,
          content: version.content,
          words: version.words,
          createdAt: version.created_at,
        })),
    }));
  return { uid, matters, authorities, facts, snippets, briefs };
}

export interface ExportedLibrary {
  file: LibraryFile;
  /** Citations of authorities no longer in the library, written as text in the file. */
  deletedCitations: number;
}

/**
 * The library, or one matter of it, as a library file. Without the sample, the demo's records
 * stay behind, except the sample authorities (and the sample matter) the user's own records
 * cite or belong to, which travel marked as sample so they stay removable.
 */
export function exportLibrary(library: Library, scope: ExportScope): ExportedLibrary {
  if (scope.matterId !== undefined) library.matters.get(scope.matterId);
  const all = library.db.transaction(() => rowsOf(library))();
  const inScope = <T extends { matterId: number | null; sample: boolean }>(records: T[]) =>
    records.filter((record) =>
      scope.matterId !== undefined
        ? record.matterId === scope.matterId
        : scope.includeSample || !record.sample,
    );
  const facts = inScope(all.facts);
  const snippets = inScope(all.snippets);
  const briefs = inScope(all.briefs);

  const cited = new Set<number>();
  for (const content of [
    ...snippets.map((snippet) => snippet.content),
    ...briefs.flatMap((brief) => [brief.content, ...brief.versions.map((v) => v.content)]),
  ])
    for (const id of citedIdsInContent(content)) cited.add(id);
  const authorities = all.authorities.filter((authority) =>
    scope.matterId !== undefined
      ? cited.has(authority.id)
      : scope.includeSample || !authority.sample || cited.has(authority.id),
  );

  // A citation whose authority was deleted cannot point anywhere in the file: it keeps its
  // place as text saying so, and the export says how many there were.
  const present = new Map(authorities.map((authority) => [authority.id, authority.id]));
  let deletedCitations = 0;
  const keepCitable = (content: string) =>
    remapCitations(content, present, (citation) => {
      deletedCitations++;
      // Undefined keys are left out when the content is written back as JSON.
      for (const key of Object.keys(citation)) citation[key] = undefined;
      Object.assign(citation, text(MISSING_AUTHORITY));
    });
  const portableSnippets = snippets.map((snippet) => ({
    ...snippet,
    content: keepCitable(snippet.content),
  }));
  const portableBriefs = briefs.map((brief) => ({
    ...brief,
    content: keepCitable(brief.content),
    versions: brief.versions.map((version) => ({
      ...version,
      content: keepCitable(version.content),
    })),
  }));

  const usedMatters = new Set(
    [...facts, ...snippets, ...briefs].map((record) => record.matterId).filter((id) => id !== null),
  );
  const matters = all.matters.filter((matter) =>
    scope.matterId !== undefined
      ? matter.id === scope.matterId
      : scope.includeSample || !matter.sample || usedMatters.has(matter.id),
  );
  const matter = matters.find((candidate) => candidate.id === scope.matterId);
  return {
    file: {
      format: LIBRARY_FILE_FORMAT,
      version: LIBRARY_FILE_VERSION,
      exportedAt: now(),
      library: all.uid,
      scope: matter
        ? { kind: 'matter', matterId: matter.id, name: matter.name }
        : { kind: 'library' },
      matters,
      authorities,
      facts,
      snippets: portableSnippets,
      briefs: portableBriefs,
    },
    deletedCitations,
  };
}

/** A library file's authorities as CSL-JSON items, for Zotero or Juris-M. */
export function exportCslJson(file: LibraryFile) {
  return file.authorities.map(authorityToCsl);
}
