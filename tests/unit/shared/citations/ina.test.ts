import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  STANDALONE,
  type ActCitations,
  type CitationForm,
  type CitationStyle,
} from '../../../../src/shared/citations/format';
import {
  actNumbering,
  actSectionOf,
  bothNumberings,
  codeSectionOf,
} from '../../../../src/shared/citations/ina';
import {
  INA_CITATION_FORMS,
  INA_CODE_CROSS_CHECK,
  INA_CODE_LATER_SECTIONS,
  INA_CODE_ROWS,
  INA_CODE_SOURCE,
} from '../../../../src/shared/citations/ina-code.generated';
import { runsToText } from '../../../../src/shared/citations/runs';
import { AuthorityFields, type AuthorityFieldsInput } from '../../../../src/shared/library';

const INA_208: AuthorityFieldsInput = { kind: 'statute', code: 'INA', section: '208' };
const USC_1158: AuthorityFieldsInput = {
  kind: 'statute',
  title: '8',
  code: 'U.S.C.',
  section: '1158',
};

const text = (
  authority: AuthorityFieldsInput,
  {
    form = 'full',
    style = 'bluebook',
    act = { parallel: 'act-cited', shortForm: 'as-cited' },
    pin = '(b)(1)(B)(i)',
    signal,
    sentenceStart = true,
  }: {
    form?: CitationForm;
    style?: CitationStyle;
    act?: ActCitations;
    pin?: string;
    signal?: string;
    sentenceStart?: boolean;
  } = {},
) =>
  runsToText(
    formatCitation(
      AuthorityFields.parse(authority),
      { pin, ...(signal && { signal }) },
      { ...STANDALONE, form, sentenceStart },
      style,
      act,
    ),
  ).replace(/\u00a0/g, ' ');

