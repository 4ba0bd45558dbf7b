import { cleanForExtraction } from './clean';
import {
  actNameBefore,
  authorAndTitleBefore,
  caseNameBefore,
  shortNameBefore,
  type CaseName,
  signalBefore,
  type Found,
} from './names';
import {
  journalFor,
  lawFor,
  reporterFor,
  treatiseFor,
  type Law,
  type ReporterFamily,
} from './reporters';

export type ExtractedKind =
  | 'case'
  | 'agency'
  | 'statute'
  | 'regulation'
  | 'federal_register'
  | 'short'
  | 'id'
  | 'supra'
  | 'other';

/** The table a cite's source comes from: a reporter's family, a journal, a treatise, a code. */
export type CitationFamily = ReporterFamily | 'journal' | 'treatise' | 'code' | 'session';

export interface ExtractedCitation {
  kind: ExtractedKind;
  /** [start, end) in the text given to extractCitations. */
  span: [number, number];
  /** A case's name; an article's or book's author; a statute's popular name. */
  name?: string;
  volume?: string;
  /** Canonical Bluebook abbreviation, whatever the spelling in the text. */
  reporter?: string;
  page?: string;
  /** As written, without the leading comma or "at"; for codes, the subsection chain. */
  pin?: string;
  court?: string;
  year?: number;
  /** Full date when the citation prints one (Westlaw, Federal Register). */
  date?: string;
  /** A code's title number; an article's or treatise entry's title. */
  title?: string;
  code?: string;
  section?: string;
  signal?: string;
  /** Explanatory parenthetical, without its parentheses. */
  parenthetical?: string;
  /** Weight of authority: "en banc", "per curiam". */
  weight?: string;
  /** Subsequent history that follows: "cert. denied", "aff'd". */
  history?: string;
  /** BIA interim decision number, where printed. */
  interimDecision?: string;
  /** Docket number of a Westlaw or Lexis cite: "No. 09-1234". */
  docket?: string;
  family?: CitationFamily;
  /** The citation whose subsequent history this one is ("cert. denied, 555 U.S. 1212"). */
  subsequentTo?: number;
  /** Fields printed but impossible (a year 0993): left out, so the authority reads incomplete. */
  problems?: string[];
  /** For short, id and supra: index of the full citation referred to, or null when absent. */
  resolvesTo?: number | null;
}

