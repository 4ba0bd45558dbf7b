import { join } from 'node:path';
import type { Library } from '../../src/main/library';
import { openLibrary } from '../../src/main/library';
import { searchTokens } from '../../src/main/library/search';
import { generateLibrary, random, surname } from './generate';
import { percentile, storagePerRecord, type BenchContext } from './report';

/** What an attorney types, one keystroke burst (1-3 characters) at a time. */
function keystrokes(target: string, rng: () => number): string[] {
  const prefixes: string[] = [];
  let length = 0;
  while (length < target.length) {
    length = Math.min(target.length, length + 1 + Math.floor(rng() * 3));
    prefixes.push(target.slice(0, length));
  }
  return prefixes;
}

/** The query a first attempt would write: every word, the last a prefix, ranked by bm25. */
function naiveSearch(library: Library): (text: string) => void {
  const query = library.db.prepare<[string]>(
    'SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20',
  );
  return (text) => {
    const tokens = searchTokens(text);
    if (tokens.length > 0) query.all(tokens.map((token) => `"${token}"`).join(' ') + '*');
  };
}

function figures(values: readonly number[]): string {
  return `n=${String(values.length).padStart(4)}  p50 ${percentile(values, 50).toFixed(2)} ms  p95 ${percentile(values, 95).toFixed(2)} ms  max ${Math.max(...values).toFixed(2)} ms`;
}

export async function benchSearch({ dir, print }: BenchContext): Promise<void> {
  const sizes = { authorities: 100_000, facts: 100_000, snippets: 10_000 };
  const records = sizes.authorities + sizes.facts + sizes.snippets;
  const file = join(dir, 'bench-library.sqlite');
  const generated: Library = openLibrary(file);
  const started = performance.now();
  generateLibrary(generated, sizes);
  const seconds = (performance.now() - started) / 1000;
  // Searched as the app finds it at its next start: the write-ahead log of the load checkpointed.
  generated.close();
  const library = openLibrary(file);
  print('');
  print(
    `Library search: generated ${sizes.authorities.toLocaleString('en-US')} authorities, ${sizes.facts.toLocaleString('en-US')} facts, ${sizes.snippets.toLocaleString('en-US')} snippets through the stores in ${seconds.toFixed(1)} s (${Math.round(records / seconds).toLocaleString('en-US')} records/s)`,
  );
  for (const line of storagePerRecord(library.db, records)) print(`  ${line}`);

  const rng = random(7);
  const common = [
    'asylum',
    'persecution',
    'particular social group',
    'holder',
    'immigration judge',
    'matter of',
    'f.3d',
    'credibility',
  ];
  const rare = [
    surname(random(42)),
    'extraordinary',
    'firm resettlement',
    'A.R. 1234',
    'mutilation clan',
    `${surname(rng)} v. garland`,
    '578 f.3d 611',
    'zzzqx',
  ];
  const queries = [...common, ...rare].flatMap((target) => keystrokes(target, rng));

  for (const query of queries.slice(0, 10)) library.search({ text: query, limit: 20 }); // warm the page cache
  // The same keystrokes for both searches: five rounds of every target, each typed in bursts.
  const rounds = Array.from({ length: 5 }, () =>
    [...common, ...rare].map((target) => ({ target, typed: keystrokes(target, rng) })),
  );
  const time = (search: (text: string) => void, roundCount: number) => {
    const timings = { common: [] as number[], rare: [] as number[], all: [] as number[] };
    for (const round of rounds.slice(0, roundCount)) {
      for (const { target, typed } of round) {
        for (const query of typed) {
          const t0 = performance.now();
          search(query);
          const elapsed = performance.now() - t0;
          timings.all.push(elapsed);
          (common.includes(target) ? timings.common : timings.rare).push(elapsed);
        }
      }
    }
    return timings;
  };
  const amicus = time((text) => library.search({ text, limit: 20 }), 5);
  // One round: the naive query takes far longer a keystroke.
  const naive = time(naiveSearch(library), 1);
  print('  search as you type, top 20, per keystroke (target: p95 < 5 ms at 1M + 1M, idle):');
  for (const label of ['common', 'rare', 'all'] as const) {
    print(`    ${label.padEnd(6)} Amicus ${figures(amicus[label])}`);
    print(`    ${''.padEnd(6)} naive  ${figures(naive[label])}`);
  }
  print(`    naive: FTS5 MATCH '"word" "prefix"*' ORDER BY rank LIMIT 20, its rowids only`);
  library.close();
}
