import { compareWithPartyBrief, type AmicusParagraph } from '../../src/shared/brief/overlap';
import { random, surname, words } from './generate';
import type { BenchContext } from './report';

const RUNS = 5;

/** Prose of about `count` words: sentences of 12–30 words, a case cited in every third. */
function brief(rng: () => number, count: number): string[] {
  const paragraphs: string[] = [];
  let written = 0;
  while (written < count) {
    const sentences: string[] = [];
    for (let index = 0; index < 5; index++) {
      const length = 12 + Math.floor(rng() * 18);
      const text = words(rng, length);
      let sentence = `${text[0]!.toUpperCase()}${text.slice(1)}.`;
      if (rng() < 1 / 3) {
        const volume = 100 + Math.floor(rng() * 900);
        const page = 1 + Math.floor(rng() * 1200);
        sentence += ` See ${surname(rng)} v. ${surname(rng)}, ${volume} F.3d ${page}, ${page + 3} (7th Cir. 2009).`;
      }
      sentences.push(sentence);
      written += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function compareOnce(partyWords: number, amicusWords: number): { ms: number; flagged: number } {
  const rng = random(7);
  const party = brief(rng, partyWords);
  const own = brief(rng, amicusWords);
  // One paragraph in ten copied from the party's brief, as a careless draft would.
  const amicus: AmicusParagraph[] = own.map((text, index) => ({
    id: String(index),
    text: index % 10 === 0 ? (party[index] ?? text) : text,
  }));
  const partyText = party.join('\n\n');
  let best = Infinity;
  let flagged = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = compareWithPartyBrief(amicus, [], partyText);
    best = Math.min(best, performance.now() - started);
    flagged = result.paragraphs.filter((paragraph) => paragraph.level !== 'apart').length;
  }
  return { ms: best, flagged };
}

/** Compare with party's brief: a 15,000-word party brief against a 7,000-word amicus brief, then both doubled. */
export async function benchOverlap({ print }: BenchContext): Promise<void> {
  print('');
  print(`Compare with party’s brief (best of ${RUNS}; citations extracted from the party’s text)`);
  for (const [partyWords, amicusWords] of [
    [15_000, 7_000],
    [30_000, 14_000],
  ] as const) {
    const { ms, flagged } = compareOnce(partyWords, amicusWords);
    print(
      `  party ${partyWords.toLocaleString('en-US')} words × amicus ${amicusWords.toLocaleString('en-US')} words: ${ms.toFixed(0)} ms, ${flagged} paragraphs flagged`,
    );
  }
  await Promise.resolve();
}
