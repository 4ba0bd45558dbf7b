import { describe, expect, it } from 'vitest';
import { BriefMetadata, missingMetadata } from '../../../../src/shared/brief/metadata';

describe('brief metadata', () => {
  it('starts empty with FRAP’s usual choices', () => {
    expect(BriefMetadata.parse({})).toMatchObject({
      supports: 'reversal',
      authority: 'consent',
      proceedingBelow: 'On Petition for Review of an Order of the Board of Immigration Appeals',
      rule29: { partyCounselAuthored: null, partyOrCounselFunded: null, otherContributors: '' },
    });
  });

  it('names what a filing still lacks', () => {
    expect(missingMetadata(BriefMetadata.parse({}))).toEqual([
      'docket number',
      'caption',
      'amicus name',
      'party supported',
      'Rule 29(a)(4)(E) answers',
      'counsel',
    ]);
    const complete = BriefMetadata.parse({
      docketNumber: 'No. 11-1989',
      petitioner: 'Lirie Cece',
      respondent: 'Eric H. Holder, Jr.',
      amici: ['National Immigrant Justice Center'],
      partySupported: 'Petitioner',
      rule29: { partyCounselAuthored: false, partyOrCounselFunded: false },
      counsel: [{ name: 'Counsel Name', ofRecord: true }],
    });
    expect(missingMetadata(complete)).toEqual([]);
    expect(
      missingMetadata({
        ...complete,
        authority: 'government',
        rule29: { partyCounselAuthored: null, partyOrCounselFunded: null, otherContributors: '' },
      }),
    ).toEqual([]);
  });
});
