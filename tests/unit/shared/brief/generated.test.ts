import { describe, expect, it } from 'vitest';
import {
  authorityStatement,
  certificateOfCompliance,
  coverPage,
  disclosureStatement,
  rule29Statement,
  statementWords,
} from '../../../../src/shared/brief/generated';
import { BriefMetadata } from '../../../../src/shared/brief/metadata';
import { CourtProfile } from '../../../../src/shared/brief/profiles';
import ca7 from '../../../../resources/profiles/ca7-merits.json';

const profile = CourtProfile.parse(ca7);
const cece = BriefMetadata.parse({
  docketNumber: 'No. 11-1989',
  petitioner: 'Lirie Cece',
  respondent: 'Eric H. Holder, Jr., Attorney General of the United States',
  amici: ['National Immigrant Justice Center'],
  partySupported: 'Petitioner',
  rule29: { partyCounselAuthored: false, partyOrCounselFunded: false },
  counsel: [
    { name: 'Mary Meg McCarthy', firm: 'National Immigrant Justice Center', ofRecord: true },
  ],
});
const text = (section: { paragraphs: { text: string }[] }) =>
  section.paragraphs.map((p) => p.text).join('\n');

describe('generated parts of a brief', () => {
  it('builds the cover from the caption, the amicus and the party supported', () => {
    const cover = text(coverPage(cece, profile));
    expect(cover).toContain('No. 11-1989');
    expect(cover).toContain('In the United States Court of Appeals for the Seventh Circuit');
    expect(cover).toContain(
      'LIRIE CECE\nPetitioner,\nv.\nERIC H. HOLDER, JR., ATTORNEY GENERAL OF THE UNITED STATES\nRespondent.',
    );
    expect(cover).toContain(
      'BRIEF OF AMICUS CURIAE NATIONAL IMMIGRANT JUSTICE CENTER IN SUPPORT OF PETITIONER AND REVERSAL',
    );
    expect(text(coverPage({ ...cece, amici: ['A', 'B', 'C'] }, profile))).toContain(
      'BRIEF OF AMICI CURIAE A, B, AND C',
    );
  });

  it('states the Rule 29(a)(4)(E) answers, and asks for the ones not given', () => {
    expect(text(rule29Statement(cece))).toBe(
      "No party's counsel authored this brief in whole or in part. No party or party's counsel contributed money that was intended to fund preparing or submitting this brief. No person other than National Immigrant Justice Center, its members, or its counsel contributed money that was intended to fund preparing or submitting this brief.",
    );
    expect(text(rule29Statement(BriefMetadata.parse({})))).toContain(
      "[State whether a party's counsel authored",
    );
    expect(
      text(
        rule29Statement({
          ...cece,
          rule29: { ...cece.rule29, otherContributors: 'The Ford Foundation' },
        }),
      ),
    ).toContain(
      'the following contributed money that was intended to fund preparing or submitting this brief: The Ford Foundation.',
    );
  });

  it('states the authority to file', () => {
    expect(text(authorityStatement(cece))).toBe(
      'All parties have consented to the filing of this brief.',
    );
    expect(text(authorityStatement({ ...cece, authority: 'motion-for-leave' }))).toContain(
      'moved for leave',
    );
  });

  it('certifies the FRAP 32(f) count with the court’s limit and typeface', () => {
    const certificate = text(certificateOfCompliance(cece, profile, 6543));
    expect(certificate).toContain(
      'type-volume limitation of Circuit Rule 29 because it contains 6,543 words',
    );
    expect(certificate).toContain('12-point Century Schoolbook');
  });

  it('writes FRAP 26.1’s statement, or the Seventh Circuit’s Rule 26.1 form', () => {
    const frap = disclosureStatement(cece, { disclosure: 'frap-26.1' });
    expect(frap.title).toBe('Corporate Disclosure Statement');
    expect(text(frap)).toBe(
      'National Immigrant Justice Center has no parent corporation, and no publicly held corporation owns 10% or more of its stock.',
    );
    const form = disclosureStatement(cece, profile);
    expect(form.title).toBe('Circuit Rule 26.1 Disclosure Statement');
    expect(text(form)).toContain('Appellate Court No: 11-1989');
    expect(text(form)).toContain(
      '(1) The full name of every party that the attorney represents in the case: National Immigrant Justice Center, amicus curiae.',
    );
    expect(text(form)).toContain(
      '(3) If the party, amicus or intervenor is a corporation: National',
    );
    expect(text(form)).toContain('Counsel of record: Yes.');
  });

  it('counts the statements the filing places in its body', () => {
    // "All parties have consented to the filing of this brief." (10), the heading (3) and the
    // three Rule 29(a)(4)(E) sentences (11 + 17 + 25).
    expect(statementWords(cece)).toBe(10 + 3 + 11 + 17 + 25);
  });
});
