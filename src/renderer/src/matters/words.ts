import { plural } from '../../../shared/words';
import type { Matter } from '../../../shared/library';

/** What a matter holds, in words: "2 briefs, 14 facts, 3 snippets". */
export function holdings({ counts }: Pick<Matter, 'counts'>): string {
  return [
    plural(counts.briefs, 'brief'),
    plural(counts.facts, 'fact'),
    plural(counts.snippets, 'snippet'),
  ].join(', ');
}
