import { describe, expect, it } from 'vitest';
import {
  citationCaseName,
  isGovernmentParty,
  shortCaseName,
} from '../../../../src/shared/citations/case-names';
import {
  citationDate,
  formatCitation,
  periodIsItalic,
  STANDALONE,
  type CitationForm,
  type CitationPlacement,
  type CitationStyle,
} from '../../../../src/shared/citations/format';
import { runsToText } from '../../../../src/shared/citations/runs';
import { CITATION_STYLE_RULES } from '../../../../src/shared/citations/styles';
import { AuthorityFields, type AuthorityFieldsInput } from '../../../../src/shared/library';
import { ACOSTA, ANKER, CARDOZA, CECE, statute } from '../../../fixtures/authorities';

/** What a reader sees; no-break spaces read as spaces here and are tested on their own. */
const plain = (value: string) => value.replace(/\u00a0/g, ' ');
const at = (form: CitationForm, extra: Partial<CitationPlacement> = {}): CitationPlacement => ({
  ...STANDALONE,
  form,
  ...extra,
});
const text = (
  authority: AuthorityFieldsInput,
  form: CitationForm = 'full',
  use = {},
  style: CitationStyle = 'federal',
  placement: Partial<CitationPlacement> = {},
) =>
  plain(
    runsToText(formatCitation(AuthorityFields.parse(authority), use, at(form, placement), style)),
  );
const italics = (authority: AuthorityFieldsInput, use = {}, style: CitationStyle = 'federal') =>
  formatCitation(AuthorityFields.parse(authority), use, STANDALONE, style)
    .filter((run) => run.italic)
    .map((run) => plain(run.text));
const STATUTE_1158 = statute('1158');
const BLUEBOOK = CITATION_STYLE_RULES.bluebook;

describe('full citations', () => {
  it('formats a Supreme Court case without a court in the date parenthetical', () => {
    expect(text(CARDOZA, 'full', { pin: '440', signal: 'See' })).toBe(
      'See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987)',
    );
    expect(italics(CARDOZA, { signal: 'See' })).toEqual(['See', 'INS v. Cardoza-Fonseca']);
  });

  it('orders the weight of authority before an explanatory parenthetical (Rule 1.5(b))', () => {
    expect(
      text({ ...CECE, parenthetical: '(en banc)' }, 'full', {
        pin: '673',
        parenthetical:
          'holding that young Albanian women who live alone may form a particular social group',
      }),
    ).toBe(
      'Cece v. Holder, 733 F.3d 662, 673 (7th Cir. 2013) (en banc) (holding that young Albanian women who live alone may form a particular social group)',
    );
  });

  it('formats statutes and regulations, with the pin as a subsection', () => {
    expect(text(STATUTE_1158, 'full', { pin: '(b)(1)(B)(i)' })).toBe('8 U.S.C. § 1158(b)(1)(B)(i)');
    expect(
      text({
        kind: 'regulation',
        title: '8',
        code: 'C.F.R.',
        section: '1208.13(b)(1)',
        year: 2024,
      }),
    ).toBe('8 C.F.R. § 1208.13(b)(1) (2024)');
    expect(text({ kind: 'statute', code: 'INA', section: '101(a)(42)(A)' })).toBe(
      'INA § 101(a)(42)(A), 8 U.S.C. § 1101(a)(42)(A)',
    );
  });

  it('cites court rules without a section sign or a date (Bluebook Rule 12.9.3)', () => {
    expect(
      text({ kind: 'statute', code: 'Fed. R. App. P.', section: '29', year: 2024 }, 'full', {
        pin: '(a)(5)',
      }),
    ).toBe('Fed. R. App. P. 29(a)(5)');
  });

  it('formats secondary sources: articles and books', () => {
    expect(
      text(
        {
          kind: 'secondary',
          name: 'Fatma E. Marouf',
          title: 'The Emerging Importance of “Social Visibility”',
          volume: '27',
          reporter: 'Yale L. & Pol’y Rev.',
          firstPage: '47',
          year: 2008,
        },
        'full',
        { pin: '60' },
      ),
    ).toBe(
      // The comma goes inside the title's closing quotation mark, as American usage puts it.
      'Fatma E. Marouf, The Emerging Importance of “Social Visibility,” 27 Yale L. & Pol’y Rev. 47, 60 (2008)',
    );
    expect(text(ANKER, 'full', { pin: '§ 5:39' })).toBe(
      'Deborah E. Anker, Law of Asylum in the United States § 5:39 (2022)',
    );
  });

  it('leaves out what the library does not have rather than printing blanks', () => {
    expect(text({ kind: 'case', name: 'Doe v. Garland' })).toBe('Doe v. Garland');
  });

  it('prints subsequent history after the parentheticals, its phrase and case in italics (Bluebook Rule 10.7, T8)', () => {
    const acosta = {
      ...ACOSTA,
      history:
        'overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
    };
    expect(text(acosta, 'full', { pin: '233' })).toBe(
      'Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
    );
    expect(italics(acosta)).toEqual([
      'Matter of Acosta',
      'overruled in part on other grounds by',
      'Matter of Mogharrabi',
    ]);
    expect(italics({ ...CECE, history: "aff'd, 1 U.S. 1 (2014)" })).toEqual([
      'Cece v. Holder',
      "aff'd",
    ]);
    // Short forms and Id. leave the history to the full citation.
    expect(text(acosta, 'short', { pin: '233' })).toBe('Acosta, 19 I. & N. Dec. at 233');
  });
});

