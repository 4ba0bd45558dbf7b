import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  isGovernmentParty,
  shortCaseName,
  type CitationForm,
} from '../../../../src/shared/citations/format';
import { runsToText } from '../../../../src/shared/citations/runs';
import { AuthorityFields, type AuthorityFieldsInput } from '../../../../src/shared/library';
import { ACOSTA, ANKER, CARDOZA, CECE, statute } from '../../../fixtures/authorities';

const full = (fields: AuthorityFieldsInput, use = {}) =>
  formatCitation(AuthorityFields.parse(fields), use);
const STATUTE_1158 = statute('1158');
const text = (
  a: AuthorityFields,
  form: CitationForm,
  use = {},
  style: 'bluebook' | 'eoir' = 'bluebook',
) => runsToText(formatCitation(a, use, form, style));

describe('formatCitation', () => {
  it('formats a Supreme Court case without a court in the date parenthetical', () => {
    const runs = full(CARDOZA, { pin: '440', signal: 'See' });
    expect(runsToText(runs)).toBe('See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987)');
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual([
      'See',
      'INS v. Cardoza-Fonseca',
    ]);
  });

  it('formats a circuit case with court, weight and an explanatory parenthetical in order', () => {
    const runs = full(
      { ...CECE, parenthetical: '(en banc)' },
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
    expect(runsToText(full(ACOSTA, { pin: '233' }))).toBe(
      'Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985)',
    );
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
      // The comma goes inside the title's closing quotation mark, as American usage puts it.
      'Fatma E. Marouf, The Emerging Importance of “Social Visibility,” 27 Yale L. & Pol’y Rev. 47, 60 (2008)',
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

describe('short forms', () => {
  it('never name the government party', () => {
    expect(text(CARDOZA, 'short', { pin: '440' })).toBe('Cardoza-Fonseca, 480 U.S. at 440');
    expect(text(CECE, 'short', { pin: '673' })).toBe('Cece, 733 F.3d at 673');
    expect(shortCaseName({ name: 'Holder v. Martinez Gutierrez', shortName: '' })).toBe(
      'Martinez Gutierrez',
    );
    expect(
      shortCaseName({
        name: 'Valdiviezo-Galdamez v. Att’y Gen. of the United States',
        shortName: '',
      }),
    ).toBe('Valdiviezo-Galdamez');
    for (const party of [
      'INS',
      'Holder',
      'Garland',
      'United States',
      'Attorney General',
      'U.S. Dep’t of Homeland Security',
    ]) {
      expect(isGovernmentParty(party), party).toBe(true);
    }
    expect(isGovernmentParty('Gatimi')).toBe(false);
  });

  it('use the stored short name when there is one', () => {
    expect(text({ ...CARDOZA, shortName: 'Fonseca' }, 'short', { pin: '440' })).toBe(
      'Fonseca, 480 U.S. at 440',
    );
  });

  it('drop "Matter of" for agency decisions and keep the weight parenthetical to the full form', () => {
    expect(text(ACOSTA, 'short', { pin: '233' })).toBe('Acosta, 19 I. & N. Dec. at 233');
    expect(text(CECE, 'full', { pin: '667' })).toBe(
      'Cece v. Holder, 733 F.3d 662, 667 (7th Cir. 2013) (en banc)',
    );
    expect(text(CECE, 'short', { pin: '667', parenthetical: 'noting X' })).toBe(
      'Cece, 733 F.3d at 667 (noting X)',
    );
  });

  it('cite statutes in full again without the edition year, and secondary sources supra', () => {
    expect(text({ ...STATUTE_1158, year: 2012 }, 'short', { pin: '(b)(1)' })).toBe(
      '8 U.S.C. §\u00a01158(b)(1)',
    );
    expect(text(ANKER, 'short', { pin: '§ 5:39' })).toBe('Anker, supra, at § 5:39');
    expect(formatCitation(ANKER, {}, 'short').find((run) => run.italic)?.text).toBe('supra');
  });
});

describe('Id.', () => {
  it('takes a pin as "at" for cases and as a section for statutes, and lower case after a signal', () => {
    expect(text(CARDOZA, 'id', { pin: '441' })).toBe('Id. at 441');
    expect(text(CARDOZA, 'id')).toBe('Id.');
    expect(text(CARDOZA, 'id', { signal: 'See', pin: '441' })).toBe('See id. at 441');
    expect(text(STATUTE_1158, 'id', { pin: '(b)(1)(B)(i)' })).toBe('Id. §\u00a01158(b)(1)(B)(i)');
    expect(formatCitation(CARDOZA, {}, 'id')).toEqual([{ text: 'Id.', italic: true }]);
  });
});

describe('EOIR style', () => {
  it('writes the BIA reporter as I&N Dec.', () => {
    expect(text(ACOSTA, 'full', { pin: '233' }, 'eoir')).toBe(
      'Matter of Acosta, 19 I&N Dec. 211, 233 (BIA 1985)',
    );
    expect(text(ACOSTA, 'short', { pin: '233' }, 'eoir')).toBe('Acosta, 19 I&N Dec. at 233');
    expect(text(CECE, 'full', {}, 'eoir')).toBe(
      'Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)',
    );
  });
});