describe('the INA ↔ 8 U.S.C. table, generated from the OLRC’s source credits', () => {
  it('says where it comes from and what it was checked against', () => {
    expect(INA_CODE_SOURCE.publisher).toMatch(/Law Revision Counsel/);
    expect(INA_CODE_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(INA_CODE_SOURCE.currentThrough).toBe('01/15/2013');
    expect(INA_CODE_CROSS_CHECK.repository).toBe('github.com/raindrum/citeurl');
    expect(INA_CODE_CROSS_CHECK.licence).toMatch(/^MIT/);
  });

  // The text is the OLRC's of January 2013: a section of titles I–III added since would be missing.
  // None was found (the OLRC's current chapter 16 holds the 2025 fees of Pub. L. 119-21 as
  // freestanding law, 8 U.S.C. §§ 1801–1815, not as sections of the Act); the notice says so.
  it('says whether the Act gained a section since the text’s date, and what was searched', () => {
    expect(INA_CODE_LATER_SECTIONS.found).toEqual([]);
    expect(INA_CODE_LATER_SECTIONS.searched.join(' ')).toMatch(/Pub\. L\. 119-21.*§§ 1801–1815/);
    expect(INA_CODE_LATER_SECTIONS.conclusion).toMatch(/not proof/);
    // Sections the 2025 law amended are in the table already.
    for (const act of ['208', '217', '244', '286']) expect(codeSectionOf(act)).toBeDefined();
  });

  it('holds every section of titles I–III the Code sets out, one row each', () => {
    const byTitle = (title: string) => INA_CODE_ROWS.filter((row) => row[2] === title).length;
    expect(INA_CODE_ROWS).toHaveLength(168);
    expect([byTitle('I'), byTitle('II'), byTitle('III')]).toEqual([6, 93, 53]);
    const sections = INA_CODE_ROWS.map((row) => row[0]);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it.each([
    ['101', '1101'],
    ['208', '1158'],
    ['212', '1182'],
    ['240', '1229a'],
    ['240A', '1229b'],
    ['241', '1231'],
    ['242', '1252'],
    ['244', '1254a'],
    ['329A', '1440-1'],
  ])('INA § %s is 8 U.S.C. § %s, both ways', (act, code) => {
    expect(codeSectionOf(act)).toBe(code);
    expect(actSectionOf(code)).toBe(act);
  });

  it('keeps subsections and reads a section letter in either case', () => {
    expect(codeSectionOf('208(b)(1)(B)(i)')).toBe('1158(b)(1)(B)(i)');
    expect(codeSectionOf('240a(b)(1)')).toBe('1229b(b)(1)');
    expect(actSectionOf('1101(a)(42)(A)')).toBe('101(a)(42)(A)');
  });

  // citeurl maps INA §§ 404–407 to 8 U.S.C. § 1101 itself; the OLRC sets them out as notes to it.
  it('puts sections set out as notes under their section as "note", never as the section', () => {
    for (const act of ['404', '405', '406', '407']) expect(codeSectionOf(act)).toBe('1101 note');
    expect(actSectionOf('1101')).toBe('101');
    // Five sections share the note: it leads back to none of them.
    expect(actSectionOf('1101 note')).toBeUndefined();
    const notes = INA_CODE_CROSS_CHECK.disagreements.filter((row) => row.citeurl === '1101');
    expect(notes.map((row) => row.ina)).toEqual(['404', '405', '406', '407']);
  });

  it('gives no Code section for a section repealed or transferred (citeurl keeps old ones)', () => {
    expect(codeSectionOf('242B')).toBeUndefined();
    expect(codeSectionOf('210A')).toBeUndefined();
    expect(INA_CODE_CROSS_CHECK.disagreements.map((row) => row.ina)).toEqual(
      expect.arrayContaining(['242a', '242b', '210a', '295']),
    );
    expect(INA_CODE_CROSS_CHECK.agreed).toBe(163);
  });

  it('knows an authority as the Act or as Title 8, and nothing else', () => {
    expect(actNumbering({ title: '', code: 'INA' })).toBe('act');
    expect(actNumbering({ title: '', code: 'Immigration and Nationality Act' })).toBe('act');
    expect(actNumbering({ title: '8', code: 'U.S.C.' })).toBe('code');
    expect(actNumbering({ title: '42', code: 'U.S.C.' })).toBeNull();
    expect(bothNumberings({ title: '8', code: 'U.S.C.', section: '1365a' })).toBeNull();
  });
});

describe('a section of the Act in the brief’s style', () => {
  // Bluebook Rule 12 and Bluepages B12 (name and original section, then the code): their text is
  // not in the stored public sources, and INA_CITATION_FORMS.bluebook says what was searched.
  it('Bluebook: "INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)"', () => {
    expect(INA_CITATION_FORMS.bluebook).toMatch(/not in the stored public sources/);
    expect(text(INA_208)).toBe('INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)');
    expect(text(INA_208, { style: 'federal' })).toBe(
      'INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)',
    );
  });

  // The Board's own form: "section 208(b)(2)(A)(vi) of the Immigration and Nationality Act,
  // 8 U.S.C. § 1158(b)(2)(A)(vi)" (Matter of A-G-G-, 25 I&N Dec. 486 (BIA 2011), headnote (1)),
  // "of the Act" once the Act is named; EOIR's Shared Appendix I – Citations (a) follows the
  // Bluebook less formally than the Board's published cases.
  it('EOIR: "section 208(b)(1)(B)(i) of the Act, 8 U.S.C. § 1158(b)(1)(B)(i)"', () => {
    expect(INA_CITATION_FORMS.eoir).toMatch(/A-G-G-, 25 I&N Dec\. 486.*Shared Appendix I/);
    expect(text(INA_208, { style: 'eoir', signal: 'See' })).toBe(
      'See section 208(b)(1)(B)(i) of the Act, 8 U.S.C. § 1158(b)(1)(B)(i)',
    );
    expect(text(INA_208, { style: 'eoir' })).toMatch(/^Section 208/);
    expect(text(INA_208, { style: 'eoir', sentenceStart: false })).toMatch(/^section 208/);
  });

  it('gives a section cited by the Code its Act section only when the brief asks', () => {
    expect(text(USC_1158)).toBe('8 U.S.C. § 1158(b)(1)(B)(i)');
    expect(text(USC_1158, { act: { parallel: 'all', shortForm: 'as-cited' } })).toBe(
      'INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)',
    );
    expect(text(USC_1158, { style: 'eoir', act: { parallel: 'all', shortForm: 'as-cited' } })).toBe(
      'Section 208(b)(1)(B)(i) of the Act, 8 U.S.C. § 1158(b)(1)(B)(i)',
    );
  });

  it('cites the Act alone when the brief turns the parallel off', () => {
    expect(text(INA_208, { act: { parallel: 'none', shortForm: 'as-cited' } })).toBe(
      'INA § 208(b)(1)(B)(i)',
    );
  });

  it('writes later citations in the numbering the brief chose', () => {
    const short = (shortForm: ActCitations['shortForm'], authority = INA_208) =>
      text(authority, { form: 'short', pin: '(a)', act: { parallel: 'act-cited', shortForm } });
    expect(short('as-cited')).toBe('INA § 208(a)');
    expect(short('code')).toBe('8 U.S.C. § 1158(a)');
    expect(short('act', USC_1158)).toBe('INA § 208(a)');
    expect(short('as-cited', USC_1158)).toBe('8 U.S.C. § 1158(a)');
    expect(
      text(INA_208, { form: 'id', pin: '(a)', act: { parallel: 'act-cited', shortForm: 'code' } }),
    ).toBe('Id. § 1158(a)');
  });

  it('keeps the edition year after the Code cite, and the section from the record', () => {
    expect(
      text(
        { ...USC_1158, section: '1158(b)', year: 2018 },
        { pin: '(1)', act: { parallel: 'all', shortForm: 'as-cited' } },
      ),
    ).toBe('INA § 208(b)(1), 8 U.S.C. § 1158(b)(1) (2018)');
  });

  it('leaves a section the table does not know as cited', () => {
    expect(text({ kind: 'statute', code: 'INA', section: '999' }, { pin: '' })).toBe('INA § 999');
  });
});