describe('citation styles, as data', () => {
  it('Bluebook: "In re" for "Matter of" (Rule 10.2.1(b)) and B.I.A. for the Board (T7)', () => {
    expect(text(ACOSTA, 'full', { pin: '233' }, 'bluebook')).toBe(
      'In re Acosta, 19 I. & N. Dec. 211, 233 (B.I.A. 1985)',
    );
    expect(text({ ...ACOSTA, name: 'In re Acosta', court: 'B.I.A.' }, 'full', {}, 'federal')).toBe(
      'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
    );
    expect(citationCaseName('In the Matter of Fairfax', false, BLUEBOOK)).toBe('In re Fairfax');
    expect(citationCaseName('In the Matter of Fairfax', false, CITATION_STYLE_RULES.federal)).toBe(
      'In the Matter of Fairfax',
    );
  });

  it('EOIR (Policy Manual, Shared Appendix I): Matter of, I&N Dec., BIA', () => {
    expect(text(ACOSTA, 'full', { pin: '233' }, 'eoir')).toBe(
      'Matter of Acosta, 19 I&N Dec. 211, 233 (BIA 1985)',
    );
    expect(text(ACOSTA, 'short', { pin: '233' }, 'eoir')).toBe('Acosta, 19 I&N Dec. at 233');
    expect(text(CECE, 'full', {}, 'eoir')).toBe(
      'Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)',
    );
  });

  it('name the source of every choice', () => {
    for (const rules of Object.values(CITATION_STYLE_RULES)) {
      for (const source of Object.values(rules.sources)) expect(source.length).toBeGreaterThan(10);
    }
  });
});