const PIN = String.raw`(?:\d{1,3}(?:,\d{3})+(?:[-–]\d{1,3}(?:,\d{3})*)?|\*\d+(?:[-–]\*?\d+)?|\d+(?:[-–]\d+)?(?: ?(?:&|and) ?nn?\. ?\d+(?:[-–]\d+)?| ?nn?\. ?\d+)?|nn?\. ?\d+)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
/** A word of a reporter's, code's or journal's name: "F.3d", "2d", "(1st)", "§". */
const TOKEN = String.raw`(?:[A-Za-z&'§][^\s]*|\(\w{1,5}\)|\d{1,2}(?:st|nd|rd|th|d)(?!\w)[^\s]*)`;

/**
 * Every place a citation can start, in one pass over the cleaned text (single spaces): a number
 * before a word (a reporter, code, journal or treatise may follow), a section sign (a code named
 * before it), Id., supra, a public law, the INA, a neutral cite with hyphens.
 */
const ANCHOR =
  /(?<num>(?<![\w.§\-–/])\d{1,5} (?=[A-Za-z&'§(]))|(?<section>§)|(?<id>(?<![\w.])[Ii](?:d|bid)\.(?![a-z\d]))|(?<supra>\bsupra\b)|(?<publ>\bPub(?:lic)?\.? ?L(?:aw\b|\.))|(?<ina>\bINA\b|\bImmigration and Nationality Act\b)|(?<neutral>(?<![\w-])\d{4}-[A-Za-z]+-\d)/g;

/** Volume, the source's words, "at" for a short form, and the page, at a number anchor. */
const NUMBERED = new RegExp(
  String.raw`(\d{1,5}) (${TOKEN}(?: ${TOKEN}){0,8}?) (?:(at) )?(\*?\d+(?:,\d{3})*(?:-\d+)?)(?!\d|(?:st|nd|rd|th|d)\b)`,
  'y',
);
const NEUTRAL = /(\d{4})-([A-Za-z]+)-(\d+)/y;
const SECTION_MARKER = / ?(?:§§?|[Ss]ec(?:tion|s)?\.?|[Pp]art|pt\.)$/;
const PIN_AFTER = new RegExp(String.raw` ?, ?(?:at )?(${PIN})(?!\d)`, 'y');
const PARALLEL_START = / ?, ?(?=\d{1,5} [A-Za-z])/y;
const INTERIM = /, ?Interim Dec(?:ision|\.) (\d+)/y;
const DATE_PAREN = new RegExp(
  String.raw` ?\(([^()]{0,80}?) ?((?:${MONTH} \d{1,2}, ?)?)(\d{3,4})(?:, [^()]{1,40})?\)`,
  'y',
);
const PAREN = /\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/y;
const WEIGHT =
  /^(?:en banc|per curiam|plurality opinion|mem\.?|unpublished(?: table decision)?|table|Interim Decision \d+)$/i;
const HISTORY =
  /,? ?((?:cert\. (?:denied|granted|dismissed)|reh'g(?: en banc)? (?:denied|granted)|aff'd|rev'd|vacated|overruled|abrogated|superseded(?: by statute)?|modified|withdrawn|appeal dismissed|amended)(?: (?:in part|on other grounds|on reh'g|as moot|and remanded|sub nom\.|en banc|as stated in|as recognized in|in relevant part|per curiam))*(?: by)?)(?=[ ,])/y;
/** A code's section after its name: "§ 1158(b)(1)(B)(i)", "§§ 1158, 1231", "pt. 1208". */
const SECTION = new RegExp(
  String.raw`(§§|§|[Ss]ec(?:tion|s)?\.?|[Pp]art|pt\.)? ?(\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*)((?:\([A-Za-z0-9]{1,6}\))*(?:[–-]\([A-Za-z0-9]{1,6}\))?)`,
  'y',
);
const MORE_SECTIONS =
  /(?:(?:,|, and| and| &| to| ?[–-]) ?\d[0-9A-Za-z.:-]*(?:\([A-Za-z0-9]{1,6}\))*)+/y;
const CODE_TAIL =
  /( et seq\.)?(?: ?\((?:[A-Z][\w.]*\.? )*(?:Supp\. [IVX]+ )?(\d{4})(?: (?:&|and) Supp\. [IVX]+(?: \d{4})?)?\))?/y;
const CODE_BEFORE_SECTION =
  /((?:[A-Z][\w.'&]*|\d+)(?: (?:[A-Z&][\w.'&]*|of|and|ch\. \w+,|tit\. \w+,)){0,8}) ?$/;
const INA =
  /(?:INA|Immigration and Nationality Act),? (?:§§?|[Ss]ec(?:tion|\.)) ?(\d+[A-Za-z]?)((?:\([A-Za-z0-9]+\))*)/y;
const PUBLIC_LAW = new RegExp(
  String.raw`Pub(?:lic)?\.? ?L(?:aw|\.)(?: No\.| Number)? ?(\d{2,3}-\d{1,5})((?:, (?:div\.|tit\.|title|§§?) ?[\w.()-]+)*)(?:, (\d{1,4}) Stat\. (\d+(?:,\d{3})*(?:-\d+)?)(?:, (${PIN}))?)?(?: \((\d{4})\))?`,
  'y',
);
const ID = new RegExp(
  String.raw`([Ii]d|[Ii]bid)\.(?:,? at (${PIN})|,? (§§? ?\d[\w.:-]*(?:\([A-Za-z0-9]+\))*))?`,
  'y',
);
const SUPRA_BEFORE = /([A-Z][\w'.&-]*(?: (?:[A-Z&][\w'.&-]*|of|the|and|on))*),? ?$/;
const SUPRA_AFTER = new RegExp(
  String.raw`supra(?: note \d+)?(?:,? at (${PIN})|, (§§? ?\d[\w.:-]*))?`,
  'y',
);
/** A journal reporters-db does not list still reads as one: "Geo. Immigr. L.J.", "Yale L. & Pol'y Rev.". */
const JOURNAL_LIKE =
  /^(?:[A-Z][A-Za-z'.&]*\.? ){0,6}?(?:L\.|J\.|Rev\.|L\.J\.|Q\.|L\. Rev\.|L\.Q\.)(?: ?[A-Z&][A-Za-z'.&]*)*$/;
/** Courts of first impression write the court before the year: never a long lower-case word. */
const NOT_A_COURT = /\b(?!banc\b|proposed\b)[a-z]{4,}\b/;

interface Parse {
  citations: ExtractedCitation[];
  /** Where the anchor scan resumes. */
  end: number;
  /** Where a history phrase after the citation ends ("…, overruled by"). */
  historyEnd?: number;
}

interface Context {
  text: string;
  /** Explanatory parentheticals: citations inside them are not what a later "Id." refers to. */
  nested: [number, number][];
  /** Parallel cites and subsequent history, which "Id." never refers to either. */
  subordinate: Set<ExtractedCitation>;
  /** Where the previous citation ended: a name or signal never reaches back past it. */
  floor: number;
  /** A history phrase just read ("overruled by"): the citation right after it is that history. */
  history: { head: number; end: number } | null;
}

function withoutEmpty<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined && field !== '') kept[key] = field;
  }
  return kept as T;
}

