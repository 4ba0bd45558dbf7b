import { describe, expect, it } from 'vitest';
import { followOnMetadata } from '../../../../src/shared/brief/duplicate';
import { BriefMetadata } from '../../../../src/shared/brief/metadata';

describe('a follow-on brief’s details', () => {
  it('keep who files and clear, by name, only what the earlier case had set', () => {
    const source = BriefMetadata.parse({
      docketNumber: 'No. 11-1989',
      petitioner: 'Johana Cece',
      respondent: 'Eric H. Holder, Jr.',
      amici: [{ name: 'National Immigrant Justice Center', interest: 'NIJC serves…' }],
      counsel: [{ name: 'Charles Roth', telephone: '(312) 660-1370' }],
      supports: 'reversal',
      rule29: { partyCounselAuthored: false, partyOrCounselFunded: false, otherContributors: '' },
      serviceList: 'Counsel for respondent, 950 Pennsylvania Ave.',
    });
    const { metadata, cleared } = followOnMetadata(source, 'Cece brief');
    expect(cleared).toEqual([
      'docket number',
      'caption',
      'authority to file',
      'Rule 29(a)(4)(E) answers',
      'service',
    ]);
    expect(metadata).toMatchObject({
      docketNumber: '',
      petitioner: '',
      respondent: '',
      serviceList: '',
      rule29: { partyCounselAuthored: null, partyOrCounselFunded: null },
      amici: source.amici,
      counsel: source.counsel,
      supports: 'reversal',
      carriedFrom: { title: 'Cece brief', cleared },
    });
    // What it produces is valid details, as stored.
    expect(BriefMetadata.parse(metadata)).toEqual(metadata);
  });
});
