import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../../src/shared/citations/format';
import { runsToText } from '../../../../src/shared/citations/runs';
import { AuthorityFields, type AuthorityFieldsInput } from '../../../../src/shared/library';

const full = (fields: AuthorityFieldsInput, use = {}) =>
  formatCitation(AuthorityFields.parse(fields), use);

describe('formatCitation', () => {
  it('formats a Supreme Court case without a court in the date parenthetical', () => {
    const runs = full(
      {
        kind: 'case',
        name: 'INS v. Cardoza-Fonseca',
        volume: '480',
        reporter: 'U.S.',
        firstPage: '421',
        year: 1987,
      },
      { pin: '440', signal: 'See' },
    );
    expect(runsToText(runs)).toBe('See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987)');
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual([
      'See',
      'INS v. Cardoza-Fonseca',
    ]);
  });

  it('formats a circuit case with court, weight and an explanatory parenthetical in order', () => {
    const runs = full(
      {
        kind: 'case',
        name: 'Cece v. Holder',
        volume: '733',
        reporter: 'F.3d',
        firstPage: '662',
        court: '7th Cir.',
        year: 2013,
        parenthetical: '(en banc)',
      },
      {
        pin: '673',
        parenthetical:
          'holding that young Albanian women who live alone may form a particular social group',
      },
    );
    expect(runsToText(runs)).toBe(
      'Cece v. Holder, 733 F.3d 662, 673 (7th Cir. 2013) (en banc) (holding that young Albanian women who live alone may form a particular social group)',
    );
  });

  it('formats BIA decisions', () => {
    expect(
      runsToText(
        full(
          {
            kind: 'agency',
            name: 'Matter of Acosta',
            volume: '19',
            reporter: 'I. & N. Dec.',
            firstPage: '211',
            court: 'BIA',
            year: 1985,
          },
          { pin: '233' },
        ),
      ),
    ).toBe('Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985)');
  });

  it('formats statutes and regulations, with the pin as a subsection', () => {
    expect(
      runsToText(
        full(
          { kind: 'statute', title: '8', code: 'U.S.C.', section: '1158' },
          { pin: '(b)(1)(B)(i)' },
        ),
      ),
    ).toBe('8 U.S.C. §\u00a01158(b)(1)(B)(i)');
    expect(
      runsToText(
        full({
          kind: 'regulation',
          title: '8',
          code: 'C.F.R.',
          section: '1208.13(b)(1)',
          year: 2024,
        }),
      ),
    ).toBe('8 C.F.R. §\u00a01208.13(b)(1) (2024)');
    expect(runsToText(full({ kind: 'statute', code: 'INA', section: '101(a)(42)(A)' }))).toBe(
      'INA §\u00a0101(a)(42)(A)',
    );
  });

  it('formats secondary sources: articles and books', () => {
    expect(
      runsToText(
        full(
          {
            kind: 'secondary',
            name: 'Fatma E. Marouf',
            title: 'The Emerging Importance of “Social Visibility”',
            volume: '27',
            reporter: 'Yale L. & Pol’y Rev.',
            firstPage: '47',
            year: 2008,
          },
          { pin: '60' },
        ),
      ),
    ).toBe(
      'Fatma E. Marouf, The Emerging Importance of “Social Visibility”, 27 Yale L. & Pol’y Rev. 47, 60 (2008)',
    );
    expect(
      runsToText(
        full(
          {
            kind: 'secondary',
            name: 'Deborah E. Anker',
            title: 'Law of Asylum in the United States',
            year: 2022,
          },
          { pin: '§ 5:39' },
        ),
      ),
    ).toBe('Deborah E. Anker, Law of Asylum in the United States § 5:39 (2022)');
  });

  it('leaves out what the library does not have rather than printing blanks', () => {
    expect(runsToText(full({ kind: 'case', name: 'Doe v. Garland' }))).toBe('Doe v. Garland');
  });
});
