import type { AuthorityKind, SearchQuery, SearchType } from '../../shared/library';
import { SEARCH_TYPES } from '../../shared/library';
import type { Db } from './database';

/**
 * Each type's number in the search views (migration 012): an index's rowid is id * 4 + it, and
 * its filter word ("ta": type authority).
 */
const SEARCHABLE: Record<SearchType, { table: string; code: number; filter: string }> = {
  authority: { table: 'authorities', code: 1, filter: 'ta' },
  fact: { table: 'facts', code: 2, filter: 'tf' },
  snippet: { table: 'snippets', code: 3, filter: 'ts' },
};

const typeOfCode = (code: number): SearchType =>
  SEARCH_TYPES.find((type) => SEARCHABLE[type].code === code) ?? 'authority';

/**
 * Begins every filter word in the indexes (migration 012), a private-use character that
 * `searchTokens` splits words at: no typed word can match a filter.
 */
const FILTER_MARK = '\uEE00';
const filterWord = (word: string) => `"${FILTER_MARK}${word}"`;

/**
 * How many of the newest matches of each index are scored. FTS5's bm25() first counts every
 * match of every term, which costs ~20 ms for a common prefix in a 200k-record library;
 * scoring a bounded window keeps each keystroke fast, and a query specific enough to matter has
 * fewer matches than the window, so its ranking is exact.
 */
const CANDIDATE_WINDOW = 250;
const MAX_TOKENS = 12;
/** The longest prefix the index serves directly (migration 012's `prefix` option). */
const LONGEST_INDEXED_PREFIX = 8;
/** Text scored per candidate; matching itself covers the whole record. */
const SCORED_CHARS = 1200;

const NON_WORD = /[^\p{L}\p{N}]+/u;

function foldText(text: string): string {
  // ASCII, the common case, needs no decomposition.
  // eslint-disable-next-line no-control-regex
  const folded = /^[\u0000-\u007f]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.toLowerCase();
}

/** Splits text into words the way the index's unicode61 tokenizer (diacritics removed) does. */
export function searchTokens(text: string): string[] {
  return foldText(text).split(NON_WORD).filter(Boolean);
}

const anyOf = (words: readonly string[]) => `(${words.map(filterWord).join(' OR ')})`;

function typeFilter(query: SearchQuery): string | null {
  const types = query.types?.length ? query.types : SEARCH_TYPES;
  const kinds: readonly AuthorityKind[] = query.authorityKinds ?? [];
  if (types.length === SEARCH_TYPES.length && kinds.length === 0) return null;
  return anyOf(
    types.flatMap((type) =>
      type === 'authority' && kinds.length > 0
        ? kinds.map((kind) => `k${kind}`)
        : [SEARCHABLE[type].filter],
    ),
  );
}

/**
 * An FTS5 expression in which every user word is quoted, so no input can be read as syntax.
 * Earlier words must match whole (the user has finished them); the last is a prefix, cut to
 * the longest indexed prefix so FTS5 reads it from the prefix index.
 */
function matchExpression(tokens: readonly string[], query: SearchQuery): string {
  const parts: string[] = [];
  if (tokens.length > 0) {
    const words = tokens.map((token, index) =>
      index < tokens.length - 1 ? `"${token}"` : `"${token.slice(0, LONGEST_INDEXED_PREFIX)}"*`,
    );
    parts.push(`(${words.join(' ')})`);
  }
  const types = typeFilter(query);
  if (types) parts.push(types);
  // Authorities belong to the whole library; facts and snippets to a matter or to General.
  if (query.matterId === null) parts.push(anyOf(['ta', 'mnone']));
  else if (query.matterId !== undefined) parts.push(anyOf(['ta', 'mnone', `m${query.matterId}`]));
  return parts.join(' AND ');
}

interface Candidate {
  rowid: number;
  title: string;
  body: string;
}

/** Rowids grouped by type code, each group's record ids as the JSON list the queries take. */
function idsByCode(rowids: readonly number[]): Map<number, string> {
  const groups = new Map<number, number[]>();
  for (const rowid of rowids) {
    const ids = groups.get(rowid % 4) ?? [];
    if (ids.length === 0) groups.set(rowid % 4, ids);
    ids.push(Math.floor(rowid / 4));
  }
  return new Map([...groups].map(([code, ids]) => [code, JSON.stringify(ids)]));
}

