import type { SearchHit, SearchQuery } from '../../shared/library';
import { createAuthorityStore } from './authorities';
import { createBriefStore } from './briefs';
import { openDatabase, type Db } from './database';
import { createFactStore } from './facts';
import { createMatterStore } from './matters';
import { createSearch } from './search';
import { createSnippetStore } from './snippets';

/** The local library: one SQLite file holding matters, authorities, facts, snippets and briefs. */
export function createLibrary(db: Db) {
  const authorities = createAuthorityStore(db);
  const facts = createFactStore(db);
  const snippets = createSnippetStore(db);
  const search = createSearch(db);

  /** Ranked hits with their records, fetched in one statement per type. */
  function searchLibrary(query: SearchQuery): SearchHit[] {
    const refs = search.find(query);
    const idsOf = (type: string) => refs.filter((ref) => ref.type === type).map((ref) => ref.id);
    const byKey = new Map<string, SearchHit>();
    for (const authority of authorities.getMany(idsOf('authority'))) {
      byKey.set(`authority:${authority.id}`, { type: 'authority', authority });
    }
    for (const fact of facts.getMany(idsOf('fact')))
      byKey.set(`fact:${fact.id}`, { type: 'fact', fact });
    for (const snippet of snippets.getMany(idsOf('snippet'))) {
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
    search: searchLibrary,
    /** Checkpoints the write-ahead log into the main file and closes it. */
    close(): void {
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;

export function openLibrary(file: string): Library {
  return createLibrary(openDatabase(file));
}