describe('case names in citations (Bluebook Rule 10.2.2 and T6)', () => {
  const name = (full: string, style: CitationStyle = 'bluebook') =>
    citationCaseName(full, false, CITATION_STYLE_RULES[style]);

  it('abbreviates T6 words from the full name the library keeps', () => {
    expect(name('Valdiviezo-Galdamez v. Attorney General of the United States')).toBe(
      'Valdiviezo-Galdamez v. Att’y Gen. of the U.S.',
    );
    expect(name('Department of Homeland Security v. Thuraissigiam')).toBe(
      'Dep’t of Homeland Sec. v. Thuraissigiam',
    );
    expect(name('National Association of Immigration Judges v. Owen')).toBe(
      'Nat’l Ass’n of Immigr. Judges v. Owen',
    );
    expect(name('Smith and Wesson v. Doe')).toBe('Smith & Wesson v. Doe');
  });

  it('forms plurals and possessives by T6’s rule, and keeps "Law" as a first word', () => {
    expect(name('Associations of Employees’ Unions v. Doe')).toBe('Ass’ns of Emps.’ Unions v. Doe');
    expect(name('Law Offices of Doe v. Roe')).toBe('Law Offs. of Doe v. Roe');
  });

  it('writes widely known initials and never abbreviates "United States" as a party', () => {
    expect(name('Immigration and Naturalization Service v. Cardoza-Fonseca')).toBe(
      'INS v. Cardoza-Fonseca',
    );
    expect(name('Immigration & Naturalization Service v. Doe')).toBe('INS v. Doe');
    expect(name('United States of America v. Smith')).toBe('United States v. Smith');
    expect(name('Smith v. United States')).toBe('Smith v. United States');
  });

  it('follows each style’s exceptions (EOIR writes "Dep’t of Justice" and "DHS")', () => {
    expect(name('U.S. Department of Justice v. Smith')).toBe('U.S. Dep’t of Just. v. Smith');
    expect(name('U.S. Department of Justice v. Smith', 'eoir')).toBe(
      'U.S. Dep’t of Justice v. Smith',
    );
    expect(name('Department of Homeland Security v. Smith', 'eoir')).toBe('DHS v. Smith');
  });

  it('keeps the full name in the library: only the citation is abbreviated', () => {
    const authority = AuthorityFields.parse({
      kind: 'case',
      name: 'Valdiviezo-Galdamez v. Attorney General of the United States',
      volume: '663',
      reporter: 'F.3d',
      firstPage: '582',
      court: '3d Cir.',
      year: 2011,
    });
    expect(plain(runsToText(formatCitation(authority, {}, STANDALONE, 'federal')))).toBe(
      'Valdiviezo-Galdamez v. Att’y Gen. of the U.S., 663 F.3d 582 (3d Cir. 2011)',
    );
    expect(authority.name).toBe('Valdiviezo-Galdamez v. Attorney General of the United States');
  });
});

describe('short forms (Bluebook Rule 10.9)', () => {
  const short = (name: string) => shortCaseName({ name, shortName: '' }, BLUEBOOK);

  it('take the first party that is not the government', () => {
    expect(short('INS v. Cardoza-Fonseca')).toBe('Cardoza-Fonseca');
    expect(short('Holder v. Martinez Gutierrez')).toBe('Martinez Gutierrez');
    expect(short('Gonzales v. Garland')).toBe('Gonzales');
    expect(short('Gonzales v. Thomas')).toBe('Thomas');
    expect(short('Wolf v. Colorado')).toBe('Wolf');
    expect(short('State v. Smith')).toBe('Smith');
    expect(short('Valdiviezo-Galdamez v. Attorney General of the United States')).toBe(
      'Valdiviezo-Galdamez',
    );
    expect(short('Matter of A-M-E- & J-G-U-')).toBe('A-M-E- & J-G-U-');
    for (const party of ['INS', 'Holder', 'United States', 'Attorney General', 'Texas']) {
      expect(isGovernmentParty(party), party).toBe(true);
    }
    expect(isGovernmentParty('Gatimi')).toBe(false);
  });

  it('cite the pin with "at", or the whole case by its first page', () => {
    expect(text(CARDOZA, 'short', { pin: '440' })).toBe('Cardoza-Fonseca, 480 U.S. at 440');
    expect(text(CECE, 'short', { pin: '667', parenthetical: 'noting X' })).toBe(
      'Cece, 733 F.3d at 667 (noting X)',
    );
    expect(text(CECE, 'short')).toBe('Cece, 733 F.3d 662');
  });

  it('use the stored short name when there is one', () => {
    expect(text({ ...CARDOZA, shortName: 'Fonseca' }, 'short', { pin: '440' })).toBe(
      'Fonseca, 480 U.S. at 440',
    );
  });

  it('cite statutes in full again without the edition year, and secondary sources supra', () => {
    expect(text({ ...STATUTE_1158, year: 2012 }, 'short', { pin: '(b)(1)' })).toBe(
      '8 U.S.C. § 1158(b)(1)',
    );
    expect(text(ANKER, 'short', { pin: '§ 5:39' })).toBe('Anker, supra, at § 5:39');
  });
});

