import type { SearchHit, SearchQuery } from '../../shared/library';
import { createAuthorityStore } from './authorities';
import { createBriefStore } from './briefs';
import { createConfidentialStore } from './confidential';
import { rmSync } from 'node:fs';
import { openDatabase, openMarker, type Db, type OpenOptions } from './database';
import { createFactStore } from './facts';
import { createMatterStore } from './matters';
import { createSearch } from './search';
import { createSnippetStore } from './snippets';

/**
 * The local library: one SQLite file holding matters, authorities, facts, snippets and briefs.
 * `file`, when given, is the file `db` was opened from, whose open-marker a clean close removes.
 */
export function createLibrary(db: Db, file?: string) {
  const authorities = createAuthorityStore(db);
  const facts = createFactStore(db);
  const snippets = createSnippetStore(db);
  const search = createSearch(db);

  /** Ranked hits with what the result list shows of them, fetched in one statement per type. */
  function searchLibrary(query: SearchQuery): SearchHit[] {
    const refs = search.find(query);
    const idsOf = (type: string) => refs.filter((ref) => ref.type === type).map((ref) => ref.id);
    const byKey = new Map<string, SearchHit>();
    for (const authority of authorities.getMany(idsOf('authority'))) {
      byKey.set(`authority:${authority.id}`, { type: 'authority', authority });
    }
    for (const fact of facts.summaries(idsOf('fact')))
      byKey.set(`fact:${fact.id}`, { type: 'fact', fact });
    for (const snippet of snippets.summaries(idsOf('snippet'))) {
      byKey.set(`snippet:${snippet.id}`, { type: 'snippet', snippet });
    }
    return refs.flatMap((ref) => byKey.get(`${ref.type}:${ref.id}`) ?? []);
  }

  return {
    db,
    matters: createMatterStore(db),
    authorities,
    facts,
    snippets,
    briefs: createBriefStore(db),
    confidential: createConfidentialStore(db),
    search: searchLibrary,
    /** Checkpoints the write-ahead log into the main file and closes it: a clean shutdown. */
    close(): void {
      if (!db.open) return;
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A full disk, say: the log keeps the edits and the next open replays it.
      } finally {
        db.close();
      }
      if (file) rmSync(openMarker(file), { force: true });
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;

export type OpenedLibrary = Library & {
  /** A new file: the library the demo may be seeded into. */
  created: boolean;
  /** The last session did not close the library; it has had a full integrity check. */
  recoveredFromCrash: boolean;
};

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
  const { db, created, recoveredFromCrash } = openDatabase(file, options);
  return { ...createLibrary(db, file), created, recoveredFromCrash };
}
