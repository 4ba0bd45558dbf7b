/**
 * The citation styles a brief can choose, as data: each choice a style makes, and where it comes
 * from. The formatter reads these; it has no branch for a style of its own.
 */
export const CITATION_STYLES = ['bluebook', 'federal', 'eoir'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
/** A new brief's style, and the one used where no brief is in view (the library's lists). */
export const DEFAULT_CITATION_STYLE: CitationStyle = 'federal';

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
    sources: {
      agencyCaption:
        'The Board’s own captions (“Matter of”), as the courts of appeals cite them, e.g. Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)',
      inReForCases: 'Case names as the court reports them',
      immigrationReporter: 'Bluebook T1.2 (I. & N. Dec.)',
      board: 'The Board’s own abbreviation (BIA), as the courts of appeals write it',
      abbreviateCaseNames: 'Bluebook Rule 10.2.2 and table T6',
      keepWords: 'Bluebook Rule 10.2.2: every T6 word',
      initials: 'Bluebook Rule 6.1(b): widely recognized initials',
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
    },
  },
};
