/**
 * The citation styles a brief can choose, as data: each choice a style makes, and where it comes
 * from. The formatter reads these; it has no branch for a style of its own.
 */
export const CITATION_STYLES = ['bluebook', 'federal', 'eoir'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
/** A new brief's style, and the one used where no brief is in view (the library's lists). */
export const DEFAULT_CITATION_STYLE: CitationStyle = 'federal';

/**
 * Which sections of the Immigration and Nationality Act a full citation gives in both numberings
 * (the Act's and 8 U.S.C.'s): those cited by the Act, every one, or none.
 */
export const ACT_PARALLELS = ['act-cited', 'all', 'none'] as const;
/** The numbering later (short) citations to a section of the Act use. */
export const ACT_SHORT_FORMS = ['as-cited', 'act', 'code'] as const;
/** A brief's choices for sections of the Act; a new brief's are the defaults. */
export interface ActCitations {
  parallel: (typeof ACT_PARALLELS)[number];
  shortForm: (typeof ACT_SHORT_FORMS)[number];
}
export const DEFAULT_ACT_CITATIONS: ActCitations = { parallel: 'act-cited', shortForm: 'as-cited' };

export interface CitationStyleRules {
  label: string;
  /** One line on what the style is for, shown where the style is chosen. */
  description: string;
  /** How the name of an agency adjudication (a BIA or Attorney General decision) begins. */
  agencyCaption: 'In re' | 'Matter of';
  /** Procedural phrases of court cases ("In the Matter of", "Petition of") read "In re". */
  inReForCases: boolean;
  /** The Board of Immigration Appeals' reporter as the style writes it. */
  immigrationReporter: string;
  /** The Board in the date parenthetical. */
  board: string;
  /** Abbreviate the words of case names in citations by Rule 10.2.2 and table T6. */
  abbreviateCaseNames: boolean;
  /** T6 words the style writes out nonetheless. */
  keepWords: readonly string[];
  /** Parties written by their widely known initials (Rule 6.1(b); EOIR Appendix I (1)(A)(i)). */
  initials: Readonly<Record<string, string>>;
  /**
   * How a section of the Immigration and Nationality Act is named: "INA § 208(b)" or "section
   * 208(b) of the Act"; its 8 U.S.C. parallel follows after a comma either way.
   */
  actSection: 'INA §' | 'of the Act';
  /** Where each choice comes from. */
  sources: Readonly<
    Record<Exclude<keyof CitationStyleRules, 'sources' | 'label' | 'description'>, string>
  >;
}

const INS = { 'Immigration and Naturalization Service': 'INS' };

export const CITATION_STYLE_RULES: Readonly<Record<CitationStyle, CitationStyleRules>> = {
  bluebook: {
    label: 'Bluebook',
    description: 'The Bluebook (21st ed.): In re Acosta, 19 I. & N. Dec. 211 (B.I.A. 1985)',
    agencyCaption: 'In re',
    inReForCases: true,
    immigrationReporter: 'I. & N. Dec.',
    board: 'B.I.A.',
    abbreviateCaseNames: true,
    keepWords: [],
    initials: INS,
    actSection: 'INA §',
    sources: {
      agencyCaption:
        'Bluebook Rule 10.2.1(b): “in the matter of,” “petition of” and the like become “In re” (Rule 14.3.1(a) would drop the phrase for agency decisions; courts citing the Board keep it)',
      inReForCases: 'Bluebook Rule 10.2.1(b)',
      immigrationReporter:
        'Bluebook T1.2: Administrative Decisions Under Immigration and Nationality Laws (I. & N. Dec.)',
      board: 'Bluebook T7: Board of Immigration Appeals, B.I.A.',
      abbreviateCaseNames: 'Bluebook Rule 10.2.2 and table T6',
      keepWords: 'Bluebook Rule 10.2.2: every T6 word',
      initials: 'Bluebook Rule 6.1(b) and Bluepages B10.1.1(v): widely recognized initials',
      actSection:
        'Bluebook Rule 12.3.1(a) and Bluepages B12.1.1: the name and original section number of a statute commonly cited that way, before its code cite (“INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)”); Rule 12.10 for the short form (the Bluebook’s text is not in the stored public sources: see INA_CITATION_FORMS)',
    },
  },
  federal: {
    label: 'Federal court practice',
    description:
      'As the courts of appeals cite the Board: Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985)',
    agencyCaption: 'Matter of',
    inReForCases: false,
    immigrationReporter: 'I. & N. Dec.',
    board: 'BIA',
    abbreviateCaseNames: true,
    keepWords: [],
    initials: INS,
    actSection: 'INA §',
    sources: {
      agencyCaption:
        'The Board’s own captions (“Matter of”), as the courts of appeals cite them, e.g. Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)',
      inReForCases: 'Case names as the court reports them',
      immigrationReporter: 'Bluebook T1.2 (I. & N. Dec.)',
      board: 'The Board’s own abbreviation (BIA), as the courts of appeals write it',
      abbreviateCaseNames: 'Bluebook Rule 10.2.2 and table T6',
      keepWords: 'Bluebook Rule 10.2.2: every T6 word',
      initials: 'Bluebook Rule 6.1(b): widely recognized initials',
      actSection:
        'Bluebook Rule 12.3.1(a), which the courts of appeals follow for the Act: “INA § 208(b)(1)(B)(i), 8 U.S.C. § 1158(b)(1)(B)(i)”',
    },
  },
  eoir: {
    label: 'EOIR',
    description:
      'The style of EOIR’s Policy Manual, Shared Appendix I: Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)',
    agencyCaption: 'Matter of',
    inReForCases: false,
    immigrationReporter: 'I&N Dec.',
    board: 'BIA',
    abbreviateCaseNames: true,
    keepWords: ['Justice'],
    initials: { ...INS, 'Department of Homeland Security': 'DHS' },
    actSection: 'of the Act',
    sources: {
      agencyCaption: 'EOIR Policy Manual, Shared Appendix I – Citations (1)(A)(ii): Matter of …',
      inReForCases:
        'EOIR Policy Manual, Shared Appendix I – Citations (a): EOIR generally follows the Bluebook',
      immigrationReporter: 'EOIR Policy Manual, Shared Appendix I – Citations: I&N Dec.',
      board: 'EOIR Policy Manual, Shared Appendix I – Citations: (BIA 1985)',
      abbreviateCaseNames:
        'EOIR Policy Manual, Shared Appendix I – Citations (a): EOIR generally follows the Bluebook',
      keepWords:
        'EOIR Policy Manual, Shared Appendix I – Citations (1)(A)(i): “U.S. Dep’t of Justice v. Smith”',
      initials:
        'EOIR Policy Manual, Shared Appendix I – Citations (1)(A)(i): well-known agency abbreviations (DHS, INS) without periods',
      actSection:
        'The Board’s published decisions: “section 208(b)(2)(A)(vi) of the Immigration and Nationality Act, 8 U.S.C. § 1158(b)(2)(A)(vi)” (Matter of A-G-G-, 25 I&N Dec. 486 (BIA 2011), headnote (1)); “section 101(a)(13) of the Act” once the Act is named (the 1997 INS and EOIR expedited-removal rule). Shared Appendix I – Citations (a) follows the Bluebook less formally; its own example of the Act was not in the stored copy',
    },
  },
};