describe('signals (Bluebook Rule 1.2, Bluepages B1.2)', () => {
  it('are capitalized only when they begin a citation sentence', () => {
    expect(text(CARDOZA, 'full', { signal: 'See', pin: '440' })).toMatch(/^See INS/);
    expect(
      text(CARDOZA, 'full', { signal: 'See also', pin: '440' }, 'federal', {
        sentenceStart: false,
      }),
    ).toMatch(/^see also INS/);
    expect(text(CARDOZA, 'full', { signal: 'but see' })).toMatch(/^But see INS/);
  });

  it('end "e.g." with a roman comma', () => {
    const runs = formatCitation(CARDOZA, { signal: 'See, e.g.,' });
    expect(runs.slice(0, 2)).toEqual([{ text: 'See, e.g.', italic: true }, { text: ', ' }]);
  });
});

describe('Id. (Bluebook Rule 4.1, Bluepages B10.2)', () => {
  it('takes a pin as "at" for cases and as a section for statutes', () => {
    expect(text(CARDOZA, 'id', { pin: '441' })).toBe('Id. at 441');
    expect(text(STATUTE_1158, 'id', { pin: '(b)(1)(B)(i)' })).toBe('Id. § 1158(b)(1)(B)(i)');
  });

  it('is lower case unless it begins a citation sentence, and after a signal', () => {
    expect(text(CARDOZA, 'id', { pin: '441' }, 'federal', { sentenceStart: false })).toBe(
      'id. at 441',
    );
    expect(text(CARDOZA, 'id', { signal: 'See', pin: '441' })).toBe('See id. at 441');
  });

  it('drops a pin that repeats the preceding citation’s', () => {
    expect(text(CARDOZA, 'id', { pin: '440' }, 'federal', { samePin: true })).toBe('Id.');
  });

  it('keeps its period italic, also when the sentence’s period stands for it', () => {
    expect(formatCitation(CARDOZA, {}, at('id'))).toEqual([{ text: 'Id.', italic: true }]);
    expect(periodIsItalic(CARDOZA, {}, at('id', { beforePeriod: true }), 'federal')).toBe(true);
    expect(periodIsItalic(CARDOZA, { pin: '4' }, at('id', { beforePeriod: true }), 'federal')).toBe(
      false,
    );
  });
});

describe('Federal Register, Westlaw and Lexis', () => {
  const RULE = {
    kind: 'regulation' as const,
    name: 'Asylum and Withholding Definitions',
    volume: '65',
    reporter: 'Fed. Reg.',
    firstPage: '76588',
    date: '2000-12-07',
  };

  it('Federal Register: commas in five-digit pages and the exact date (Rules 14.2, 6.2(a) and T12, 21st ed.)', () => {
    expect(text(RULE, 'full', { pin: '76593' })).toBe(
      'Asylum and Withholding Definitions, 65 Fed. Reg. 76,588, 76,593 (Dec. 7, 2000)',
    );
    expect(text(RULE, 'short', { pin: '76593' })).toBe('65 Fed. Reg. at 76,593');
    expect(text(RULE, 'id', { pin: '76593' })).toBe('Id. at 76,593');
    expect(citationDate('2000-09-29')).toBe('Sept. 29, 2000');
  });

  it('Westlaw: docket number, "at *3" and the exact date (Rule 10.8.1(a))', () => {
    const doe = {
      kind: 'case' as const,
      name: 'Doe v. Holder',
      docket: 'No. 09-1234',
      volume: '2010',
      reporter: 'WL',
      firstPage: '123456',
      court: '7th Cir.',
      year: 2010,
      date: '2010-01-05',
    };
    expect(text(doe, 'full', { pin: '2' })).toBe(
      'Doe v. Holder, No. 09-1234, 2010 WL 123456, at *2 (7th Cir. Jan. 5, 2010)',
    );
    expect(text(doe, 'short', { pin: '3-4' })).toBe('Doe, 2010 WL 123456, at *3–4');
    expect(text(doe, 'id', { pin: '5' })).toBe('Id. at *5');
  });

  it('Lexis: docket number, "at *3" and the exact date (Rule 10.8.1(a))', () => {
    const roe = {
      kind: 'case' as const,
      name: 'Roe v. Holder',
      docket: 'No. 10-2345',
      volume: '2011',
      reporter: 'U.S. App. LEXIS',
      firstPage: '4567',
      court: '7th Cir.',
      year: 2011,
      date: '2011-03-04',
    };
    expect(text(roe, 'full', { pin: '3' })).toBe(
      'Roe v. Holder, No. 10-2345, 2011 U.S. App. LEXIS 4567, at *3 (7th Cir. Mar. 4, 2011)',
    );
    expect(text(roe, 'short', { pin: '3-4' })).toBe('Roe, 2011 U.S. App. LEXIS 4567, at *3–4');
    expect(text(roe, 'id', { pin: '5' })).toBe('Id. at *5');
    // The database's name holds together like a reporter's (Rule 6.2(c)).
    expect(runsToText(formatCitation(AuthorityFields.parse(roe)))).toContain(
      '2011 U.S.\u00a0App.\u00a0LEXIS 4567',
    );
  });
});