/** A printed year the calendar allows; anything else is a problem, not a field. */
function yearField(written: string | undefined, citation: ExtractedCitation): void {
  if (!written) return;
  const year = Number(written);
  if (written.length === 4 && year >= 1600 && year <= 2200) citation.year = year;
  else citation.problems = [...(citation.problems ?? []), `year ${written}`];
}

interface Trailing {
  court?: string;
  year?: string;
  date?: string;
  weight?: string;
  parenthetical?: string;
  history?: string;
  /** Where the citation proper ends (after its date parenthetical). */
  groupEnd: number;
  /** Where the parentheticals, and the history phrase if any, end. */
  end: number;
}

/** The date parenthetical, the other parentheticals and the history phrase after a cite. */
function readTrailing(context: Context, from: number): Trailing {
  const { text } = context;
  let position = from;
  const trailing: Trailing = { groupEnd: from, end: from };
  DATE_PAREN.lastIndex = position;
  const date = DATE_PAREN.exec(text);
  if (date && !NOT_A_COURT.test(date[1] ?? '')) {
    trailing.year = date[3];
    const court = (date[1] ?? '').replace(/,$/, '').trim();
    if (court) trailing.court = court;
    if (date[2]?.trim()) trailing.date = `${date[2].trim()} ${date[3]}`;
    position = DATE_PAREN.lastIndex;
  }
  trailing.groupEnd = position;
  for (;;) {
    PAREN.lastIndex = position;
    const paren = PAREN.exec(text);
    if (!paren) break;
    const inside = (paren[1] ?? '').replace(/\s+/g, ' ').trim();
    if (WEIGHT.test(inside))
      trailing.weight = trailing.weight ? `${trailing.weight}; ${inside}` : inside;
    else {
      trailing.parenthetical = trailing.parenthetical
        ? `${trailing.parenthetical}; ${inside}`
        : inside;
      const last = context.nested.at(-1);
      if (!last || position >= last[1]) context.nested.push([position, PAREN.lastIndex]);
    }
    position = PAREN.lastIndex;
  }
  trailing.end = position;
  HISTORY.lastIndex = position;
  const history = HISTORY.exec(text);
  if (history?.[1]) {
    trailing.history = history[1];
    trailing.end = HISTORY.lastIndex;
  }
  return trailing;
}

function reporterKind(family: ReporterFamily): ExtractedKind {
  return family === 'agency' ? 'agency' : 'case';
}

interface Numbered {
  volume: string;
  words: string;
  short: boolean;
  page: string;
  pageAt: number;
  end: number;
}

