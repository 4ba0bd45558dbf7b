import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../../src/shared/citations/extract';
import {
  authorityFromExtracted,
  authorityKey,
} from '../../../../src/shared/citations/to-authority';

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

describe('authorityKey', () => {
  it('keys a section of the INA and its 8 U.S.C. section alike, subsections kept', () => {
    const text =
      'INA § 240A(b)(1); 8 U.S.C. § 1229b(b)(1); 8 U.S.C. § 1229b(b)(2); 42 U.S.C. § 1983.';
    const keys = extractCitations(text).map((cite) => authorityKey(authorityFromExtracted(cite)!));
    expect(keys[0]).toEqual(keys[1]);
    expect(keys[0]).toMatchObject({ title: '8', code: 'U.S.C.', section: '1229b(b)(1)' });
    expect(keys[2]).not.toEqual(keys[1]);
    expect(keys[3]).toMatchObject({ title: '42', code: 'U.S.C.', section: '1983' });
  });
});
