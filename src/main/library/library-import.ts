import type { Statement } from 'better-sqlite3';
import { documentBlocks, inlinesToPlainText } from '../../shared/brief/editor-json';
import {
  authorityDedupeKey,
  canonicalContent,
  emptyCounts,
  factDedupeKey,
  normalText,
  remapCitations,
  snippetDedupeKey,
  TransferFileError,
  type FileAuthority,
  type FileBrief,
  type FileFact,
  type FileMatter,
  type FileSnippet,
  type ImportConflict,
  type Origin,
  type RecordCounts,
  type RecordType,
  type Resolution,
  type TransferFile,
} from '../../shared/library-file';
import {
  AUTHORITY_KIND_LABELS,
  AuthorityFields,
  type Authority,
  type ConfidentialIdentifier,
} from '../../shared/library';
import { KIND_LABELS } from '../../shared/brief/confidential';
import { formatCitation } from '../../shared/citations/format';
import { runsToText } from '../../shared/citations/runs';
import { CITATION_STYLE_RULES } from '../../shared/citations/styles';
import { AppError } from '../errors';
import { authorityParams } from './authorities';
import { excerpt } from '../../shared/words';
import { briefWords } from './brief-words';
import { now } from './clock';
import { factParams } from './facts';
import type { Library } from './index';
import { libraryUid } from './library-export';
import { deferSearchIndexing } from './search';
import { snippetParams } from './snippets';

/** A record of the file as the import reads it; a CSL-JSON item has no Amicus origin. */
type Incoming<T extends { origin: Origin }> = Omit<T, 'origin'> & { origin: Origin | null };

export interface ImportSource {
  /**
   * CSL-JSON: a field the file leaves empty is one it does not carry (a parenthetical, notes),
   * not one cleared: it neither differs from the library's nor replaces it.
   */
  partial: boolean;
  matters: Incoming<FileMatter>[];
  authorities: Incoming<FileAuthority>[];
  facts: Incoming<FileFact>[];
  snippets: Incoming<FileSnippet>[];
  briefs: Incoming<FileBrief>[];
}

/** What a file brings, in the shape the import reads: CSL-JSON items are authorities alone. */
export function importSourceOf(transfer: TransferFile): ImportSource {
  if (transfer.format === 'amicus') return { ...transfer.file, partial: false };
  const at = now();
  return {
    partial: true,
    matters: [],
    authorities: transfer.authorities.map((fields, index) => ({
      ...fields,
      id: index + 1,
      origin: null,
      sample: false,
      createdAt: at,
      updatedAt: at,
    })),
    facts: [],
    snippets: [],
    briefs: [],
  };
}

/** What an import did, or (in a preview, rolled back) would do. */
export interface ImportTally {
  added: RecordCounts;
  same: RecordCounts;
  replaced: RecordCounts;
  keptMine: number;
  conflicts: ImportConflict[];
  changedAuthorityIds: number[];
  changedBriefIds: number[];
}

/**
 * How a conflict is settled: a preview takes the library's record where the user has not yet
 * chosen; an import refuses to guess.
 */
export type Chooser = (conflict: ImportConflict) => Resolution;

type SqlValue = string | number | null;
type Difference = ImportConflict['differences'][number];

function differences(pairs: [field: string, mine: string, theirs: string][]): Difference[] {
  return pairs
    .filter(([, mine, theirs]) => mine !== theirs)
    .map(([field, mine, theirs]) => ({ field, mine, theirs }));
}

const yesNo = (flag: boolean) => (flag ? 'Yes' : 'No');

/** A matter's client identifiers as the user wrote them, one a line, with what each is. */
const identifiers = (list: ConfidentialIdentifier[]) =>
  list.map((identifier) => `${KIND_LABELS[identifier.kind]}: ${identifier.value}`).join('\n');

/** A brief's or snippet's words, for a reader comparing two versions of it. */
function readable(content: string): string {
  const words = documentBlocks(content)
    .map((block) => inlinesToPlainText(block.inlines))
    .join('\n');
  return words.length > 600 ? `${words.slice(0, 600)}…` : words;
}