function readNumbered(text: string, at: number): Numbered | null {
  NUMBERED.lastIndex = at;
  const match = NUMBERED.exec(text);
  if (!match) return null;
  const page = match[4] ?? '';
  const short = match[3] === 'at';
  return {
    volume: match[1] ?? '',
    // The Supreme Court's own short form puts a comma before "at": "438 U. S., at 287".
    words: short ? (match[2] ?? '').replace(/,$/, '') : (match[2] ?? ''),
    short,
    page,
    pageAt: NUMBERED.lastIndex - page.length,
    end: NUMBERED.lastIndex,
  };
}

function nameBefore(
  context: Context,
  at: number,
  agency = false,
): { name?: Found<CaseName>; signal?: Found<string> } {
  const { text, history } = context;
  const floor = history && at >= history.end ? Math.max(context.floor, history.end) : context.floor;
  let name = caseNameBefore(text, at, floor) ?? undefined;
  if (!name && history && at - history.end < 130) {
    // "overruled on other grounds by Mogharrabi, 19 I. & N. Dec. 439": a bare name after history.
    const between = /^,? ?([A-Z][^,;()]{0,120}?), ?$/.exec(text.slice(history.end, at));
    if (between?.[1])
      name = {
        value: { name: between[1] },
        start: history.end + text.slice(history.end, at).indexOf(between[1]),
      };
  }
  if (!name && agency) {
    // The Board's decisions are often cited by the respondent's initials alone: "M-E-V-G-, 26".
    const bare = shortNameBefore(text, at, floor);
    if (bare) name = { value: { name: bare.value }, start: bare.start };
  }
  const signal = signalBefore(text, name?.start ?? at, floor) ?? undefined;
  return { ...(name && { name }), ...(signal && { signal }) };
}

function parseCase(context: Context, at: number, first: Numbered): Parse | null {
  const { text } = context;
  const reporter = reporterFor(first.words);
  if (!reporter) return null;
  if (first.short) {
    const named = shortNameBefore(text, at, context.floor);
    const signal = signalBefore(text, named?.start ?? at, context.floor);
    const more = /^[-–]\d+/.exec(text.slice(first.end, first.end + 12));
    const end = first.end + (more?.[0].length ?? 0);
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'short' as const,
      span: [signal?.start ?? named?.start ?? at, end] as [number, number],
      volume: first.volume,
      reporter: reporter.canonical,
      family: reporter.family,
      pin: first.page + (more?.[0] ?? ''),
      name: named?.value,
      signal: signal?.value,
    });
    return { citations: [citation], end };
  }

  const group: { cite: Numbered; start: number }[] = [{ cite: first, start: at }];
  const pins: (string | undefined)[] = [undefined];
  let interim: string | undefined;
  let position = first.end;
  for (;;) {
    PARALLEL_START.lastIndex = position;
    if (PARALLEL_START.exec(text)) {
      const start = PARALLEL_START.lastIndex;
      const parallel = readNumbered(text, start);
      if (parallel && !parallel.short && reporterFor(parallel.words)) {
        group.push({ cite: parallel, start });
        pins.push(undefined);
        position = parallel.end;
        continue;
      }
    }
    PIN_AFTER.lastIndex = position;
    const pin = PIN_AFTER.exec(text);
    if (pin) {
      const last = pins.length - 1;
      pins[last] ??= pin[1];
      position = PIN_AFTER.lastIndex;
      continue;
    }
    INTERIM.lastIndex = position;
    const interimMatch = INTERIM.exec(text);
    if (interimMatch) {
      interim = interimMatch[1];
      position = INTERIM.lastIndex;
      continue;
    }
    break;
  }
  const trailing = readTrailing(context, position);
  const { name, signal } = nameBefore(context, at, reporter.family === 'agency');
  const citations = group.map(({ cite, start }, index): ExtractedCitation => {
    const citation: ExtractedCitation = { kind: 'case', span: [start, cite.end] };
    yearField(trailing.year ?? name?.value.year, citation);
    // The year can tell apart reporters that share an abbreviation.
    const dated = reporterFor(cite.words, citation.year);
    const family = dated?.family ?? 'specialty';
    Object.assign(
      citation,
      withoutEmpty({
        kind: reporterKind(family),
        name: name?.value.name,
        docket: name?.value.docket,
        volume: cite.volume,
        reporter: dated?.canonical,
        page: cite.page,
        pin: pins[index],
        court: trailing.court,
        date: trailing.date,
        weight: trailing.weight,
        parenthetical: trailing.parenthetical,
        history: trailing.history,
        interimDecision: interim,
        family,
      }),
    );
    if (index === group.length - 1) citation.span[1] = trailing.groupEnd;
    return citation;
  });
  for (const parallel of citations.slice(1)) context.subordinate.add(parallel);
  const head = citations[0];
  if (head) {
    if (name) head.span[0] = name.start;
    if (signal) {
      head.signal = signal.value;
      head.span[0] = signal.start;
    }
  }
  return {
    citations,
    end: trailing.groupEnd,
    ...(trailing.history && { historyEnd: trailing.end }),
  };
}

