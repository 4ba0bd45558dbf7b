import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  isGovernmentParty,
  shortCaseName,
  type CitationForm,
} from '../../../../src/shared/citations/format';
import { runsToText } from '../../../../src/shared/citations/runs';
import { AuthorityFields, type AuthorityFieldsInput } from '../../../../src/shared/library';

const authority = (fields: AuthorityFieldsInput) => AuthorityFields.parse(fields);
const cardoza = authority({
  kind: 'case',
  name: 'INS v. Cardoza-Fonseca',
  volume: '480',
  reporter: 'U.S.',
  firstPage: '421',
  year: 1987,
});
const cece = authority({
  kind: 'case',
  name: 'Cece v. Holder',
  volume: '733',
  reporter: 'F.3d',
  firstPage: '662',
  court: '7th Cir.',
  year: 2013,
  parenthetical: 'en banc',
});
const acosta = authority({
  kind: 'agency',
  name: 'Matter of Acosta',
  volume: '19',
  reporter: 'I. & N. Dec.',
  firstPage: '211',
  court: 'BIA',
  year: 1985,
});
const statute = authority({ kind: 'statute', title: '8', code: 'U.S.C.', section: '1158' });
const anker = authority({
  kind: 'secondary',
  name: 'Deborah E. Anker',
  title: 'Law of Asylum in the United States',
  year: 2022,
  shortName: 'Anker',
});
const text = (
  a: AuthorityFields,
  form: CitationForm,
  use = {},
  style: 'bluebook' | 'eoir' = 'bluebook',
) => runsToText(formatCitation(a, use, form, style));

describe('short forms', () => {
  it('never name the government party', () => {
    expect(text(cardoza, 'short', { pin: '440' })).toBe('Cardoza-Fonseca, 480 U.S. at 440');
    expect(text(cece, 'short', { pin: '673' })).toBe('Cece, 733 F.3d at 673');
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
    expect(text({ ...cardoza, shortName: 'Fonseca' }, 'short', { pin: '440' })).toBe(
      'Fonseca, 480 U.S. at 440',
    );
  });

  it('drop "Matter of" for agency decisions and keep the weight parenthetical to the full form', () => {
    expect(text(acosta, 'short', { pin: '233' })).toBe('Acosta, 19 I. & N. Dec. at 233');
    expect(text(cece, 'full', { pin: '667' })).toBe(
      'Cece v. Holder, 733 F.3d 662, 667 (7th Cir. 2013) (en banc)',
    );
    expect(text(cece, 'short', { pin: '667', parenthetical: 'noting X' })).toBe(
      'Cece, 733 F.3d at 667 (noting X)',
    );
  });

  it('cite statutes in full again without the edition year, and secondary sources supra', () => {
    expect(text({ ...statute, year: 2012 }, 'short', { pin: '(b)(1)' })).toBe(
      '8 U.S.C. §\u00a01158(b)(1)',
    );
    expect(text(anker, 'short', { pin: '§ 5:39' })).toBe('Anker, supra, at § 5:39');
    expect(formatCitation(anker, {}, 'short').find((run) => run.italic)?.text).toBe('supra');
  });
});

describe('Id.', () => {
  it('takes a pin as "at" for cases and as a section for statutes, and lower case after a signal', () => {
    expect(text(cardoza, 'id', { pin: '441' })).toBe('Id. at 441');
    expect(text(cardoza, 'id')).toBe('Id.');
    expect(text(cardoza, 'id', { signal: 'See', pin: '441' })).toBe('See id. at 441');
    expect(text(statute, 'id', { pin: '(b)(1)(B)(i)' })).toBe('Id. §\u00a01158(b)(1)(B)(i)');
    expect(formatCitation(cardoza, {}, 'id')).toEqual([{ text: 'Id.', italic: true }]);
  });
});

describe('EOIR style', () => {
  it('writes the BIA reporter as I&N Dec.', () => {
    expect(text(acosta, 'full', { pin: '233' }, 'eoir')).toBe(
      'Matter of Acosta, 19 I&N Dec. 211, 233 (BIA 1985)',
    );
    expect(text(acosta, 'short', { pin: '233' }, 'eoir')).toBe('Acosta, 19 I&N Dec. at 233');
    expect(text(cece, 'full', {}, 'eoir')).toBe(
      'Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)',
    );
  });
});
