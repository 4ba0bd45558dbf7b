import { extractCitations } from '../../src/shared/citations/extract';
import { PASSAGES } from '../fixtures/citations/corpus';
import { evaluateCorpus, HELD_OUT, IN_SAMPLE, report, WHOLE } from '../fixtures/citations/evaluate';
import { random } from './generate';
import { realOpinionText } from './real-text';
import type { BenchContext } from './report';

const PROSE = `The petitioner testified that she feared returning because the men who had threatened her
remained in her town, and that the police had declined to take her report. The immigration judge
found her credible and noted that her account was consistent with the country conditions evidence,
which described widespread trafficking of young women who lack the protection of family members.
On appeal the Board did not disturb the credibility finding but held that the proposed group lacked
the particularity and social distinction its precedents require.`;

/** Opinion-like text: argument prose with the corpus's citation passages spread through it. */
function opinionText(bytes: number, seed: number): string {
  const rng = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = rng() < 0.45 ? PASSAGES[Math.floor(rng() * PASSAGES.length)]!.text : PROSE;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

export function throughput(text: string): {
  mbPerSecond: number;
  citations: number;
  milliseconds: number;
} {
  extractCitations(text); // warm up the regular expressions
  let best = Infinity;
  let citations = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    citations = extractCitations(text).length;
    best = Math.min(best, performance.now() - started);
  }
  return { mbPerSecond: text.length / 1e6 / (best / 1000), citations, milliseconds: best };
}

export async function benchExtraction({ print }: BenchContext): Promise<void> {
  for (const [label, part] of [
    ['in-sample (tuned on)', IN_SAMPLE],
    ['held out (scored apart, never tuned on)', HELD_OUT],
    ['whole corpus', WHOLE],
  ] as const) {
    print(`citation corpus, ${label}:`);
    for (const line of report(evaluateCorpus(part))) print(line);
  }

  const generated = throughput(opinionText(1_000_000, 1));
  print(`extraction, generated text 1 MB: ${generated.mbPerSecond.toFixed(1)} MB/s`);
  const sizes = [1, 2, 4].map((megabytes) => ({
    megabytes,
    ...throughput(realOpinionText(megabytes * 1_000_000)),
  }));
  for (const { megabytes, mbPerSecond, citations, milliseconds } of sizes)
    print(
      `extraction, real opinion text ${megabytes} MB: ${mbPerSecond.toFixed(1)} MB/s, ${milliseconds.toFixed(0)} ms (${citations} citations)  (target: >= 20 MB/s)`,
    );
  const [one, , four] = sizes;
  if (one && four)
    print(
      `  time 4 MB / 1 MB = ${(four.milliseconds / one.milliseconds).toFixed(2)} (linear: 4.0; target <= 4.4)`,
    );
}
