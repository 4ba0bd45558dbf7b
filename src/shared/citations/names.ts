/**
 * What stands before a citation: the case name, the docket number of a database cite, a short
 * form's name, the signal, an act's name. Each reads a bounded window back from the citation and
 * never past `floor` (where the citation before it ended), so the cost per citation is constant.
 */

export interface Found<T> {
  value: T;
  /** Where what was found starts in the text. */
  start: number;
}

const SIGNAL = String.raw`(?:[Ss]ee,?\s+e\.g\.,|[Ss]ee\s+also|[Ss]ee\s+generally|[Bb]ut\s+see|[Bb]ut\s+cf\.|[Ss]ee|[Cc]f\.|[Cc]ompare|[Aa]ccord|[Ee]\.g\.,|[Cc]ontra)`;
const SIGNAL_AT_START = new RegExp(String.raw`^${SIGNAL}\s+`);
const SIGNAL_BEFORE = new RegExp(String.raw`(?:^|[\s(;.,])(${SIGNAL})\s*$`);

/** Words that may sit inside a party's name without starting a new sentence. */
const NAME_CONNECTOR =
  /^(?:of|the|and|&|de|del|la|las|los|da|do|dos|van|von|y|for|ex|rel\.|d\/b\/a|et|al\.|a\/k\/a)$/;
const NAME_WORD =
  /^(?:[A-Z][\w'.&,/-]*|\d+[A-Za-z][\w'.&,-]*|[A-Z]-[A-Z-]+-?,?|[a-z]'[A-Z][\w'-]*|[A-Z]\.)$/;
/** Capitalized words that open a sentence or clause, never a party's name. */
const SENTENCE_WORDS = new Set(
  `Before After Under Since Although Because While When Where Whereas Unlike Like As Following
  Applying Citing Quoting Relying Here Thus Also Accordingly However Moreover Even Only And But Yet
  In On At By For From To With Without Within Per Through Pursuant According See Compare Contrast
  Accord Contra Both Neither Either Similarly Likewise Indeed Further Furthermore Finally First
  Second Third Notably Specifically Instead Rather Recently Later Then Again Given If Until Unless
  Nor Or So That This These Those The Our Its It We He She They In Id. Ibid. Cf. Cf See, E.g.,
  Petitioner Respondent Appellant Appellee Plaintiff Defendant Petitioners Respondents
  Table Authorities Cases Statutes Regulations Rules Page Pages TABLE AUTHORITIES CASES FEDERAL
  STATE STATUTES REGULATIONS RULES OTHER`.split(/\s+/),
);
const SIGNAL_WORDS = new Set([
  'See',
  'see',
  'Cf.',
  'cf.',
  'But',
  'Compare',
  'Accord',
  'E.g.,',
  'Contra',
  'also',
  'generally',
  'e.g.,',
  'See,',
]);
/** A word ending in a period that belongs to a name: initials, initialisms, abbreviations. */
const NAME_ABBREVIATION =
  /^(?:(?:[A-Z]\.)+,?|[A-Z][a-z]{0,6}\.,?|[A-Z][a-z]*'[a-z]+\.?,?|[A-Z]-[A-Z-]+-\.?)$/;
const AGENCY_NAME =
  /(?:^|[\s(;])((?:In the Matter of|Matter of|In re|Ex parte|Application of|Petition of)\s+[A-Z][^;()]*?),?\s*$/;
const DOCKET_BEFORE =
  /,\s*(Nos?\.\s*[\w.:-]*\d[\w.:-]*(?:(?:,|\s*&|\s+and)\s*[\w.:-]*\d[\w.:-]*)*)\s*,\s*$/;
const VERSUS = / vs?\.? /g;
const YEAR_BEFORE = / ?\((\d{4})\) ?$/;

function trimName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[,\s]+$/, '')
    .trim();
}