/** Two versions of a brief's or snippet's content: their words, else their citations or form. */
function contentDifferences(mine: string, theirs: string): [string, string, string][] {
  const [mineText, theirText] = [readable(mine), readable(theirs)];
  if (mineText !== theirText) return [['Text', mineText, theirText]];
  return canonicalContent(mine) === canonicalContent(theirs)
    ? []
    : [['Citations or formatting', 'as in this library', 'as in the file']];
}

const AUTHORITY_FIELD_LABELS: [keyof AuthorityFields, string][] = [
  ['kind', 'Kind'],
  ['name', 'Name'],
  ['shortName', 'Short name'],
  ['volume', 'Volume'],
  ['reporter', 'Reporter'],
  ['firstPage', 'First page'],
  ['court', 'Court'],
  ['year', 'Year'],
  ['date', 'Date'],
  ['docket', 'Docket'],
  ['title', 'Code title'],
  ['code', 'Code'],
  ['section', 'Section'],
  ['parenthetical', 'Parenthetical'],
  ['history', 'Subsequent history'],
  ['notes', 'Notes'],
  ['treatmentNote', 'Treatment note'],
];

const authorityFieldText = (fields: AuthorityFields, key: keyof AuthorityFields) =>
  key === 'kind' ? AUTHORITY_KIND_LABELS[fields.kind] : String(fields[key] ?? '');

/** The fields a partial file gives, without those it leaves empty. */
const withoutEmpty = (fields: AuthorityFields): Partial<AuthorityFields> =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== '' && value !== null),
  ) as Partial<AuthorityFields>;

/** An authority as the user knows it: its full citation. */
const authorityLabel = (authority: AuthorityFields) => runsToText(formatCitation(authority));

/**
 * Brings a file's records into the library, inside the caller's transaction: matters by name,
 * authorities by citation, facts and snippets by content, any record by its origin. Nothing of
 * the library is changed unless `choose` says so for a conflict; references in snippets and
 * briefs (citations, versions, matters) are rewritten to the library's ids.
 */
