import fc from 'fast-check';
import { exportInput, exportProblem } from '../helpers/xml-property';
import type { BenchContext } from './report';

const RUNS = 10_000;

/**
 * The unit test's property (any text in every field -> every part well-formed XML 1.0) run
 * 10,000 times, counting every failure instead of stopping at the first.
 */
export async function benchXml({ print }: BenchContext): Promise<void> {
  print('');
  print(
    `Well-formed XML: ${RUNS.toLocaleString('en-US')} exports of arbitrary Unicode, every part parsed strictly`,
  );
  let failures = 0;
  let first: string | null = null;
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(exportInput, async (input) => {
      const problem = await exportProblem(input);
      if (problem) {
        failures += 1;
        first ??= `${problem}\n    input: ${fc.stringify(input)}`;
      }
    }),
    { numRuns: RUNS },
  );
  const seconds = (performance.now() - started) / 1000;
  print(
    `  runs ${details.numRuns.toLocaleString('en-US')}, failures ${failures} (seed ${details.seed}), ${seconds.toFixed(0)} s, ${((seconds * 1000) / details.numRuns).toFixed(0)} ms a run`,
  );
  if (first) print(`  first failure: ${first}`);
}