describe('typography', () => {
  it('sets section ranges with §§ and an en dash, and subsection ranges with an en dash (Rules 3.2(a), 3.3(b))', () => {
    expect(text(statute('1101-1103'))).toBe('8 U.S.C. §§ 1101–1103');
    expect(text(statute('2000e-2', { title: '42' }))).toBe('42 U.S.C. § 2000e-2');
    expect(text(statute('1158'), 'full', { pin: '(b)(1)-(2)' })).toBe('8 U.S.C. § 1158(b)(1)–(2)');
  });

  it('sets page ranges with an en dash (Bluebook Rule 3.2(a))', () => {
    expect(text(CECE, 'full', { pin: '667-68' })).toBe(
      'Cece v. Holder, 733 F.3d 662, 667–68 (7th Cir. 2013) (en banc)',
    );
  });

  it('keeps ¶ on the line of its number as § is, in pins and sections (Bluebook Rules 3.3 and 6.2(c))', () => {
    const raw = (
      authority: AuthorityFieldsInput,
      form: CitationForm = 'full',
      use: { pin?: string } = {},
    ) => runsToText(formatCitation(AuthorityFields.parse(authority), use, at(form)));
    // Pins, with or without the space typed: one no-break space after the sign.
    expect(raw(CECE, 'full', { pin: '¶ 12' })).toContain('662, ¶\u00a012 (7th Cir. 2013)');
    expect(raw(CECE, 'full', { pin: '¶12' })).toContain('662, ¶\u00a012 (7th Cir. 2013)');
    expect(raw(CECE, 'id', { pin: '¶¶ 12-14' })).toBe('Id. at ¶¶\u00a012–14');
    expect(raw(ANKER, 'full', { pin: '§ 4.2' })).toContain('United States §\u00a04.2 (2022)');
    expect(raw(ANKER, 'full', { pin: '¶ 4' })).toContain('United States ¶\u00a04 (2022)');
    expect(raw(ANKER, 'short', { pin: '¶ 4' })).toBe('Anker, supra, at ¶\u00a04');
    // Sections, as before: the sign and its number hold together.
    expect(raw(statute('1101-1103'))).toBe('8\u00a0U.S.C.\u00a0§§\u00a01101–1103');
    expect(raw(statute('1158'), 'id', { pin: '(b)' })).toBe('Id. §\u00a01158(b)');
  });

  it('keeps reporters and code citations from breaking across lines (Rule 6.2(c))', () => {
    expect(runsToText(formatCitation(ACOSTA))).toContain('19 I.\u00a0&\u00a0N.\u00a0Dec. 211');
    expect(runsToText(formatCitation(statute('1101(a)(42)(A)')))).toBe(
      '8\u00a0U.S.C.\u00a0§\u00a01101(a)(42)(A)',
    );
  });
});