/** Whether a word can stand in the first party's name, read from "v." backwards. */
function partyWord(word: string, last: boolean): 'name' | 'connector' | 'stop' {
  if (!word || SIGNAL_WORDS.has(word) || SENTENCE_WORDS.has(word)) return 'stop';
  // Page numbers, "passim" and leaders of a table of authorities end the entry before.
  if (/^(?:\d+,?|passim|\.{2,}.*|…+)$/.test(word)) return 'stop';
  if (NAME_CONNECTOR.test(word)) return 'connector';
  if (!NAME_WORD.test(word)) return 'stop';
  const endsSentence = /[.;:]$/.test(word) && !NAME_ABBREVIATION.test(word);
  return endsSentence && !last ? 'stop' : 'name';
}

export interface CaseName {
  name: string;
  docket?: string;
  /** California style prints the year between name and volume: "People v. Howard (1992) 1". */
  year?: string;
}

/**
 * The case name before a citation's volume: "… held in Gatimi v. Holder, 578 F.3d" gives
 * "Gatimi v. Holder"; "Doe v. Roe, No. 09-1234, 2009 WL" also the docket number.
 */
export function caseNameBefore(text: string, start: number, floor: number): Found<CaseName> | null {
  const windowStart = Math.max(floor, start - 300);
  let before = text.slice(windowStart, start);
  let docket: string | undefined;
  const docketMatch = DOCKET_BEFORE.exec(before);
  if (docketMatch?.[1]) {
    docket = docketMatch[1].replace(/\s+/g, ' ');
    before = before.slice(0, docketMatch.index + 1);
  }
  let year: string | undefined;
  const californian = YEAR_BEFORE.exec(before);
  if (californian && !docket) {
    year = californian[1];
    before = `${before.slice(0, californian.index)}, `;
  }
  if (!/,\s*$/.test(before)) return null;
  const agency = AGENCY_NAME.exec(before);
  let versus = -1;
  let versusLength = 0;
  VERSUS.lastIndex = 0;
  for (let match = VERSUS.exec(before); match; match = VERSUS.exec(before)) {
    versus = match.index;
    versusLength = match[0].length;
  }
  const withDocket = (name: string): CaseName => ({
    name,
    ...(docket && { docket }),
    ...(year && { year }),
  });
  if (versus >= 0 && (!agency || versus > agency.index)) {
    const second = before.slice(versus + versusLength);
    if (/[;()]|\.\s[A-Z][a-z]+\s[a-z]|\s(?:at|supra)\s/.test(second) || second.length > 160)
      return null;
    const words = before.slice(0, versus).split(' ');
    let first = words.length;
    let bracket = 0;
    while (first > 0) {
      const word = words[first - 1] ?? '';
      // "(People v. Howard (1992) 1 Cal. 4th 1132": an opening bracket starts the name.
      const opening = /^[([“"]/.test(word);
      const kind = partyWord(opening ? word.slice(1) : word, first === words.length);
      if (kind === 'stop') break;
      first--;
      if (opening) {
        words[first] = word.slice(1);
        bracket = 1;
        break;
      }
    }
    while (first < words.length && NAME_CONNECTOR.test(words[first] ?? '')) first++;
    if (first >= words.length) return null;
    const firstParty = words.slice(first).join(' ');
    const name = trimName(`${firstParty} v. ${second}`);
    const prefix = words.slice(0, first).join(' ');
    return {
      value: withDocket(name),
      start: windowStart + prefix.length + (first > 0 ? 1 : 0) + bracket,
    };
  }
  if (agency?.[1]) {
    return {
      value: withDocket(trimName(agency[1])),
      start: windowStart + before.lastIndexOf(agency[1]),
    };
  }
  return null;
}

const SHORT_NAME =
  /(?:^|[\s(;])((?:[A-Z][\w'&-]*\.?|[A-Z]-[A-Z-]+-|\d+[A-Za-z][\w'&-]*)(?:\s+(?:&|of|[A-Z][\w'&-]*\.?|[A-Z]-[A-Z-]+-))*),\s*$/;

/** A short form's name: "Cece, 733 F.3d at 673" gives "Cece". */
export function shortNameBefore(text: string, start: number, floor: number): Found<string> | null {
  const windowStart = Math.max(floor, start - 80);
  const before = text.slice(windowStart, start);
  const match = SHORT_NAME.exec(before);
  if (!match?.[1]) return null;
  // "See Cece, 733 F.3d at 681": the signal is not part of the name.
  const name = match[1].replace(SIGNAL_AT_START, '');
  if (!name || SIGNAL_WORDS.has(name) || SENTENCE_WORDS.has(name)) return null;
  return {
    value: name.replace(/^(?:In the Matter of|Matter of|In re)\s+/, ''),
    start: windowStart + before.lastIndexOf(name),
  };
}

export function signalBefore(text: string, start: number, floor: number): Found<string> | null {
  const windowStart = Math.max(floor, start - 30);
  const before = text.slice(windowStart, start);
  const match = SIGNAL_BEFORE.exec(before);
  if (!match?.[1]) return null;
  return {
    value: match[1].replace(/\s+/g, ' '),
    start: windowStart + before.lastIndexOf(match[1]),
  };
}

const ACT_NAME =
  /(?:^|[\s(;,])([A-Z][\w'.-]*(?: (?:[A-Z][\w'.&-]*|of|and|for|the|to|on|in|\d+|&))*? Act(?: of \d{4})?|[A-Z]{3,}(?:-[A-Z]+)?)(?: ?\([^()]{1,40}\))?, ?$/;

/**
 * A statute's name before its session-law cite: "REAL ID Act of 2005, Pub. L. No. 109-13", or
 * the acronym it goes by: "IIRIRA, Pub. L. No. 104-208".
 */
export function actNameBefore(text: string, start: number, floor: number): Found<string> | null {
  const windowStart = Math.max(floor, start - 160);
  const before = text.slice(windowStart, start);
  const match = ACT_NAME.exec(before);
  if (!match?.[1]) return null;
  const name = match[1].replace(SIGNAL_AT_START, '').replace(/^The\s+/, '');
  return { value: name, start: windowStart + before.lastIndexOf(match[1]) };
}

/** What ends the entry before in a table of authorities: leaders, its pages, a heading. */
const TABLE_ENTRY_END =
  /^\s*(?:(?:\.{2,}|…+)\s*)?(?:(?:\d+(?:[-–]\d+)?|passim)(?:,\s*|\s+))*(?:(?:Other|Secondary) (?:Authorities|Sources)\s+)?/;

/**
 * The author and title of an article or book before its volume, in the clause that opens it:
 * "See Deborah E. Anker, Refugee Law, Gender, and the Human Rights Paradigm, 15 Harv. Hum.
 * Rts. J. 133" gives the author and the title.
 */
export function authorAndTitleBefore(
  text: string,
  start: number,
  floor: number,
): Found<{ author: string; title?: string }> | null {
  const windowStart = Math.max(floor, start - 300);
  const before = text.slice(windowStart, start);
  if (!/,\s*$/.test(before)) return null;
  // The clause the article opens: after the last sentence end that is not an initial ("E.").
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(/(?<![A-Z])[.;]\s+(?=[A-Z])|\(\s*|\bsee\s+(?:also\s+)?/g)].map(
      (match) => match.index + match[0].length,
    ),
  );
  const clause = before
    .slice(clauseStart)
    .replace(TABLE_ENTRY_END, '')
    .replace(SIGNAL_AT_START, '');
  const parts = /^\s*([^,]{2,80}?),\s*(.*?),?\s*$/.exec(clause);
  if (!parts?.[1]) return null;
  const author = parts[1].trim();
  if (!/^[A-Z]/.test(author) || SENTENCE_WORDS.has(author.split(' ')[0] ?? '')) return null;
  const title = parts[2]?.trim().replace(/,$/, '');
  return {
    value: title ? { author, title } : { author },
    start: windowStart + clauseStart + (before.slice(clauseStart).length - clause.length),
  };
}