interface CodeSection {
  section: string;
  pin: string;
  year?: string;
  end: number;
}

function readSection(text: string, from: number, several: boolean): CodeSection | null {
  SECTION.lastIndex = from;
  const match = SECTION.exec(text);
  if (!match) return null;
  let end = SECTION.lastIndex;
  if (several || match[1] === '§§') {
    MORE_SECTIONS.lastIndex = end;
    if (MORE_SECTIONS.exec(text)) end = MORE_SECTIONS.lastIndex;
  }
  CODE_TAIL.lastIndex = end;
  const tail = CODE_TAIL.exec(text);
  if (tail?.[0]) end = CODE_TAIL.lastIndex;
  return withoutEmpty({ section: match[2] ?? '', pin: match[3] ?? '', year: tail?.[2], end });
}

function codeCitation(
  context: Context,
  at: number,
  law: Law,
  title: string,
  found: CodeSection,
): Parse {
  const signal = signalBefore(context.text, at, context.floor);
  const citation: ExtractedCitation = withoutEmpty({
    kind: law.kind === 'regulation' ? ('regulation' as const) : ('statute' as const),
    span: [signal?.start ?? at, found.end] as [number, number],
    title,
    code: law.canonical,
    section: found.section,
    pin: found.pin,
    signal: signal?.value,
    family: 'code' as const,
  });
  yearField(found.year, citation);
  return { citations: [citation], end: found.end };
}

/** "119 Stat. 231", "65 Fed. Reg. 76,588, 76,593 (Dec. 7, 2000)": a volume-and-page law. */
function pagedLaw(context: Context, at: number, law: Law, cite: Numbered): Parse {
  const { text } = context;
  const signal = signalBefore(text, at, context.floor);
  PIN_AFTER.lastIndex = cite.end;
  const pin = PIN_AFTER.exec(text);
  const afterPin = pin ? PIN_AFTER.lastIndex : cite.end;
  const trailing = readTrailing(context, afterPin);
  if (law.canonical === 'FR') {
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'federal_register' as const,
      span: [signal?.start ?? at, trailing.groupEnd] as [number, number],
      volume: cite.volume,
      reporter: 'Fed. Reg.',
      page: cite.page,
      pin: pin?.[1],
      date: trailing.date,
      signal: signal?.value,
      family: 'session' as const,
    });
    yearField(trailing.year, citation);
    return { citations: [citation], end: trailing.groupEnd };
  }
  const citation: ExtractedCitation = withoutEmpty({
    kind: 'statute' as const,
    span: [signal?.start ?? at, trailing.groupEnd] as [number, number],
    title: cite.volume,
    code: law.canonical,
    section: cite.page,
    pin: pin?.[1],
    signal: signal?.value,
    family: 'session' as const,
  });
  yearField(trailing.year, citation);
  return { citations: [citation], end: trailing.groupEnd };
}

