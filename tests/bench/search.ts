import { join } from 'node:path';
import type { Library } from '../../src/main/library';
import { openLibrary } from '../../src/main/library';
import { generateLibrary, random, surname } from './generate';
import { percentile, type BenchContext } from './report';

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

export async function benchSearch({ dir, print }: BenchContext): Promise<void> {
  const sizes = { authorities: 100_000, facts: 100_000, snippets: 10_000 };
  const library: Library = openLibrary(join(dir, 'bench-library.sqlite'));
  const started = performance.now();
  generateLibrary(library, sizes);
  print(
    `generated ${sizes.authorities} authorities, ${sizes.facts} facts, ${sizes.snippets} snippets in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

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
  const timings = { common: [] as number[], rare: [] as number[], all: [] as number[] };
  for (let round = 0; round < 5; round++) {
    for (const target of [...common, ...rare]) {
      for (const query of keystrokes(target, rng)) {
        const t0 = performance.now();
        library.search({ text: query, limit: 20 });
        const elapsed = performance.now() - t0;
        timings.all.push(elapsed);
        (common.includes(target) ? timings.common : timings.rare).push(elapsed);
      }
    }
  }
  for (const [label, values] of Object.entries(timings)) {
    print(
      `search-as-you-type ${label.padEnd(6)} n=${String(values.length).padStart(4)}  p50 ${percentile(values, 50).toFixed(2)} ms  p95 ${percentile(values, 95).toFixed(2)} ms  max ${Math.max(...values).toFixed(2)} ms  (target: p95 < 10 ms, top 20)`,
    );
  }
  library.close();
}
