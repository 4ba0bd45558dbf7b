import type { AuthorityKind, SearchQuery, SearchType } from '../../shared/library';
import { SEARCH_TYPES } from '../../shared/library';
import type { Db } from './database';

/** rowid = id * 4 + type code (1 authority, 2 fact, 3 snippet), as migration 001 writes it. */
const TYPE_BY_CODE: SearchType[] = ['authority', 'authority', 'fact', 'snippet'];

/**
 * How many of the newest matches are scored. FTS5's bm25() first counts every match of every
 * term, which costs ~20 ms for a common one-letter prefix in a 200k-row library; scoring a
 * bounded window of candidates keeps each keystroke fast, and a query specific enough to
 * matter has fewer matches than the window, so its ranking is exact.
 */
const CANDIDATE_WINDOW = 250;
const MAX_TOKENS = 12;
/** Long bodies are scored on their opening; matching is still done over all of it. */
const SCORED_BODY_CHARS = 3000;

/** Splits text into words the way the index's unicode61 tokenizer with diacritics removed does. */
export function searchTokens(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function typeFilter(query: SearchQuery): string[] {
  const types = query.types?.length ? query.types : SEARCH_TYPES;
  const kinds: readonly AuthorityKind[] = query.authorityKinds ?? [];
  return types.flatMap((type) =>
    type === 'authority' && kinds.length > 0 ? kinds.map((kind) => `kind${kind}`) : [`type${type}`],
  );
}

/** An FTS5 expression in which every user word is quoted: no input can be read as syntax. */
function matchExpression(tokens: readonly string[], columns: string, query: SearchQuery): string {
  const parts: string[] = [];
  if (tokens.length > 0) parts.push(`{${columns}} : (${tokens.map((t) => `"${t}"*`).join(' ')})`);
  const types = typeFilter(query);
  if (types.length < SEARCH_TYPES.length || query.authorityKinds?.length) {
    parts.push(`tags : (${types.join(' OR ')})`);
  }
  // Authorities belong to the whole library; facts and snippets to a matter.
  if (query.matterId !== undefined) parts.push(`tags : (typeauthority OR matter${query.matterId})`);
  return parts.join(' AND ');
}

interface Candidate {
  rowid: number;
  title: string;
  body: string;
}

function saturate(termFrequency: number, length: number, averageLength: number): number {
  const k1 = 1.2;
  const b = 0.75;
  return (termFrequency * (k1 + 1)) / (termFrequency + k1 * (1 - b + (b * length) / averageLength));
}

/** BM25-like: title words weigh more, whole words more than prefixes, phrases more than scatter. */
function score(candidate: Candidate, tokens: readonly string[]): number {
  const title = foldText(candidate.title);
  const body = foldText(candidate.body.slice(0, SCORED_BODY_CHARS));
  const titleWords = title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const bodyWords = body.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let total = 0;
  for (const token of tokens) {
    let titleHits = 0;
    let bodyHits = 0;
    for (const word of titleWords)
      if (word.startsWith(token)) titleHits += word === token ? 1.5 : 1;
    for (const word of bodyWords) if (word.startsWith(token)) bodyHits += word === token ? 1.5 : 1;
    total +=
      3 * saturate(titleHits, titleWords.length, 8) + saturate(bodyHits, bodyWords.length, 60);
  }
  if (tokens.length > 1) {
    const phrase = tokens.join(' ');
    if (titleWords.join(' ').includes(phrase)) total += 3;
    else if (bodyWords.join(' ').includes(phrase)) total += 1.5;
  }
  return total;
}

export interface SearchResultRef {
  type: SearchType;
  id: number;
}

export function createSearch(db: Db) {
  const newest = db.prepare<[string, number], Candidate>(
    'SELECT rowid, title, body FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?',
  );
  const browseAll = db.prepare<[number], { rowid: number }>(
    'SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT ?',
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
      const rows = filter ? newest.all(filter, limit) : browseAll.all(limit);
      return rows.map((row) => toRef(row.rowid));
    }
    const candidates = new Map<number, Candidate>();
    for (const columns of ['title', 'title body']) {
      for (const row of newest.all(matchExpression(tokens, columns, query), CANDIDATE_WINDOW)) {
        candidates.set(row.rowid, row);
      }
    }
    return [...candidates.values()]
      .map((candidate) => ({ rowid: candidate.rowid, score: score(candidate, tokens) }))
      .sort((a, b) => b.score - a.score || b.rowid - a.rowid)
      .slice(0, limit)
      .map((ranked) => toRef(ranked.rowid));
  }

  return { find };
}