/** "15 Harv. Hum. Rts. J. 133, 135 (2002)" or "3 Am. Jur. 2d Aliens and Citizens § 1502". */
function secondary(
  context: Context,
  at: number,
  cite: Numbered,
  source: { journal?: string; treatise?: string; title?: string },
): Parse {
  const { text } = context;
  let end = cite.end;
  let section: string | undefined;
  let page: string | undefined = cite.page;
  let treatiseYear: string | undefined;
  if (source.treatise) {
    const found = readSection(text, cite.pageAt, false);
    section = found ? found.section + (found.pin ?? '') : cite.page;
    end = found?.end ?? cite.end;
    treatiseYear = found?.year;
    page = undefined;
  }
  PIN_AFTER.lastIndex = end;
  const pin = source.journal ? PIN_AFTER.exec(text) : null;
  if (pin) end = PIN_AFTER.lastIndex;
  const trailing = readTrailing(context, end);
  const author = source.journal ? authorAndTitleBefore(text, at, context.floor) : null;
  const signal = signalBefore(text, author?.start ?? at, context.floor);
  const citation: ExtractedCitation = withoutEmpty({
    kind: 'other' as const,
    span: [signal?.start ?? author?.start ?? at, trailing.groupEnd] as [number, number],
    name: author?.value.author,
    title: source.title ?? author?.value.title,
    volume: cite.volume,
    reporter: source.journal ?? source.treatise,
    page,
    section,
    pin: pin?.[1],
    signal: signal?.value,
    parenthetical: trailing.parenthetical,
    family: source.treatise ? ('treatise' as const) : ('journal' as const),
  });
  yearField(treatiseYear ?? trailing.year, citation);
  return { citations: [citation], end: trailing.groupEnd };
}

/** A treatise named at the start of the words, its entry's title after: "Am. Jur. 2d Aliens". */
function treatiseIn(words: string): { treatise: string; title: string } | null {
  const tokens = words.replace(SECTION_MARKER, '').split(' ');
  for (let length = Math.min(4, tokens.length - 1); length >= 1; length--) {
    const treatise = treatiseFor(tokens.slice(0, length).join(' '));
    if (treatise) return { treatise, title: tokens.slice(length).join(' ') };
  }
  return null;
}

function parseNumbered(context: Context, at: number): Parse | null {
  const cite = readNumbered(context.text, at);
  if (!cite) return null;
  const marker = SECTION_MARKER.exec(cite.words);
  const words = marker ? cite.words.slice(0, marker.index) : cite.words;
  if (!marker) {
    const asCase = parseCase(context, at, cite);
    if (asCase) return asCase;
  }
  const law = lawFor(words);
  if (law && !cite.short) {
    if (law.form === 'page') return pagedLaw(context, at, law, cite);
    if (law.form === 'title') {
      const found = readSection(context.text, cite.pageAt, Boolean(marker?.[0].includes('§§')));
      return found && codeCitation(context, at, law, cite.volume, found);
    }
  }
  if (cite.short) return null;
  const treatise = treatiseIn(cite.words);
  if (treatise?.title) return secondary(context, at, cite, treatise);
  const journal = journalFor(words) ?? (JOURNAL_LIKE.test(words) ? words : undefined);
  if (journal && !marker) return secondary(context, at, cite, { journal });
  return null;
}

/** "Conn. Gen. Stat. § 46b-15", "Cal. Penal Code § 187", "Mass. Gen. Laws ch. 151B, § 4". */
function parseSectionSign(context: Context, at: number): Parse | null {
  const { text } = context;
  const windowStart = Math.max(context.floor, at - 70);
  const before = CODE_BEFORE_SECTION.exec(text.slice(windowStart, at));
  if (!before?.[1]) return null;
  const tokens = before[1].split(' ');
  for (let from = 0; from < tokens.length; from++) {
    const written = tokens.slice(from).join(' ');
    const chapter = /^(.*?),? (?:ch|tit)\. \w+,$/.exec(written);
    const law = lawFor(chapter?.[1] ?? written);
    if (!law || law.form === 'page' || law.form === 'number') continue;
    const found = readSection(text, at, false);
    if (!found) return null;
    const start = windowStart + before.index + before[1].length - written.length;
    const parsed = codeCitation(context, start, law, '', found);
    return parsed;
  }
  return null;
}