export function importRecords(
  library: Library,
  source: ImportSource,
  choose: Chooser,
): ImportTally {
  const { db } = library;
  const uid = libraryUid(library);
  const at = now();
  const tally: ImportTally = {
    added: emptyCounts(),
    same: emptyCounts(),
    replaced: emptyCounts(),
    keptMine: 0,
    conflicts: [],
    changedAuthorityIds: [],
    changedBriefIds: [],
  };

  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = db.prepare<unknown[]>(sql)));
    return prepared;
  };
  const insert = (table: string, values: Record<string, SqlValue>): number => {
    const columns = Object.keys(values);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    return Number(statement(sql).run(values).lastInsertRowid);
  };
  const TABLES: Record<RecordType, string> = {
    matter: 'matters',
    authority: 'authorities',
    fact: 'facts',
    snippet: 'snippets',
    brief: 'briefs',
  };

  /** The library's record this one came from or went to before, if it is still there. */
  const byOrigin = (type: RecordType, origin: Origin | null): number | undefined => {
    if (!origin) return undefined;
    if (origin.library === uid)
      return statement(`SELECT id FROM ${TABLES[type]} WHERE id = ?`).get(origin.id)
        ? origin.id
        : undefined;
    const row = statement(
      'SELECT local_id FROM record_origins WHERE record_type = ? AND library = ? AND origin_id = ?',
    ).get(type, origin.library, origin.id) as { local_id: number } | undefined;
    return row?.local_id;
  };
  const remember = (type: RecordType, origin: Origin | null, localId: number, created: boolean) => {
    if (!origin || origin.library === uid) return;
    statement(
      `INSERT OR ${created ? 'REPLACE' : 'IGNORE'} INTO record_origins (record_type, library, origin_id, local_id, created) VALUES (?, ?, ?, ?, ?)`,
    ).run(type, origin.library, origin.id, localId, created ? 1 : 0);
  };

  /**
   * One record of the file against the library's: added when the library has none like it,
   * counted when it has the same, otherwise a conflict settled by the user's choice.
   */
  const settle = (
    type: RecordType,
    record: { id: number; origin: Origin | null },
    local: { id: number; label: string; differences: Difference[] } | undefined,
    write: { add(asCopy: boolean): number; replace(localId: number): void },
  ): number => {
    if (!local) {
      const id = write.add(false);
      tally.added[type]++;
      remember(type, record.origin, id, true);
      return id;
    }
    if (local.differences.length === 0) {
      tally.same[type]++;
      remember(type, record.origin, local.id, false);
      return local.id;
    }
    const conflict: ImportConflict = {
      key: `${type}:${record.id}`,
      type,
      label: local.label,
      differences: local.differences,
    };
    tally.conflicts.push(conflict);
    switch (choose(conflict)) {
      case 'mine':
        tally.keptMine++;
        remember(type, record.origin, local.id, false);
        return local.id;
      case 'theirs':
        write.replace(local.id);
        tally.replaced[type]++;
        remember(type, record.origin, local.id, false);
        return local.id;
      case 'both': {
        const id = write.add(true);
        tally.added[type]++;
        // The copy is the file's record: importing the file again finds it, unchanged.
        remember(type, record.origin, id, true);
        return id;
      }
    }
  };
  const copyTitle = (title: string, asCopy: boolean) => (asCopy ? `${title} (imported)` : title);
  /** A title compared with the file's: a copy an earlier import kept is named after it. */
  const title = (label: string, mine: string, theirs: string): [string, string, string] => [
    label,
    mine === copyTitle(theirs, true) ? theirs : mine,
    theirs,
  ];

  /* Matters, by name. */
  const matterIds = new Map<number, number>();
  const mattersByName = new Map<string, number>();
  const nameKey = (name: string) => normalText(name).toLowerCase();
  // An archived matter is found by name only when no matter in use has that name.
  for (const row of statement(
    'SELECT id, name FROM matters ORDER BY archived_at IS NOT NULL, id',
  ).all() as { id: number; name: string }[])
    if (!mattersByName.has(nameKey(row.name))) mattersByName.set(nameKey(row.name), row.id);
  for (const matter of source.matters) {
    const localId = byOrigin('matter', matter.origin) ?? mattersByName.get(nameKey(matter.name));
    const mine = localId === undefined ? undefined : library.matters.get(localId);
    const id = settle(
      'matter',
      matter,
      mine && {
        id: mine.id,
        label: mine.name,
        differences: differences([
          title('Name', mine.name, matter.name),
          ['Court', mine.court, matter.court],
          ['Docket', mine.docket, matter.docket],
          ['Notes', mine.notes, matter.notes],
          ['Client identifiers', identifiers(mine.confidential), identifiers(matter.confidential)],
        ]),
      },
      {
        add: (asCopy) =>
          insert('matters', {
            name: asCopy && mine?.name === matter.name ? copyTitle(matter.name, true) : matter.name,
            court: matter.court,
            docket: matter.docket,
            notes: matter.notes,
            confidential_identifiers: JSON.stringify(matter.confidential),
            archived_at: matter.archivedAt,
            ...stamps(matter),
          }),
        replace: (localId) =>
          library.matters.update(localId, {
            name: matter.name,
            court: matter.court,
            docket: matter.docket,
            notes: matter.notes,
            confidential: matter.confidential,
          }),
      },
    );
    matterIds.set(matter.id, id);
    if (!mattersByName.has(nameKey(matter.name))) mattersByName.set(nameKey(matter.name), id);
  }
  const localMatterOf = (matterId: number | null) =>
    matterId === null ? null : (matterIds.get(matterId) ?? null);

  /* Authorities, by citation. */
  const authorityIds = new Map<number, number>();
  const authoritiesByKey = new Map<string, number>();
  const allIds = (
    statement('SELECT id FROM authorities ORDER BY id').all() as { id: number }[]
  ).map((row) => row.id);
  for (const authority of library.authorities.getMany(allIds).sort((a, b) => a.id - b.id)) {
    const key = authorityDedupeKey(authority);
    if (!authoritiesByKey.has(key)) authoritiesByKey.set(key, authority.id);
  }
  for (const authority of source.authorities) {
    const given = AuthorityFields.parse(authority);
    const key = authorityDedupeKey(given);
    const localId = byOrigin('authority', authority.origin) ?? authoritiesByKey.get(key);
    const mine: Authority | undefined =
      localId === undefined ? undefined : library.authorities.get(localId);
    const fields: AuthorityFields =
      mine && source.partial ? { ...AuthorityFields.parse(mine), ...withoutEmpty(given) } : given;
    const id = settle(
      'authority',
      authority,
      mine && {
        id: mine.id,
        label: authorityLabel(mine),
        differences: differences(
          AUTHORITY_FIELD_LABELS.map(([field, label]) => [
            label,
            authorityFieldText(mine, field),
            authorityFieldText(fields, field),
          ]),
        ),
      },
      {
        add: () => insert('authorities', { ...authorityParams(fields), ...stamps(authority) }),
        replace: (localId) => {
          library.authorities.update(localId, fields);
          tally.changedAuthorityIds.push(localId);
        },
      },
    );
    authorityIds.set(authority.id, id);
    if (!authoritiesByKey.has(key)) authoritiesByKey.set(key, id);
  }
  const localContent = (content: string, what: string) =>
    remapCitations(content, authorityIds, () => {
      throw new TransferFileError(`${what} cites an authority the file does not hold.`);
    });

  /* Facts, by their text in their matter. */
  const factKey = (matterId: number | null, text: string) =>
    `${matterId ?? ''}\n${factDedupeKey({ text })}`;
  const factsByKey = new Map<string, number>();
  for (const row of statement('SELECT id, matter_id, text FROM facts ORDER BY id').all() as {
    id: number;
    matter_id: number | null;
    text: string;
  }[])
    if (!factsByKey.has(factKey(row.matter_id, row.text)))
      factsByKey.set(factKey(row.matter_id, row.text), row.id);
  for (const fact of source.facts) {
    const matterId = localMatterOf(fact.matterId);
    const key = factKey(matterId, fact.text);
    const localId = byOrigin('fact', fact.origin) ?? factsByKey.get(key);
    const mine = localId === undefined ? undefined : library.facts.get(localId);
    const id = settle(
      'fact',
      fact,
      mine && {
        id: mine.id,
        label: excerpt(mine.text, 121),
        differences: differences([
          ['Text', mine.text, fact.text],
          ['Record cite', mine.recordCite, fact.recordCite],
          ['Source', mine.source, fact.source],
          ['Tags', mine.tags.join(', '), fact.tags.join(', ')],
          ['Confidential', yesNo(mine.confidential), yesNo(fact.confidential)],
        ]),
      },
      {
        add: () =>
          insert('facts', {
            ...factParams({ ...fact, matterId }, fact.recordRef),
            ...stamps(fact),
          }),
        replace: (localId) => {
          library.facts.update(localId, {
            matterId: library.facts.get(localId).matterId,
            text: fact.text,
            recordCite: fact.recordCite,
            source: fact.source,
            tags: fact.tags,
            confidential: fact.confidential,
          });
          if (fact.recordRef) library.facts.setRecord(localId, fact.recordCite, fact.recordRef);
        },
      },
    );
    if (!factsByKey.has(key)) factsByKey.set(key, id);
  }

  /* Snippets, by title and text in their matter. */
  const snippetKey = (matterId: number | null, snippet: { title: string; plainText: string }) =>
    `${matterId ?? ''}\n${snippetDedupeKey(snippet)}`;
  const snippetsByKey = new Map<string, number>();
  for (const row of statement(
    'SELECT id, matter_id, title, plain_text FROM snippets ORDER BY id',
  ).all() as {
    id: number;
    matter_id: number | null;
    title: string;
    plain_text: string;
  }[]) {
    const key = snippetKey(row.matter_id, { title: row.title, plainText: row.plain_text });
    if (!snippetsByKey.has(key)) snippetsByKey.set(key, row.id);
  }
  for (const snippet of source.snippets) {
    const matterId = localMatterOf(snippet.matterId);
    const content = localContent(snippet.content, `Snippet “${snippet.title}”`);
    const key = snippetKey(matterId, snippet);
    const localId = byOrigin('snippet', snippet.origin) ?? snippetsByKey.get(key);
    const mine = localId === undefined ? undefined : library.snippets.get(localId);
    const id = settle(
      'snippet',
      snippet,
      mine && {
        id: mine.id,
        label: mine.title,
        differences: differences([
          title('Title', mine.title, snippet.title),
          ...contentDifferences(mine.content, content),
          ['Tags', mine.tags.join(', '), snippet.tags.join(', ')],
        ]),
      },
      {
        add: (asCopy) =>
          insert('snippets', {
            ...snippetParams({
              ...snippet,
              matterId,
              title: copyTitle(snippet.title, asCopy),
              content,
            }),
            ...stamps(snippet),
          }),
        replace: (localId) =>
          library.snippets.update(localId, {
            matterId: library.snippets.get(localId).matterId,
            title: snippet.title,
            content,
            plainText: snippet.plainText,
            tags: snippet.tags,
          }),
      },
    );
    if (!snippetsByKey.has(key)) snippetsByKey.set(key, id);
  }

  /* Briefs, by title and content; their history comes with them. */
  const briefKey = (title: string, content: string) =>
    `${normalText(title)}\n${canonicalContent(content)}`;
  const briefsByKey = new Map<string, number>();
  for (const row of statement('SELECT id, title FROM briefs ORDER BY id').all() as {
    id: number;
    title: string;
  }[]) {
    const key = briefKey(row.title, library.briefs.content(row.id));
    if (!briefsByKey.has(key)) briefsByKey.set(key, row.id);
  }
  const addVersions = (briefId: number, versions: FileBrief['versions']) => {
    const kept = new Set(
      (
        statement('SELECT created_at, content FROM brief_versions WHERE brief_id = ?').all(
          briefId,
        ) as { created_at: string; content: string }[]
      ).map((row) => `${row.created_at}\n${canonicalContent(row.content)}`),
    );
    for (const version of versions)
      if (!kept.has(`${version.createdAt}\n${canonicalContent(version.content)}`))
        insert('brief_versions', {
          brief_id: briefId,
          title: version.title,
          content: version.content,
          words: version.words,
          created_at: version.createdAt,
        });
  };
  const trashState = (deletedAt: string | null) => (deletedAt ? 'In the trash' : 'In use');
  for (const brief of source.briefs) {
    const what = `Brief “${brief.title}”`;
    const content = localContent(brief.content, what);
    const versions = brief.versions.map((version) => ({
      ...version,
      content: localContent(version.content, `A version of ${what}`),
    }));
    const key = briefKey(brief.title, content);
    const localId = byOrigin('brief', brief.origin) ?? briefsByKey.get(key);
    const mine = localId === undefined ? undefined : library.briefs.get(localId);
    const mineDeletedAt =
      localId === undefined
        ? null
        : (
            statement('SELECT deleted_at FROM briefs WHERE id = ?').get(localId) as {
              deleted_at: string | null;
            }
          ).deleted_at;
    const id = settle(
      'brief',
      brief,
      mine && {
        id: mine.id,
        label: mine.title,
        differences: differences([
          title('Title', mine.title, brief.title),
          ...contentDifferences(mine.content, content),
          [
            'Citation style',
            CITATION_STYLE_RULES[mine.citationStyle].label,
            CITATION_STYLE_RULES[brief.citationStyle].label,
          ],
          ['Court profile', mine.courtProfile, brief.courtProfile],
          [
            'Rule overrides',
            JSON.stringify(mine.profileOverrides),
            JSON.stringify(brief.profileOverrides),
          ],
          ['Brief details', JSON.stringify(mine.metadata), JSON.stringify(brief.metadata)],
          ['Trash', trashState(mineDeletedAt), trashState(brief.deletedAt)],
        ]),
      },
      {
        add: (asCopy) => {
          const briefId = insert('briefs', {
            matter_id: localMatterOf(brief.matterId),
            title: copyTitle(brief.title, asCopy),
            citation_style: brief.citationStyle,
            court_profile: brief.courtProfile,
            profile_overrides: JSON.stringify(brief.profileOverrides),
            metadata: JSON.stringify(brief.metadata),
            deleted_at: brief.deletedAt,
            ...stamps(brief),
          });
          library.briefs.replaceContent(briefId, content);
          addVersions(briefId, versions);
          return briefId;
        },
        replace: (localId) => {
          // The brief as it was is kept in its history first: taking theirs can be undone.
          const current = library.briefs.get(localId);
          library.briefs.keepVersion(localId, briefWords(library, current));
          statement(
            `UPDATE briefs SET title = @title, citation_style = @citation_style,
               court_profile = @court_profile, profile_overrides = @profile_overrides,
               metadata = @metadata, deleted_at = @deleted_at, updated_at = @updated_at
             WHERE id = @id`,
          ).run({
            id: localId,
            title: brief.title,
            citation_style: brief.citationStyle,
            court_profile: brief.courtProfile,
            profile_overrides: JSON.stringify(brief.profileOverrides),
            metadata: JSON.stringify(brief.metadata),
            deleted_at: brief.deletedAt,
            updated_at: at,
          });
          library.briefs.replaceContent(localId, content);
          addVersions(localId, versions);
          tally.changedBriefIds.push(localId);
        },
      },
    );
    if (!briefsByKey.has(key)) briefsByKey.set(key, id);
  }
  return tally;
}

