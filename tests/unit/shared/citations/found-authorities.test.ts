import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../../src/shared/citations/extract';
import { formatCitation } from '../../../../src/shared/citations/format';
import {
  foundAuthorities,
  safeAuthorityFields,
} from '../../../../src/shared/citations/found-authorities';
import { runsToText } from '../../../../src/shared/citations/runs';

function authoritiesIn(text: string) {
  return foundAuthorities(text, extractCitations(text));
}

describe('foundAuthorities', () => {
  it('regression: an impossible year ("(5th Cir.0993)") is shown as incomplete, never thrown', () => {
    const { authorities } = authoritiesIn(
      'Wilson v. Zapata Off-Shore Co., 939 F.2d 260, 271 (5th Cir.0993). Id. at 272.',
    );
    expect(authorities).toHaveLength(1);
    expect(authorities[0]).toMatchObject({
      fields: { name: 'Wilson v. Zapata Off-Shore Co.', year: null, court: '5th Cir.' },
      incomplete: ['year 0993'],
      uses: 2,
    });
  });

  it('regression: takes as history only the citation the phrase leads to, not the next one in the text', () => {
    const { authorities } = authoritiesIn(
      'Fisher v. Univ. of Tex. at Austin, 631 F. 3d 213, vacated and remanded.\n\nKENNEDY, J., delivered the opinion. See Grutter v. Bollinger, 539 U. S. 306 (2003). Later: Matter of Compean, 24 I&N Dec. 710 (A.G. 2009), vacated by Matter of Compean, 25 I&N Dec. 1 (A.G. 2009).',
    );
    expect(authorities.map((authority) => authority.fields.history)).toEqual([
      'vacated',
      '',
      'vacated by Matter of Compean, 25 I&N Dec. 1 (A.G. 2009)',
      '',
    ]);
  });

  it('names what a case lacks: a cite without a name is incomplete', () => {
    const { authorities } = authoritiesIn('Citation Numbers: 572 F.3d 1196, 2009 WL 1789233');
    expect(authorities.map((authority) => authority.incomplete)).toEqual([
      ['no case name'],
      ['no case name'],
    ]);
  });

  it('leaves a field the library refuses out of the fields and names it', () => {
    const { fields, refused } = safeAuthorityFields({
      kind: 'case',
      name: 'Gatimi v. Holder',
      court: 'x'.repeat(600),
      year: 993,
    });
    expect(fields).toMatchObject({ name: 'Gatimi v. Holder', court: '', year: null });
    expect(refused.map((gap) => gap.split(' ')[0])).toEqual(['court', 'year']);
  });

  it('counts every citation of an authority: full, short form, Id. and supra', () => {
    const text =
      'See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009). Id. at 616. Paloka v. Holder, 762 F.3d 191 (2d Cir. 2014). ' +
      'Gatimi, 578 F.3d at 617. Deborah E. Anker, Refugee Law, Gender, and the Human Rights Paradigm, 15 Harv. Hum. Rts. J. 133, 135 (2002). ' +
      'Anker, supra, at 140. Cece, 733 F.3d at 673.';
    const { authorities, references, unresolved } = authoritiesIn(text);
    expect(authorities.map((authority) => [authority.fields.name, authority.uses])).toEqual([
      ['Gatimi v. Holder', 3],
      ['Paloka v. Holder', 1],
      ['Deborah E. Anker', 2],
    ]);
    expect(references).toBe(3);
    expect(unresolved).toBe(1);
  });

  it('regression: a public law with its Statutes at Large cite is one statute, cited as such', () => {
    const { authorities } = authoritiesIn(
      'REAL ID Act of 2005, Pub. L. No. 109-13, 119 Stat. 231, 303.',
    );
    expect(authorities).toHaveLength(1);
    expect(runsToText(formatCitation(authorities[0]!.fields)).replace(/\u00a0/g, ' ')).toBe(
      'REAL ID Act of 2005, Pub. L. No. 109-13, 119 Stat. 231',
    );
    expect(authorities[0]?.incomplete).toEqual([]);
  });

  it('keeps the docket and exact date of a Westlaw cite', () => {
    const { authorities } = authoritiesIn(
      'Doe v. Roe, No. 09-1234, 2009 WL 1789233, at *3 (7th Cir. Jan. 14, 2009).',
    );
    expect(authorities[0]?.fields).toMatchObject({
      docket: 'No. 09-1234',
      date: '2009-01-14',
      reporter: 'WL',
    });
  });

  it('keeps a treatise entry by its title and section', () => {
    const { authorities } = authoritiesIn('3 Am. Jur. 2d Aliens and Citizens § 1502 (2002).');
    expect(authorities[0]?.fields).toMatchObject({
      kind: 'secondary',
      title: 'Aliens and Citizens',
      volume: '3',
      reporter: 'Am. Jur. 2d',
      firstPage: '§ 1502',
    });
  });
});
