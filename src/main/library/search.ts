import type { AuthorityKind, SearchQuery, SearchType } from '../../shared/library';
import { SEARCH_TYPES } from '../../shared/library';
import type { Db } from './database';

/** rowid = id * 4 + type code (1 authority, 2 fact, 3 snippet), as migration 001 writes it. */
const TYPE_BY_CODE: SearchType[] = ['authority', 'authority', 'fact', 'snippet'];

/**
 * How many of the newest matches of each index are scored. FTS5's bm25() first counts every
 * match of every term, which costs ~20 ms for a common prefix in a 200k-record library;
 * scoring a bounded window keeps each keystroke fast, and a query specific enough to matter has
 * fewer matches than the window, so its ranking is exact.
 */
const CANDIDATE_WINDOW = 250;
const MAX_TOKENS = 12;
/** The longest prefix the index serves directly (migration 001's `prefix` option). */
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

function typeFilter(query: SearchQuery): string | null {
  const types = query.types?.length ? query.types : SEARCH_TYPES;
  const kinds: readonly AuthorityKind[] = query.authorityKinds ?? [];
  if (types.length === SEARCH_TYPES.length && kinds.length === 0) return null;
  const tokens = types.flatMap((type) =>
    type === 'authority' && kinds.length > 0 ? kinds.map((kind) => `kind${kind}`) : [`type${type}`],
  );
  return `tags : (${tokens.join(' OR ')})`;
}

/**
 * An FTS5 expression in which every user word is quoted, so no input can be read as syntax.
 * Earlier words must match whole (the user has finished them); the last is a prefix, cut to
 * the longest indexed prefix so FTS5 reads it from the prefix index.
 */
function matchExpression(tokens: readonly string[], column: string, query: SearchQuery): string {
  const parts: string[] = [];
  if (tokens.length > 0) {
    const words = tokens.map((token, index) =>
      index < tokens.length - 1 ? `"${token}"` : `"${token.slice(0, LONGEST_INDEXED_PREFIX)}"*`,
    );
    parts.push(`{${column}} : (${words.join(' ')})`);
  }
  const types = typeFilter(query);
  if (types) parts.push(types);
  // Authorities belong to the whole library; facts and snippets to a matter or to General.
  if (query.matterId === null) parts.push('tags : (typeauthority OR matternone)');
  else if (query.matterId !== undefined)
    parts.push(`tags : (typeauthority OR matternone OR matter${query.matterId})`);
  return parts.join(' AND ');
}

interface Candidate {
  rowid: number;
  title: string;
  body: string;
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
  tokens: readonly string[],
  tokenMatchers: readonly TokenMatcher[],
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
  if (tokens.length > 1) {
    const phrase = tokens.join(' ');
    if (title.split(NON_WORD).join(' ').includes(phrase)) total += 3;
    else if (body.split(NON_WORD).join(' ').includes(phrase)) total += 1.5;
  }
  return total;
}

export interface SearchResultRef {
  type: SearchType;
  id: number;
}

export function createSearch(db: Db) {
  const textMatches = db.prepare<[string, number], Candidate>(
    `SELECT rowid, title, substr(body, 1, ${SCORED_CHARS}) AS body FROM search_index
     WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?`,
  );
  // A last word longer than the indexed prefix is matched by its prefix, then checked whole.
  const longTextMatches = db.prepare<[string, string, number], Candidate>(
    `SELECT rowid, title, substr(body, 1, ${SCORED_CHARS}) AS body FROM search_index
     WHERE search_index MATCH ? AND instr(lower(title || ' ' || body), ?) > 0
     ORDER BY rowid DESC LIMIT ?`,
  );
  const titleMatches = db.prepare<[string, number], { rowid: number; title: string }>(
    'SELECT rowid, title FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid DESC LIMIT ?',
  );
  const browseAll = db.prepare<[number], { rowid: number }>(
    'SELECT rowid FROM search_titles ORDER BY rowid DESC LIMIT ?',
  );

  function toRef(rowid: number): SearchResultRef {
    return { type: TYPE_BY_CODE[rowid % 4] ?? 'authority', id: Math.floor(rowid / 4) };
  }

  /** Ranked references for a query; an empty query browses the newest records. */
  function find(query: SearchQuery): SearchResultRef[] {
    const limit = query.limit ?? 20;
    const tokens = [...new Set(searchTokens(query.text))].slice(0, MAX_TOKENS);
    if (tokens.length === 0) {
      const filter = matchExpression([], '', query);
      const rows = filter ? titleMatches.all(filter, limit) : browseAll.all(limit);
      return rows.map((row) => toRef(row.rowid));
    }

    const last = tokens.at(-1) ?? '';
    const textExpression = matchExpression(tokens, 'title body', query);
    const candidates = new Map<number, Candidate>();
    const inText =
      last.length > LONGEST_INDEXED_PREFIX
        ? longTextMatches.all(textExpression, last, CANDIDATE_WINDOW)
        : textMatches.all(textExpression, CANDIDATE_WINDOW);
    for (const row of inText) candidates.set(row.rowid, row);
    // Older name matches than the text window reaches are scored on their name alone.
    for (const row of titleMatches.all(matchExpression(tokens, 'title', query), CANDIDATE_WINDOW)) {
      if (!candidates.has(row.rowid)) candidates.set(row.rowid, { ...row, body: '' });
    }

    const tokenMatchers = matchers(tokens);
    return [...candidates.values()]
      .map((candidate) => ({
        rowid: candidate.rowid,
        score: score(candidate, tokens, tokenMatchers),
      }))
      .sort((a, b) => b.score - a.score || b.rowid - a.rowid)
      .slice(0, limit)
      .map((ranked) => toRef(ranked.rowid));
  }

  return { find };
}
