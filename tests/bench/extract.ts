import { extractCitations } from '../../src/shared/citations/extract';
import { PASSAGES } from '../fixtures/citations/corpus';
import { evaluateCorpus, totals } from '../fixtures/citations/evaluate';
import { random } from './generate';
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

function throughput(text: string): { mbPerSecond: number; citations: number } {
  extractCitations(text); // warm up the regular expressions
  let best = Infinity;
  let citations = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    citations = extractCitations(text).length;
    best = Math.min(best, performance.now() - started);
  }
  return { mbPerSecond: text.length / 1e6 / (best / 1000), citations };
}

export async function benchExtraction({ print }: BenchContext): Promise<void> {
  const evaluation = evaluateCorpus();
  const all = totals(evaluation);
  print(
    `citation corpus: ${all.expected} citations in ${PASSAGES.length} passages, ${evaluation.traps.total} traps`,
  );
  for (const [kind, counts] of Object.entries(evaluation.byKind)) {
    const precision = counts.found ? counts.matched / counts.found : 1;
    const recall = counts.expected ? counts.matched / counts.expected : 1;
    print(
      `  ${kind.padEnd(17)} precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%  (${counts.matched}/${counts.expected} expected, ${counts.found} found)`,
    );
  }
  print(
    `  overall           precision ${((all.matched / all.found) * 100).toFixed(1)}%  recall ${((all.matched / all.expected) * 100).toFixed(1)}%`,
  );
  for (const [field, { checked, right }] of Object.entries(evaluation.fields)) {
    if (checked > 0)
      print(`  field ${field.padEnd(13)} ${((right / checked) * 100).toFixed(1)}% of ${checked}`);
  }
  print(
    `  Id./short/supra resolution ${((evaluation.resolution.right / evaluation.resolution.checked) * 100).toFixed(1)}% of ${evaluation.resolution.checked}`,
  );
  print(
    `  traps read as citations: ${evaluation.traps.total - evaluation.traps.clean} of ${evaluation.traps.total}`,
  );

  const one = throughput(opinionText(1_000_000, 1));
  const two = throughput(opinionText(2_000_000, 2));
  print(
    `extraction 1 MB: ${one.mbPerSecond.toFixed(1)} MB/s (${one.citations} citations)  (target: >= 5 MB/s)`,
  );
  print(
    `extraction 2 MB: ${two.mbPerSecond.toFixed(1)} MB/s (${two.citations} citations); time ratio 2 MB / 1 MB = ${((one.mbPerSecond / two.mbPerSecond) * 2).toFixed(2)} (linear: 2.0)`,
  );
}
