import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELD_OUT_PASSAGES } from '../fixtures/citations/held-out';
import { REAL_PASSAGES } from '../fixtures/citations/real';

/**
 * Real opinion text of a given size: the Fisher slip opinion as printed (running headers, broken
 * lines) and every real passage of the citation corpus, concatenated in turn until the size is
 * reached. About 0.2 MB of it is distinct; the rest repeats it.
 */
export function realOpinionText(bytes: number): string {
  const fisher = readFileSync(
    join(__dirname, '../fixtures/citations/opinions/fisher-v-university-of-texas.txt'),
    'utf8',
  );
  const sources = [fisher, ...[...REAL_PASSAGES, ...HELD_OUT_PASSAGES].map((p) => p.text)];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = sources[i % sources.length] ?? '';
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}
