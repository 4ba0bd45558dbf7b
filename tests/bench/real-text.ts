import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HELD_OUT_PASSAGES } from '../fixtures/citations/held-out';
import { REAL_PASSAGES } from '../fixtures/citations/real';

const OPINIONS = join(__dirname, '../fixtures/citations/opinions');

/** Every piece of real text, each once: Fisher, the corpus's real passages, then 139 opinions. */
function realSources(): string[] {
  const fisher = readFileSync(join(OPINIONS, 'fisher-v-university-of-texas.txt'), 'utf8');
  // Supreme Court opinions of the Court, October Terms 2009-2011, as pdftotext printed them
  // (real-opinions.NOTICE.md; scripts/build-opinion-text.ts regenerates the file).
  const opinions = gunzipSync(readFileSync(join(OPINIONS, 'real-opinions.txt.gz'))).toString(
    'utf8',
  );
  const passages = [...REAL_PASSAGES, ...HELD_OUT_PASSAGES]
    .map((p) => p.text)
    .filter((text) => !fisher.includes(text)); // the held-out Fisher excerpts are in it already
  return [fisher, ...passages, opinions];
}

/**
 * Real opinion text of a given size: the Fisher slip opinion as printed (running headers, broken
 * lines), every real passage of the citation corpus, then real opinions, each once. About 4.5 MB is
 * distinct; asking for more is an error rather than text that repeats.
 */
export function realOpinionText(bytes: number): string {
  const text = realSources().join('\n\n');
  if (text.length < bytes)
    throw new Error(`Only ${text.length} characters of distinct real opinion text, not ${bytes}`);
  return text.slice(0, bytes);
}
