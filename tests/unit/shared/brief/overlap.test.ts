import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSE_AT, compareWithPartyBrief, REPEATS_AT } from '../../../../src/shared/brief/overlap';

const partyBrief = readFileSync('tests/fixtures/overlap/party-brief.txt', 'utf8');

// Paragraphs of the demo amicus brief as the editor gives them: each citation a break.
const amicus = [
  {
    id: 'summary',
    text: 'The Board rejected Ms. Cece’s claim by recasting her group, not by finding that the facts failed to describe one. Young Albanian women who live alone share characteristics they cannot change: their sex, their youth, their nationality, and the absence of family protection. That is a particular social group under \n and the decisions of this Court.',
  },
  {
    id: 'visibility',
    text: 'The Board’s answer was that the group is not “socially visible.” This Court has already declined to defer to that requirement, because it asks whether persecutors’ targets can be seen when they are doing all they can to hide. \n.',
  },
  {
    id: 'generous',
    text: 'The Supreme Court has cautioned that the refugee definition is to be read generously, not as a barrier of technicalities. \n. An applicant need show only a reasonable possibility of persecution. \n.',
  },
  {
    id: 'characteristics',
    text: 'Young Albanian women who live alone share exactly such characteristics. Their sex and youth they cannot change, and their nationality is fundamental to who they are. \n.\n That they live without the protection of family does not make the group one defined by its persecution: the characteristic existed before, and apart from, the harm she fears. \n.',
  },
  { id: 'heading', text: 'Argument' },
];

const authorities = [
  {
    label: 'Matter of Acosta',
    uses: 3,
    fields: { kind: 'agency' as const, volume: '19', reporter: 'I. & N. Dec.', firstPage: '211' },
  },
  {
    label: 'Gatimi v. Holder',
    uses: 3,
    fields: { kind: 'case' as const, volume: '578', reporter: 'F.3d', firstPage: '611' },
  },
  {
    label: 'INS v. Cardoza-Fonseca',
    uses: 3,
    fields: { kind: 'case' as const, volume: '480', reporter: 'U.S.', firstPage: '421' },
  },
  {
    label: '8 U.S.C. § 1101(a)(42)(A)',
    uses: 2,
    fields: { kind: 'statute' as const, title: '8', code: 'U.S.C.', section: '1101(a)(42)(A)' },
  },
  {
    label: '8 U.S.C. § 1158(b)(1)(B)(i)',
    uses: 1,
    fields: { kind: 'statute' as const, title: '8', code: 'U.S.C.', section: '1158(b)(1)(B)(i)' },
  },
];

describe('comparing an amicus brief with the party’s brief', () => {
  const overlap = compareWithPartyBrief(amicus, authorities, partyBrief);
  const byId = new Map(overlap.paragraphs.map((paragraph) => [paragraph.id, paragraph]));

  it('flags the two paragraphs copied into the party’s brief as repeating it', () => {
    expect(byId.get('visibility')).toMatchObject({ level: 'repeats', share: 1 });
    expect(byId.get('characteristics')?.level).toBe('repeats');
    expect(byId.get('characteristics')?.share).toBeGreaterThanOrEqual(REPEATS_AT);
    expect(byId.get('visibility')?.sharedSentences).toHaveLength(2);
  });

  it('calls a paraphrase close and text written apart on the same law apart', () => {
    // Both sentences restated in other words: not copied, but the same argument.
    const generous = byId.get('generous')!;
    expect(generous.level).toBe('close');
    expect(generous.share).toBeGreaterThanOrEqual(CLOSE_AT);
    expect(generous.sharedSentences).toEqual([
      'The Supreme Court has cautioned that the refugee definition is to be read generously, not as a barrier of technicalities.',
      'An applicant need show only a reasonable possibility of persecution.',
    ]);
    expect(byId.get('summary')).toMatchObject({ level: 'apart' });
    expect(byId.get('summary')!.share).toBeLessThan(0.15);
    // A heading is too short to judge.
    expect(byId.has('heading')).toBe(false);
  });

  it('counts the authorities both briefs cite, short forms and Id. with their authority', () => {
    expect(overlap.authorities).toEqual([
      { label: 'INS v. Cardoza-Fonseca', amicusUses: 3, partyUses: 2 },
      { label: '8 U.S.C. § 1158(b)(1)(B)(i)', amicusUses: 1, partyUses: 1 },
      { label: 'Gatimi v. Holder', amicusUses: 3, partyUses: 1 },
      { label: 'Matter of Acosta', amicusUses: 3, partyUses: 1 },
    ]);
    expect(overlap.partyOnly).toBe(1); // Kasinga
  });

  it('is linear in the briefs’ length (a 15,000-word party brief against 7,000 words)', () => {
    const party = partyBrief.repeat(Math.ceil(15_000 / overlap.partyWords));
    const long = Array.from({ length: 70 }, (_, index) => ({
      id: String(index),
      text: `${amicus[index % 4]!.text} Paragraph ${index}.`,
    }));
    const result = compareWithPartyBrief(long, authorities, party);
    expect(result.partyWords).toBeGreaterThanOrEqual(15_000);
    expect(result.paragraphs.filter((p) => p.level === 'repeats').length).toBeGreaterThan(30);
  });
});