function parsePublicLaw(context: Context, at: number): Parse | null {
  const { text } = context;
  PUBLIC_LAW.lastIndex = at;
  const match = PUBLIC_LAW.exec(text);
  if (!match) return null;
  const named = actNameBefore(text, at, context.floor);
  const signal = signalBefore(text, named?.start ?? at, context.floor);
  const citation: ExtractedCitation = withoutEmpty({
    kind: 'statute' as const,
    span: [signal?.start ?? named?.start ?? at, PUBLIC_LAW.lastIndex] as [number, number],
    name: named?.value,
    code: 'Pub. L. No.',
    section: match[1],
    pin: match[5] ?? match[2]?.replace(/^,\s*/, ''),
    volume: match[3],
    reporter: match[3] ? 'Stat.' : undefined,
    page: match[4],
    signal: signal?.value,
    family: 'session' as const,
  });
  yearField(match[6], citation);
  return { citations: [citation], end: PUBLIC_LAW.lastIndex };
}

function parseNeutral(context: Context, at: number): Parse | null {
  NEUTRAL.lastIndex = at;
  const match = NEUTRAL.exec(context.text);
  const reporter = match && reporterFor(match[2] ?? '');
  if (!match || !reporter) return null;
  const trailing = readTrailing(context, NEUTRAL.lastIndex);
  const { name, signal } = nameBefore(context, at);
  const citation: ExtractedCitation = withoutEmpty({
    kind: 'case' as const,
    span: [signal?.start ?? name?.start ?? at, trailing.groupEnd] as [number, number],
    name: name?.value.name,
    volume: match[1],
    reporter: reporter.canonical,
    page: match[3],
    court: trailing.court,
    signal: signal?.value,
    family: 'neutral' as const,
  });
  yearField(trailing.year ?? match[1], citation);
  return { citations: [citation], end: trailing.groupEnd };
}

function parseAnchor(
  context: Context,
  groups: Record<string, string | undefined>,
  at: number,
): Parse | null {
  const { text } = context;
  if (groups.num) return parseNumbered(context, at);
  if (groups.section) return parseSectionSign(context, at);
  if (groups.ina) {
    INA.lastIndex = at;
    const match = INA.exec(text);
    if (!match) return null;
    const signal = signalBefore(text, at, context.floor);
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'statute' as const,
      span: [signal?.start ?? at, INA.lastIndex] as [number, number],
      code: 'INA',
      section: match[1],
      pin: match[2],
      signal: signal?.value,
      family: 'code' as const,
    });
    return { citations: [citation], end: INA.lastIndex };
  }
  if (groups.publ) return parsePublicLaw(context, at);
  if (groups.neutral) return parseNeutral(context, at);
  if (groups.id) {
    ID.lastIndex = at;
    const match = ID.exec(text);
    if (!match) return null;
    const signal = signalBefore(text, at, context.floor);
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'id' as const,
      span: [signal?.start ?? at, ID.lastIndex] as [number, number],
      pin: match[2] ?? match[3],
      signal: signal?.value,
    });
    return { citations: [citation], end: ID.lastIndex };
  }
  if (groups.supra) {
    const windowStart = Math.max(context.floor, at - 80);
    const named = SUPRA_BEFORE.exec(text.slice(windowStart, at));
    SUPRA_AFTER.lastIndex = at;
    const match = SUPRA_AFTER.exec(text);
    if (!match || !named?.[1]) return null;
    const start = at - named[0].length;
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'supra' as const,
      span: [start, SUPRA_AFTER.lastIndex] as [number, number],
      name: named[1],
      pin: match[1] ?? match[2],
    });
    return { citations: [citation], end: SUPRA_AFTER.lastIndex };
  }
  return null;
}

