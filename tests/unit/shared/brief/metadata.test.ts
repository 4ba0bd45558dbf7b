import { describe, expect, it } from 'vitest';
import { BriefMetadata, signingCounsel } from '../../../../src/shared/brief/metadata';

describe('brief metadata', () => {
  it('starts empty with FRAP’s usual choices', () => {
    expect(BriefMetadata.parse({})).toMatchObject({
      supports: 'reversal',
      authority: 'consent',
      proceedingBelow: 'On Petition for Review of an Order of the Board of Immigration Appeals',
      rule29: { partyCounselAuthored: null, partyOrCounselFunded: null, otherContributors: '' },
      amici: [],
      filingDate: '',
    });
  });

  it('reads details stored before amici had their own disclosures, losing nothing', () => {
    const old = BriefMetadata.parse({
      amici: ['National Immigrant Justice Center', 'Tahirih Justice Center'],
      corporateDisclosure: 'NIJC is a program of Heartland Alliance.',
      filingDate: 'March 5, 2012',
      serviceList: 'All counsel of record, through the Court’s CM/ECF system.',
    });
    expect(old.amici).toMatchObject([
      {
        name: 'National Immigrant Justice Center',
        disclosure: 'NIJC is a program of Heartland Alliance.',
      },
      { name: 'Tahirih Justice Center', disclosure: '' },
    ]);
    expect(old.filingDate).toBe('2012-03-05');
    // The old sentence about CM/ECF named no one to serve otherwise.
    expect(old.serviceList).toBe('');
  });

  it('has every signing counsel sign, or counsel of record when no one is marked', () => {
    const two = BriefMetadata.parse({
      counsel: [
        { name: 'A', ofRecord: false, signs: false },
        { name: 'B', ofRecord: true, signs: false },
      ],
    });
    expect(signingCounsel(two).map((counsel) => counsel.name)).toEqual(['B']);
    expect(
      signingCounsel({ counsel: two.counsel.map((counsel) => ({ ...counsel, signs: true })) }),
    ).toHaveLength(2);
  });
});