/** The columns an imported record keeps from the file: its sample mark and its timestamps. */
const stamps = (record: { sample: boolean; createdAt: string; updatedAt: string }) => ({
  sample: record.sample ? 1 : 0,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

/** Thrown inside a preview's transaction to undo what it wrote. */
class PreviewRollback extends Error {}

/**
 * What importing would do, computed by doing it in a transaction that is then rolled back: the
 * preview and the import cannot disagree. Conflicts the user has not settled count as "mine".
 * The records it adds are not indexed for search: the rollback would only undo it.
 */
export function previewImport(
  library: Library,
  source: ImportSource,
  resolutions: ReadonlyMap<string, Resolution>,
): ImportTally {
  let tally: ImportTally | undefined;
  try {
    library.db.transaction(() => {
      deferSearchIndexing(library.db);
      tally = importRecords(library, source, (conflict) => resolutions.get(conflict.key) ?? 'mine');
      throw new PreviewRollback();
    })();
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error;
  }
  if (!tally) throw new Error('The import preview did not run.');
  return tally;
}

/**
 * Imports in one transaction: all of it, or (on any failure, or a conflict the user has not
 * settled) nothing. The records it adds are indexed for search together, at the end.
 */
export function applyImport(
  library: Library,
  source: ImportSource,
  resolutions: ReadonlyMap<string, Resolution>,
): ImportTally {
  return library.db.transaction(() => {
    const indexAdded = deferSearchIndexing(library.db);
    const tally = importRecords(library, source, (conflict) => {
      const choice = resolutions.get(conflict.key);
      if (!choice)
        throw new AppError(
          'conflict',
          `“${conflict.label}” differs between this library and the file, and no choice was made for it (the library may have changed since the file was read). Nothing was imported; review the import again.`,
        );
      return choice;
    });
    indexAdded();
    return tally;
  })();
}