/** Whether a position falls in one of the ranges, which are in order and do not overlap. */
function inside(position: number, ranges: readonly [number, number][]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] ?? [0, 0];
    if (position < start) high = middle - 1;
    else if (position >= end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The first page a pin cite names: "237–38" gives 237, "*3" gives 3. */
function pageNumber(pin: string | undefined): number {
  const match = /\d+/.exec(pin ?? '');
  return match ? Number(match[0]) : NaN;
}

function nameWords(name: string | undefined): string[] {
  return (name ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word.length > 1 && word !== 'v.' && word !== 'of' && word !== 'matter');
}

/**
 * Fills in resolvesTo, in one pass: a short form refers to the earlier full citation in its
 * volume and reporter whose first page comes closest before its pin (the named one when it
 * names one); Id. to the principal citation before it; supra to the earlier work named.
 */
function resolve(citations: ExtractedCitation[], { nested, subordinate }: Context): void {
  // Per volume and reporter, each first page's latest full citation: the same case cited again
  // replaces its entry, so a long text's repeats never lengthen the search.
  const byVolume = new Map<string, Map<number, number>>();
  const byNameWord = new Map<string, number>();
  let antecedent: number | null = null;
  citations.forEach((citation, index) => {
    if (citation.kind === 'short') {
      const pin = pageNumber(citation.pin);
      const words = new Set(nameWords(citation.name));
      let best: number | null = null;
      let bestNamed: number | null = null;
      const closer = (first: number, than: number | null) =>
        than === null || first >= pageNumber(citations[than]?.page);
      for (const [first, candidate] of byVolume.get(`${citation.volume} ${citation.reporter}`) ??
        []) {
        if (!(first <= pin || Number.isNaN(pin))) continue;
        if (closer(first, best)) best = candidate;
        if (words.size > 0 && nameWords(citations[candidate]?.name).some((word) => words.has(word)))
          if (closer(first, bestNamed)) bestNamed = candidate;
      }
      citation.resolvesTo = bestNamed ?? best;
    } else if (citation.kind === 'supra') {
      // "Anker, supra" names the author by surname: any word of the earlier name matches.
      citation.resolvesTo = byNameWord.get(citation.name?.toLowerCase() ?? '') ?? null;
    } else if (citation.kind === 'id') {
      const earlier = antecedent === null ? undefined : citations[antecedent];
      citation.resolvesTo =
        earlier === undefined
          ? null
          : earlier.resolvesTo !== undefined
            ? earlier.resolvesTo
            : antecedent;
    } else {
      if (citation.volume && citation.reporter && citation.page) {
        const key = `${citation.volume} ${citation.reporter}`;
        const pages = byVolume.get(key) ?? new Map<number, number>();
        pages.set(pageNumber(citation.page), index);
        byVolume.set(key, pages);
      }
      const name = citation.name?.toLowerCase() ?? '';
      if (name) {
        byNameWord.set(name, index);
        for (const word of name.split(/[\s,]+/)) if (word) byNameWord.set(word, index);
      }
    }
    if (!inside(citation.span[0], nested) && !subordinate.has(citation)) antecedent = index;
  });
}

/**
 * Every citation in `text`, in order of appearance: cases in every reporter reporters-db knows
 * (federal, state, regional, neutral, Westlaw and Lexis), BIA and Attorney General decisions,
 * codes with or without a section sign, session laws, the Federal Register, journals and
 * treatises, short forms, Id. and supra, with the fields each prints. Spans index into `text`
 * as given, however messy it is.
 */
export function extractCitations(text: string): ExtractedCitation[] {
  const clean = cleanForExtraction(text);
  const context: Context = {
    text: clean.text,
    nested: [],
    subordinate: new Set(),
    floor: 0,
    history: null,
  };
  const citations: ExtractedCitation[] = [];
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(clean.text); match; match = ANCHOR.exec(clean.text)) {
    const parsed = parseAnchor(context, match.groups ?? {}, match.index);
    if (!parsed || parsed.citations.length === 0) continue;
    const head = parsed.citations[0];
    const pending = context.history;
    // A citation inside the parentheticals before the history phrase leaves it pending.
    if (head && pending && head.span[0] >= pending.end) {
      if (head.span[0] - pending.end <= 3) {
        head.subsequentTo = pending.head;
        context.subordinate.add(head);
      }
      context.history = null;
    }
    if (parsed.historyEnd !== undefined)
      context.history = { head: citations.length, end: parsed.historyEnd };
    citations.push(...parsed.citations);
    ANCHOR.lastIndex = Math.max(parsed.end, match.index + 1);
    context.floor = Math.max(context.floor, parsed.end);
  }
  resolve(citations, context);
  for (const citation of citations) {
    const [start, end] = citation.span;
    const from = clean.originalIndex(start);
    // The end is exclusive: the original index of the last character, plus one.
    citation.span = [from, end > start ? clean.originalIndex(end - 1) + 1 : from];
  }
  return citations;
}