function saturate(termFrequency: number, length: number, averageLength: number): number {
  if (termFrequency === 0) return 0;
  const k1 = 1.2;
  const b = 0.75;
  return (termFrequency * (k1 + 1)) / (termFrequency + k1 * (1 - b + (b * length) / averageLength));
}

interface TokenMatcher {
  /** A word starting with the token. */
  prefix: RegExp;
  /** The token as a whole word. */
  whole: RegExp;
}

function matchers(tokens: readonly string[]): TokenMatcher[] {
  return tokens.map((token) => {
    // Tokens are letters and digits only (searchTokens), so they need no escaping.
    const start = `(?<![\\p{L}\\p{N}])${token}`;
    return {
      prefix: new RegExp(start, 'gu'),
      whole: new RegExp(`${start}(?![\\p{L}\\p{N}])`, 'gu'),
    };
  });
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function wordCount(text: string): number {
  let n = 0;
  for (const part of text.split(NON_WORD)) if (part) n++;
  return n;
}

/** BM25-like: name words weigh more, whole words more than prefixes, a phrase more than scatter. */
function score(
  candidate: Candidate,
  tokenMatchers: readonly TokenMatcher[],
  phrase: RegExp | null,
): number {
  const title = foldText(candidate.title);
  const body = foldText(candidate.body);
  const titleLength = wordCount(title);
  const bodyLength = body ? Math.max(1, Math.round(body.length / 6)) : 0;
  let total = 0;
  for (const { prefix, whole } of tokenMatchers) {
    const inTitle = count(prefix, title) + 0.5 * count(whole, title);
    total += 3 * saturate(inTitle, titleLength, 8);
    if (body) total += saturate(count(prefix, body) + 0.5 * count(whole, body), bodyLength, 60);
  }
  if (phrase) {
    if (count(phrase, title) > 0) total += 3;
    else if (count(phrase, body) > 0) total += 1.5;
  }
  return total;
}

/**
 * The tokens in order as consecutive words, the last one begun (the first may end a longer
 * word): what a text's words joined by single spaces would contain as the tokens so joined.
 */
function phraseOf(tokens: readonly string[]): RegExp | null {
  // Tokens are letters and digits only (searchTokens), so they need no escaping.
  return tokens.length > 1 ? new RegExp(tokens.join('[^\\p{L}\\p{N}]+'), 'gu') : null;
}

export interface SearchResultRef {
  type: SearchType;
  id: number;
}

export function createSearch(db: Db) {
  const textMatches = db.prepare<[string, number, number], { rowid: number }>(
    `SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid < ?
     ORDER BY rowid DESC LIMIT ?`,
  );
  const titleMatches = db.prepare<[string, number], { rowid: number }>(
    'SELECT rowid FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid DESC LIMIT ?',
  );
  const browseAll = db.prepare<[number], { rowid: number }>(
    'SELECT rowid FROM search_titles ORDER BY rowid DESC LIMIT ?',
  );
  // The indexes hold no text: a candidate's is read from its record, as the index read it.
  const texts = db.prepare<[number, string], { id: number; title: string; body: string }>(
    `SELECT id, title, substr(body, 1, ${SCORED_CHARS}) AS body FROM search_records
     WHERE kind = ? AND id IN (SELECT value FROM json_each(?))`,
  );
  const textsContaining = db.prepare<
    [number, string, string],
    { id: number; title: string; body: string }
  >(
    `SELECT id, title, substr(body, 1, ${SCORED_CHARS}) AS body FROM search_records
     WHERE kind = ? AND id IN (SELECT value FROM json_each(?))
       AND instr(lower(title || ' ' || body), ?) > 0`,
  );
  const titles = db.prepare<[number, string], { id: number; title: string }>(
    `SELECT id, title FROM search_records
     WHERE kind = ? AND id IN (SELECT value FROM json_each(?))`,
  );

  function toRef(rowid: number): SearchResultRef {
    return { type: typeOfCode(rowid % 4), id: Math.floor(rowid / 4) };
  }

  /** The candidates' text, keyed by rowid; with `containing`, only those whose text holds it. */
  function candidatesOf(rowids: readonly number[], containing?: string): Map<number, Candidate> {
    const found = new Map<number, Candidate>();
    for (const [code, ids] of idsByCode(rowids)) {
      const rows =
        containing === undefined
          ? texts.all(code, ids)
          : textsContaining.all(code, ids, containing);
      for (const row of rows) found.set(row.id * 4 + code, { rowid: row.id * 4 + code, ...row });
    }
    return found;
  }

  /**
   * The newest index matches, up to the window; with `containing`, the newest whose text holds
   * it, read a window at a time.
   */
  function newestMatches(expression: string, containing?: string): Candidate[] {
    const kept: Candidate[] = [];
    let below = Number.MAX_SAFE_INTEGER;
    while (kept.length < CANDIDATE_WINDOW) {
      const rowids = textMatches.all(expression, below, CANDIDATE_WINDOW).map((row) => row.rowid);
      const candidates = candidatesOf(rowids, containing);
      for (const rowid of rowids) {
        const candidate = candidates.get(rowid);
        if (candidate && kept.length < CANDIDATE_WINDOW) kept.push(candidate);
      }
      const oldest = rowids.at(-1);
      if (containing === undefined || oldest === undefined || rowids.length < CANDIDATE_WINDOW)
        break;
      below = oldest;
    }
    return kept;
  }

  /** Ranked references for a query; an empty query browses the newest records. */
  function find(query: SearchQuery): SearchResultRef[] {
    const limit = query.limit ?? 20;
    const tokens = [...new Set(searchTokens(query.text))].slice(0, MAX_TOKENS);
    if (tokens.length === 0) {
      const filter = matchExpression([], query);
      const rows = filter ? titleMatches.all(filter, limit) : browseAll.all(limit);
      return rows.map((row) => toRef(row.rowid));
    }

    const last = tokens.at(-1) ?? '';
    const expression = matchExpression(tokens, query);
    const candidates = new Map<number, Candidate>();
    // A last word longer than the indexed prefix is matched by its prefix, then checked whole.
    const inText = newestMatches(
      expression,
      last.length > LONGEST_INDEXED_PREFIX ? last : undefined,
    );
    for (const candidate of inText) candidates.set(candidate.rowid, candidate);
    // Older name matches than the text window reaches are scored on their name alone.
    const olderNames = titleMatches
      .all(expression, CANDIDATE_WINDOW)
      .map((row) => row.rowid)
      .filter((rowid) => !candidates.has(rowid));
    for (const [code, ids] of idsByCode(olderNames)) {
      for (const row of titles.all(code, ids)) {
        const rowid = row.id * 4 + code;
        candidates.set(rowid, { rowid, title: row.title, body: '' });
      }
    }

    const tokenMatchers = matchers(tokens);
    const phrase = phraseOf(tokens);
    return [...candidates.values()]
      .map((candidate) => ({
        rowid: candidate.rowid,
        score: score(candidate, tokenMatchers, phrase),
      }))
      .sort((a, b) => b.score - a.score || b.rowid - a.rowid)
      .slice(0, limit)
      .map((ranked) => toRef(ranked.rowid));
  }

  return { find };
}

/**
 * Pauses the indexing of each new record for a bulk load, inside the caller's transaction; the
 * function returned indexes every record added since, one statement per index and table, so
 * FTS5 builds the load's entries at once rather than a record at a time. Edits and deletions
 * stay indexed as they happen. A load that is rolled back takes the pause with it: one that
 * will be (a preview) need not call the function.
 */
export function deferSearchIndexing(db: Db): () => void {
  if (!db.inTransaction) throw new Error('A bulk load defers search indexing in its transaction.');
  // A new record's id is above every id before it (INTEGER PRIMARY KEY takes the largest + 1).
  const loaded = SEARCH_TYPES.map((type) => ({
    code: SEARCHABLE[type].code,
    after: db
      .prepare(`SELECT coalesce(max(id), 0) FROM ${SEARCHABLE[type].table}`)
      .pluck()
      .get() as number,
  }));
  db.prepare("INSERT INTO meta (key, value) VALUES ('search-deferred', '1')").run();
  return () => {
    db.prepare("DELETE FROM meta WHERE key = 'search-deferred'").run();
    // OR REPLACE: a record edited during the load was indexed by its update.
    const indexText = db.prepare<[number, number]>(
      `INSERT OR REPLACE INTO search_index (rowid, text)
       SELECT entry, text FROM search_entries WHERE kind = ? AND id > ?`,
    );
    const indexTitle = db.prepare<[number, number]>(
      `INSERT OR REPLACE INTO search_titles (rowid, text)
       SELECT entry, title_text FROM search_entries WHERE kind = ? AND id > ?`,
    );
    for (const { code, after } of loaded) {
      indexText.run(code, after);
      indexTitle.run(code, after);
    }
  };
}
