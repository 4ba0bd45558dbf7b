import { describe, expect, it } from 'vitest';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import {
  generatedParts,
  missingDetails,
  type GeneratedParts,
  type GeneratedSection,
} from '../../../../src/shared/brief/generated';
import { BriefMetadata, type BriefMetadataInput } from '../../../../src/shared/brief/metadata';
import type { CourtProfile, ProfileOverrides } from '../../../../src/shared/brief/profiles';
import { briefRules, ruleProblems } from '../../../../src/shared/brief/rules';

const TODAY = '2026-12-02';
const profile = (id: string): CourtProfile => {
  const found = COURT_PROFILES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const rulesFor = (id: string, filingDate = '', overrides: ProfileOverrides = {}) =>
  briefRules(profile(id), overrides, filingDate, TODAY);

const AMICI = [
  {
    name: 'National Immigrant Justice Center',
    parents: 'Heartland Alliance for Human Needs & Human Rights',
  },
  { name: 'Tahirih Justice Center' },
  { name: 'Human Rights First', stockholders: 'Example Holdings, Inc.' },
];
const COUNSEL = [
  {
    name: 'Mary Meg McCarthy',
    firm: 'National Immigrant Justice Center',
    address: '208 S. LaSalle Street, Suite 1818\nChicago, IL 60604',
    telephone: '(312) 660-1370',
    email: 'counsel@example.org',
    ofRecord: true,
  },
  {
    name: 'Keren Zwick',
    firm: 'Volunteer Firm LLP',
    address: '1 Main Street\nChicago, IL 60601',
    telephone: '(312) 555-0100',
  },
];

function metadata(
  amici: number,
  counsel: number,
  extra: Partial<BriefMetadataInput & object> = {},
): BriefMetadata {
  return BriefMetadata.parse({
    docketNumber: 'No. 11-1989',
    // Named only where the profile is FRAP's default rather than a circuit's.
    court: 'United States Court of Appeals for the Ninth Circuit',
    petitioner: 'Johana Cece',
    respondent: 'Eric H. Holder, Jr., Attorney General of the United States',
    amici: AMICI.slice(0, amici),
    partySupported: 'Petitioner',
    rule29: { partyCounselAuthored: false, partyOrCounselFunded: false },
    counsel: COUNSEL.slice(0, counsel),
    filingDate: '2026-12-14',
    ...extra,
  });
}

/** A section as a reader reads it; rule citations' no-break spaces read as spaces. */
const text = (section: GeneratedSection | null) =>
  section
    ? section.paragraphs
        .map((paragraph) => paragraph.text)
        .join('\n')
        .replaceAll('\u00a0', ' ')
    : '';
const everything = (parts: GeneratedParts) =>
  [
    parts.cover,
    parts.disclosure,
    parts.interest,
    parts.authority,
    parts.rule29,
    parts.signature,
    parts.compliance,
    parts.service,
  ]
    .map(text)
    .join('\n');

describe('generated parts, for every court profile, stage, and number of amici and counsel', () => {
  const cases = COURT_PROFILES.flatMap((court) =>
    [1, 3].flatMap((amici) => [1, 2].map((counsel) => ({ court, amici, counsel }))),
  );

  it.each(cases)(
    '$court.id with $amici amici and $counsel counsel reads right',
    ({ court, amici, counsel }) => {
      const rules = briefRules(court, {}, '2026-12-14', TODAY);
      const parts = generatedParts(metadata(amici, counsel), rules, 1000, true);
      const all = everything(parts);
      const plural = amici > 1;

      // Agreement in number (amicus/amici, its/their, has/have), everywhere.
      expect(all).not.toMatch(
        plural ? /Amicus Curiae|AMICUS CURIAE|\bits members\b/ : /Amici|AMICI|\btheir\b/,
      );
      if (plural) expect(all).toContain('Amici Curiae');
      expect(all).not.toMatch(/\bAmici has\b|\bAmicus have\b/);
      // No empty clause, no blank left where the details are complete, no straight quote.
      expect(all).not.toMatch(/ ,|,,|\.\.| \.|:\s*\.|\(\)| {2}|undefined|null|________/);
      expect(all).not.toMatch(/['"]/);
      for (const section of [parts.cover, parts.signature, parts.compliance, parts.service])
        for (const paragraph of section.paragraphs) expect(paragraph.text.trim()).not.toBe('');

      // Every counsel on the cover (FRAP 32(a)(2)(F)); one /s/ block per signing counsel.
      for (const one of COUNSEL.slice(0, counsel)) {
        expect(text(parts.cover)).toContain(one.name);
        expect(text(parts.cover)).toContain(one.telephone);
        expect(text(parts.signature)).toContain(`/s/ ${one.name}`);
      }
      expect(text(parts.signature).match(/\/s\//g)).toHaveLength(counsel);
      expect(text(parts.signature)).toMatch(/^Dated: December 14, 2026\nRespectfully submitted,/);

      // The stage: the cover, the title and the authority to file follow it.
      if (court.stage === 'rehearing') {
        expect(text(parts.cover)).toContain('On Petition for Rehearing En Banc');
        expect(text(parts.authority)).not.toContain('consented');
        expect(text(parts.authority)).toContain('leave of Court');
        expect(text(parts.authority)).toContain('Fed. R. App. P. 29(b)(2)');
      } else {
        expect(text(parts.cover)).toContain('IN SUPPORT OF PETITIONER AND REVERSAL');
        expect(text(parts.authority)).toBe(
          'All parties have consented to the filing of this brief.',
        );
      }

      // Each amicus discloses for itself (FRAP 26.1, 29(a)(4)(A)).
      for (const amicus of AMICI.slice(0, amici))
        expect(text(parts.disclosure)).toContain(amicus.name);
      // The certificate names the rules that govern this brief's length and type.
      const limit =
        court.stage === 'rehearing' ? 'Fed. R. App. P. 29(b)(4)' : 'Fed. R. App. P. 29(a)(5)';
      expect(text(parts.compliance)).toContain(`type-volume limit of ${limit}`);
      if (court.id.startsWith('ca7'))
        expect(text(parts.compliance)).toContain('Circuit Rule 32(b)');
      // One sentence of service.
      expect(parts.service.paragraphs[0]?.text.match(/\. /g) ?? []).toHaveLength(0);
    },
  );
});

describe('the cover (FRAP 32(a)(2), 29(a)(4))', () => {
  it('states the posture: en banc on the merits; the petition at rehearing', () => {
    const merits = generatedParts(
      metadata(1, 1, { enBanc: true }),
      rulesFor('ca7-merits'),
      0,
      true,
    );
    expect(text(merits.cover)).toContain(
      'On Petition for Review of an Order of the Board of Immigration Appeals\nOn Rehearing En Banc',
    );
    const rehearing = generatedParts(
      metadata(3, 2, { supports: 'grant' }),
      rulesFor('ca2-rehearing'),
      0,
      true,
    );
    expect(text(rehearing.cover)).toContain(
      'BRIEF OF AMICI CURIAE NATIONAL IMMIGRANT JUSTICE CENTER, TAHIRIH JUSTICE CENTER, AND HUMAN RIGHTS FIRST IN SUPPORT OF PETITIONER’S PETITION FOR REHEARING EN BANC',
    );
  });

  it('marks counsel of record when there are several counsel', () => {
    const parts = generatedParts(metadata(1, 2), rulesFor('ca7-merits'), 0, true);
    expect(text(parts.cover)).toContain('Mary Meg McCarthy*');
    expect(text(parts.cover)).toContain('*Counsel of Record');
  });
});

describe('disclosure statements (FRAP 26.1)', () => {
  it('say what each amicus’s parent and public stockholders are', () => {
    const parts = generatedParts(metadata(3, 1), rulesFor('ca2-merits'), 0, true);
    expect(parts.disclosure?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'National Immigrant Justice Center’s parent corporation is Heartland Alliance for Human Needs & Human Rights, and no publicly held corporation owns 10% or more of its stock.',
      'Tahirih Justice Center has no parent corporation, and no publicly held corporation owns 10% or more of its stock.',
      'Human Rights First has no parent corporation, and the publicly held corporation Example Holdings, Inc. owns 10% or more of its stock.',
    ]);
  });

  it('are not asked of a governmental amicus, nor is the authorship statement (29(a)(4)(E))', () => {
    const parts = generatedParts(
      metadata(1, 1, { authority: 'government', amici: [{ name: 'State of Illinois' }] }),
      rulesFor('ca7-merits'),
      0,
      true,
    );
    expect(parts.disclosure).toBeNull();
    expect(parts.rule29).toBeNull();
    expect(text(parts.authority)).toBe(
      'Amicus may file this brief without the consent of the parties or leave of Court under Fed. R. App. P. 29(a)(2).',
    );
  });
});

describe('the authority to file (FRAP 29(a)(2), 29(b)(2))', () => {
  it('never states consent where the rule requires leave', () => {
    const rules = rulesFor('frap-rehearing');
    const consenting = metadata(1, 1, { authority: 'consent' });
    expect(text(generatedParts(consenting, rules, 0, true).authority)).toBe(
      'Amicus has moved for leave of Court to file this brief under Fed. R. App. P. 29(b)(2).',
    );
    expect(ruleProblems(rules, consenting, 0).map((problem) => problem.subject)).toContain(
      'filing',
    );
  });
});

describe('a governmental amicus at rehearing (FRAP 29(b)(2))', () => {
  const rehearing = COURT_PROFILES.filter((court) => court.stage === 'rehearing');

  it('has a rehearing profile for every court to test', () => {
    expect(rehearing.map((court) => court.id).sort()).toEqual([
      'ca2-rehearing',
      'ca7-rehearing',
      'frap-rehearing',
    ]);
  });

  it.each(rehearing.map((court) => ({ id: court.id })))(
    '$id: the authority to file cites FRAP 29(b)(2), not 29(a)(2)',
    ({ id }) => {
      const state = metadata(1, 1, {
        authority: 'government',
        amici: [{ name: 'State of Illinois' }],
      });
      const authority = text(generatedParts(state, rulesFor(id, '2026-12-14'), 0, true).authority);
      expect(authority).toBe(
        'Amicus may file this brief without the consent of the parties or leave of Court under Fed. R. App. P. 29(b)(2).',
      );
      expect(authority).not.toContain('29(a)');
    },
  );
});

describe('statements of identity and interest (FRAP 29(a)(4)(D))', () => {
  const INTERESTS = [
    'The National Immigrant Justice Center represents asylum seekers in the Midwest.\n\nIt has appeared as amicus in this Court.',
    'The Tahirih Justice Center protects immigrant women and girls fleeing violence.',
    'Human Rights First works to ensure that the United States honors refugee law.',
  ];
  const withInterests = (count: number) =>
    metadata(count, 1, {
      amici: AMICI.slice(0, count).map((amicus, i) => ({ ...amicus, interest: INTERESTS[i] })),
    });

  it.each([2, 3])('prints each of %i amici’s own statement once, in their order', (count) => {
    const parts = generatedParts(withInterests(count), rulesFor('ca7-merits'), 0, false);
    expect(parts.interest?.title).toBe('Interest of Amici Curiae');
    expect(parts.interest?.paragraphs.map((paragraph) => paragraph.text)).toEqual(
      INTERESTS.slice(0, count).flatMap((statement) => statement.split('\n\n')),
    );
  });
});

describe('the signature block', () => {
  it('prints each signing counsel’s email and bar admission under the /s/ line', () => {
    const counsel = [
      { ...COUNSEL[0]!, barMembership: 'Member of the bar of this Court' },
      {
        ...COUNSEL[1]!,
        email: 'kzwick@volunteer.example',
        barMembership: 'Admitted in Illinois; application for admission pending',
      },
    ];
    const parts = generatedParts(metadata(1, 2, { counsel }), rulesFor('ca7-merits'), 0, true);
    const lines = text(parts.signature).split('\n');
    // Each counsel's block: from its /s/ line to the next one (or the end).
    const starts = counsel.map((one) => lines.indexOf(`/s/ ${one.name}`));
    expect(starts[0]).toBeGreaterThan(0);
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    const blocks = [lines.slice(starts[0], starts[1]), lines.slice(starts[1])];
    counsel.forEach((one, i) => {
      expect(blocks[i]).toContain(one.email);
      expect(blocks[i]).toContain(one.barMembership);
    });
  });
});

describe('the rules in force on the filing date', () => {
  it('follow FRAP 29’s versions: Rule 29(c)(5) in 2012, Rule 29(a)(4)(E) since December 1, 2016', () => {
    const in2012 = generatedParts(metadata(1, 1), rulesFor('frap-merits', '2012-06-01'), 0, true);
    expect(in2012.rule29?.title).toBe('Rule 29(c)(5) Statement');
    expect(text(in2012.compliance)).toContain('type-volume limit of Fed. R. App. P. 29(d)');
    expect(rulesFor('frap-merits', '2012-06-01').profile.wordLimit).toBe(7000);
    const now = generatedParts(metadata(1, 1), rulesFor('frap-merits', ''), 0, true);
    expect(now.rule29?.title).toBe('Rule 29(a)(4)(E) Statement');
    expect(rulesFor('frap-merits').profile.wordLimit).toBe(6500);
  });

  it('apply today’s rules when no filing date is set, and never a withdrawn amendment', () => {
    const rules = rulesFor('ca7-merits', '');
    expect(rules.date).toBe(TODAY);
    expect(rules.version.effective).toBe('2016-12-01');
    expect(profile('ca7-merits').amicusRule.proposals[0]?.status).toBe('withdrawn');
  });

  it('ask the statement’s questions of the version in force', () => {
    const parts = generatedParts(
      metadata(1, 1, { rule29: { partyCounselAuthored: null, partyOrCounselFunded: false } }),
      rulesFor('ca7-merits'),
      0,
      true,
    );
    expect(parts.rule29?.paragraphs[0]).toMatchObject({ flag: true });
    expect(text(parts.rule29)).toContain(
      '[Did a party’s counsel author the brief in whole or in part?',
    );
  });
});

describe('the certificate of compliance (FRAP 32(g))', () => {
  it('names the circuit rule that allows a 12-point body', () => {
    const parts = generatedParts(metadata(1, 1), rulesFor('ca7-merits'), 1000, true);
    expect(text(parts.compliance)).toContain(
      'This brief complies with the typeface requirements of Fed. R. App. P. 32(a)(5) and Circuit Rule 32(b) and the type-style requirements of Fed. R. App. P. 32(a)(6) because it has been prepared in a proportionally spaced typeface, 12-point Century Schoolbook, with 11-point footnotes.',
    );
  });

  it('never certifies a rule the brief breaks: 10-point Comic Sans (regression)', () => {
    const rules = rulesFor('frap-merits', '', { bodyPointSize: 10, typeface: 'Comic Sans MS' });
    const parts = generatedParts(metadata(1, 1), rules, 1000, true);
    expect(text(parts.compliance)).not.toContain('Comic Sans MS because');
    expect(text(parts.compliance)).toContain('[Not certified: Body type of 10 points');
    expect(text(parts.compliance)).toContain('Comic Sans MS is a face without serifs');
    expect(parts.compliance.paragraphs.filter((paragraph) => paragraph.flag)).toHaveLength(2);
  });

  it('certifies a longer limit only under the order or leave the attorney names', () => {
    const unnamed = rulesFor('ca7-merits', '', { wordLimit: 9000 });
    expect(text(generatedParts(metadata(1, 1), unnamed, 8000, true).compliance)).toContain(
      '[Not certified: The limit of 9,000 words set for this brief is above the 7,000',
    );
    const named = rulesFor('ca7-merits', '', {
      wordLimit: 9000,
      wordLimitAuthority: 'the Court’s order of October 1, 2012',
    });
    expect(text(generatedParts(metadata(1, 1), named, 8000, true).compliance)).toContain(
      'This brief complies with the type-volume limit set by the Court’s order of October 1, 2012 because',
    );
  });

  it('says a brief over its limit is over it, with the count', () => {
    const parts = generatedParts(metadata(1, 1), rulesFor('frap-rehearing'), 2700, true);
    expect(text(parts.compliance)).toMatch(
      /\[Not certified: 2,7\d\d words: \d+ more than the 2,600/,
    );
  });
});

describe('the certificate of service (FRAP 25(d))', () => {
  it('is one sentence, whether everyone is on CM/ECF or some are served another way (regression)', () => {
    expect(text(generatedParts(metadata(1, 1), rulesFor('ca7-merits'), 0, true).service)).toMatch(
      /^I certify that on December 14, 2026, I electronically filed the foregoing brief with the Clerk of the Court for the United States Court of Appeals for the Seventh Circuit by using the appellate CM\/ECF system, and that all participants in the case are registered CM\/ECF users who will be served by that system\.\n/,
    );
    const others = metadata(1, 1, {
      serviceList:
        'Jane Roe, 1 Main Street, Chicago, IL 60601.\nJohn Doe, 2 Elm Street, Gary, IN 46402',
    });
    expect(text(generatedParts(others, rulesFor('ca7-merits'), 0, true).service)).toContain(
      'which will serve the participants who are registered CM/ECF users, and that on the same date I served the following participants, who are not, by first-class mail: Jane Roe, 1 Main Street, Chicago, IL 60601; John Doe, 2 Elm Street, Gary, IN 46402.',
    );
  });
});

describe('the filing’s count', () => {
  it('adds the statements the filing places in the body to the written body', () => {
    const parts = generatedParts(
      metadata(1, 1, { amici: [{ name: 'NIJC', interest: 'NIJC represents asylum seekers.' }] }),
      rulesFor('ca7-merits'),
      100,
      false,
    );
    // The interest heading (4) and text (4), the authority (8), the statement's heading (3) and text.
    expect(parts.words).toBeGreaterThan(100 + 4 + 4 + 8 + 3);
    expect(parts.interest?.title).toBe('Interest of Amicus Curiae');
  });
});

describe('missing details', () => {
  it('name what a filing still lacks, the cover’s telephone and address among them', () => {
    const rules = rulesFor('frap-merits');
    expect(missingDetails(BriefMetadata.parse({}), rules)).toEqual([
      'docket number',
      'court',
      'caption',
      'amicus name',
      'party supported',
      'Rule 29(a)(4)(E) answers',
      'counsel',
    ]);
    const lacking = metadata(1, 1, { counsel: [{ name: 'A. Lawyer', ofRecord: true }] });
    expect(missingDetails(lacking, rules)).toEqual([
      'office address of A. Lawyer',
      'telephone of A. Lawyer',
    ]);
    expect(missingDetails(metadata(1, 1), rules)).toEqual([]);
  });
});
