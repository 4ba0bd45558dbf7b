import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../../src/shared/citations/extract';
import { authorityFromExtracted } from '../../../../src/shared/citations/to-authority';

describe('authorityFromExtracted', () => {
  it('keeps the subsequent history it read after a case, with the later citation (Bluebook Rule 10.7)', () => {
    const text =
      'See Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987).';
    const found = extractCitations(text);
    expect(authorityFromExtracted(found[0]!, { text, next: found[1] })).toMatchObject({
      name: 'Matter of Acosta',
      history:
        'overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
    });
    expect(authorityFromExtracted(found[1]!, { text })).toMatchObject({ history: '' });
  });
});
