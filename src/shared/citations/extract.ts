import { cleanForExtraction } from './clean';
import { REPORTER_PATTERN, reporterFor } from './reporters';

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

export interface ExtractedCitation {
  kind: ExtractedKind;
  /** [start, end) in the text given to extractCitations. */
  span: [number, number];
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
  /** For short, id and supra: index of the full citation referred to, or null when absent. */
  resolvesTo?: number | null;
}

const SIGNAL = String.raw`(?:[Ss]ee,?\s+e\.g\.,|[Ss]ee\s+also|[Ss]ee\s+generally|[Bb]ut\s+see|[Bb]ut\s+cf\.|[Ss]ee|[Cc]f\.|[Cc]ompare|[Aa]ccord|[Ee]\.g\.,|[Cc]ontra)`;
const SIGNAL_AT_START = new RegExp(String.raw`^${SIGNAL}\s+`);
const SIGNAL_BEFORE = new RegExp(String.raw`(?:^|[\s(;.,])(${SIGNAL})\s*$`);
const PIN = String.raw`(?:\d{1,3}(?:,\d{3})+(?:[-–]\d{1,3}(?:,\d{3})*)?|\*\d+(?:[-–]\*?\d+)?|\d+(?:[-–]\d+)?(?:\s*(?:&|and)\s*nn?\.\s*\d+(?:[-–]\d+)?|\s*nn?\.\s*\d+)?|nn?\.\s*\d+)`;
const PAGE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:-\d+)?)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;

/** Every place a citation can start, in one pass; each is then parsed where it stands. */
const ANCHOR = new RegExp(
  [
    String.raw`(?<rep>(?<![\w.§-])\d{1,4}\s+(?:${REPORTER_PATTERN})(?=\s+(?:at\s+)?\*?\d))`,
    String.raw`(?<usc>(?<![\w.])\d{1,2}\s+U\.\s?S\.\s?C\.(?:\s?A\.)?\s*(?:§§?|[Ss]ec(?:tion|s?\.))\s*(?=\d))`,
    String.raw`(?<cfr>(?<![\w.])\d{1,2}\s+C\.\s?F\.\s?R\.\s*(?:§§?\s*|[Pp]art\s+|pt\.\s*)?(?=\d))`,
    String.raw`(?<ina>\b(?:INA|Immigration and Nationality Act)\s*§§?\s*(?=\d))`,
    String.raw`(?<publ>\bPub\.\s?L\.(?:\s?No\.)?\s*(?=\d{2,3}-\d))`,
    String.raw`(?<id>(?<![\w.])[Ii]d\.(?![\w]))`,
    String.raw`(?<supra>\bsupra\b)`,
    String.raw`(?<journal>(?<![\w.])\d{1,3}\s+(?:[A-Z][A-Za-z'’.&]*\s){0,6}?(?:L\.|J\.|Rev\.|L\.J\.|Q\.)(?:\s?[A-Z&][A-Za-z'’.&]*)*\s+\d+(?=[,\s(]))`,
  ].join('|'),
  'g',
);

const REPORTER_CITE = new RegExp(
  String.raw`(\d{1,4})\s+(${REPORTER_PATTERN})\s+(?:(at)\s+(${PIN})|(${PAGE}))`,
  'y',
);
const PIN_AFTER = new RegExp(
  String.raw`,\s*(?:at\s+)?(${PIN})(?![\w.]*\s+(?:${REPORTER_PATTERN})\s)`,
  'y',
);
const PARALLEL = new RegExp(String.raw`,\s*(\d{1,4})\s+(${REPORTER_PATTERN})\s+(${PAGE})`, 'y');
const INTERIM = /,\s*Interim\s+Dec(?:ision|\.)\s+(\d+)/y;
const DATE_PAREN = new RegExp(
  String.raw`\s*\(([^()]{0,60}?)\s*((?:${MONTH}\s+\d{1,2},?\s+)?)(\d{4})\)`,
  'y',
);
const PAREN = /\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/y;
const WEIGHT =
  /^(?:en banc|per curiam|plurality opinion|mem\.?|unpublished(?: table decision)?|table|Interim Decision \d+)$/i;
const HISTORY =
  /,?\s*(cert\.\s+denied|cert\.\s+granted|aff'd(?:\s+in\s+part)?(?:\s+on\s+other\s+grounds)?|rev'd(?:\s+in\s+part)?|vacated(?:\s+as\s+moot)?|overruled\s+(?:in\s+part\s+)?(?:on\s+other\s+grounds\s+)?by|abrogated\s+(?:on\s+other\s+grounds\s+)?by|superseded\s+by\s+statute)(?=[\s,])/y;
const USC =
  /(\d{1,2})\s+U\.\s?S\.\s?C\.(?:\s?A\.)?\s*(?:§§?|[Ss]ec(?:tion|s?\.))\s*(\d+[a-z]?(?:-\d+[a-z]?)?)((?:\([A-Za-z0-9]+\))*(?:[–-]\([A-Za-z0-9]+\))?)((?:\s*(?:,|and|&|to|–|-)\s*\d+[a-z]?(?:\([A-Za-z0-9]+\))*(?!\s*(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|Fed\.|Stat\.)))*)(\s+et\s+seq\.)?(?:\s*\((\d{4})(?:\s*&\s*Supp\.\s*[IVX]+(?:\s+\d{4})?)?\))?/y;
const CFR =
  /(\d{1,2})\s+C\.\s?F\.\s?R\.\s*(?:§§?\s*|[Pp]art\s+|pt\.\s*)?(\d+(?:\.\d+[a-z]?(?:-\d+)?)?)((?:\([A-Za-z0-9]+\))*)((?:\s*(?:,|and|&|–|-)\s*\d+\.\d+[a-z]?(?:\([A-Za-z0-9]+\))*)*)(\s+et\s+seq\.)?(?:\s*\((\d{4})\))?/y;
const INA =
  /(?:INA|Immigration and Nationality Act)\s*§§?\s*(\d+[A-Za-z]?)((?:\([A-Za-z0-9]+\))*)/y;
const PUBL =
  /Pub\.\s?L\.(?:\s?No\.)?\s*(\d{2,3}-\d{1,4})(?:\s*,\s*§\s*(\d+[a-z]?(?:\([A-Za-z0-9]+\))*))?/y;
const ID = new RegExp(
  String.raw`([Ii]d)\.(?:,?\s+at\s+(${PIN})|\s+(§§?\s*\d[\w.]*(?:\([A-Za-z0-9]+\))*))?`,
  'y',
);
const SUPRA_BEFORE = /([A-Z][\w'.&-]*(?:\s+(?:[A-Z&][\w'.&-]*|of|the|and|on))*),?\s*$/;
const SUPRA_AFTER = new RegExp(String.raw`supra(?:\s+note\s+\d+)?(?:,?\s+at\s+(${PIN}))?`, 'y');
const JOURNAL =
  /(\d{1,3})\s+((?:[A-Z][A-Za-z'.&]*\s){0,6}?(?:L\.|J\.|Rev\.|L\.J\.|Q\.)(?:\s?[A-Z&][A-Za-z'.&]*)*)\s+(\d+)(?:,\s*(\d+(?:[-–]\d+)?))?(?:\s*\((\d{4})\))?/y;

/** Words that may sit inside a party's name without starting a new sentence. */
const NAME_CONNECTOR =
  /^(?:of|the|and|&|de|del|la|las|los|da|van|von|for|ex|rel\.|on|behalf|d\/b\/a|et|al\.)$/;
const NAME_WORD = /^(?:[A-Z0-9][\w'.&,-]*|[A-Z]-[A-Z-]+-?|[a-z]'[A-Z][\w'-]*)$/;
const AGENCY_NAME =
  /(?:^|[\s(;])((?:In the Matter of|Matter of|In re|Ex parte)\s+[A-Z][^;()]*?),?\s*$/;
/** Capitalized words that open a sentence or clause, never a party's name. */
const SENTENCE_WORDS = new Set([
  'Before',
  'After',
  'Under',
  'Since',
  'Although',
  'Because',
  'While',
  'When',
  'Unlike',
  'Like',
  'As',
  'Following',
  'Applying',
  'Citing',
  'Relying',
  'Here',
  'Thus',
  'Also',
  'Accordingly',
  'However',
  'Moreover',
  'Even',
  'Only',
  'And',
  'But',
  'Yet',
]);
/** A word ending in a period that belongs to a name: initials, initialisms, abbreviations. */
const NAME_ABBREVIATION = /^(?:(?:[A-Z]\.)+|[A-Z][a-z]{0,5}\.|[A-Z][a-z]*'[a-z]+\.?)$/;
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

function trimName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[,\s]+$/, '')
    .trim();
}

/** The case name before a volume: "… held in Gatimi v. Holder, 578 F.3d" gives "Gatimi v. Holder". */
function caseNameBefore(text: string, start: number): { name: string; start: number } | null {
  const windowStart = Math.max(0, start - 240);
  const before = text.slice(windowStart, start);
  if (!/,\s*$/.test(before)) return null;
  const agency = AGENCY_NAME.exec(before);
  const versus = Math.max(
    before.lastIndexOf(' v. '),
    before.lastIndexOf(' v '),
    before.lastIndexOf(' vs. '),
  );
  if (versus >= 0 && (!agency || versus > agency.index)) {
    const second = before.slice(versus).replace(/^\s+vs?\.?\s+/, '');
    if (/[;()]|\.\s[A-Z][a-z]+\s[a-z]/.test(second)) return null;
    const words = before.slice(0, versus).split(' ');
    let first = words.length;
    while (first > 0) {
      const word = words[first - 1] ?? '';
      if (SIGNAL_WORDS.has(word) || SENTENCE_WORDS.has(word)) break;
      if (!(NAME_WORD.test(word) || NAME_CONNECTOR.test(word))) break;
      const endsSentence =
        /[.;:]$/.test(word) && !NAME_ABBREVIATION.test(word) && !NAME_CONNECTOR.test(word);
      if (endsSentence && first < words.length) break;
      first--;
    }
    while (first < words.length && NAME_CONNECTOR.test(words[first] ?? '')) first++;
    if (first >= words.length) return null;
    const nameText = words.slice(first).join(' ');
    const name = trimName(
      `${nameText} ${before.slice(versus).trimStart()}`.replace(/\s+vs?\.?\s+/, ' v. '),
    );
    return {
      name,
      start: start - before.length + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0),
    };
  }
  if (agency?.[1]) {
    const name = trimName(agency[1]);
    return { name, start: windowStart + before.lastIndexOf(agency[1]) };
  }
  return null;
}

/** A short form's name: "Cece, 733 F.3d at 673" gives "Cece". */
function shortNameBefore(text: string, start: number): { name: string; start: number } | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const match =
    /(?:^|[\s(;])((?:[A-Z][\w'&-]*\.?|[A-Z]-[A-Z-]+-)(?:\s+(?:&|[A-Z][\w'&-]*\.?|[A-Z]-[A-Z-]+-))*),\s*$/.exec(
      before,
    );
  if (!match?.[1]) return null;
  // "See Cece, 733 F.3d at 681": the signal is not part of the name.
  const name = match[1].replace(SIGNAL_AT_START, '');
  if (!name || SIGNAL_WORDS.has(name)) return null;
  return {
    name: name.replace(/^(?:Matter of|In re)\s+/, ''),
    start: start - before.length + before.lastIndexOf(name),
  };
}

function signalBefore(text: string, start: number): { signal: string; start: number } | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const match = SIGNAL_BEFORE.exec(before);
  if (!match?.[1]) return null;
  return {
    signal: match[1].replace(/\s+/g, ' '),
    start: start - before.length + before.lastIndexOf(match[1]),
  };
}

function courtOf(inside: string): string | undefined {
  const court = inside.replace(/\s+/g, ' ').replace(/,$/, '').trim();
  return court || undefined;
}

interface Parse {
  citations: ExtractedCitation[];
  /** Where the anchor scan resumes. */
  end: number;
}

interface Context {
  text: string;
  /** Explanatory parentheticals: citations inside them are not what a later "Id." refers to. */
  nested: [number, number][];
  /** Parallel cites after the first of their group, which "Id." never refers to either. */
  parallels: Set<ExtractedCitation>;
  /** Where the previous citation ended: a name or signal never reaches back past it. */
  floor: number;
}

/** A name or signal found before a citation, if it starts after the previous citation. */
function afterFloor<T extends { start: number }>(found: T | null, context: Context): T | null {
  return found && found.start >= context.floor ? found : null;
}

function parseReporterCite(context: Context, at: number): Parse | null {
  const { text } = context;
  REPORTER_CITE.lastIndex = at;
  const first = REPORTER_CITE.exec(text);
  if (!first) return null;
  const reporter = reporterFor(first[2] ?? '');
  if (!reporter) return null;

  if (first[3] === 'at') {
    const named = afterFloor(shortNameBefore(text, at), context);
    const signal = afterFloor(signalBefore(text, named?.start ?? at), context);
    const citation: ExtractedCitation = {
      kind: 'short',
      span: [signal?.start ?? named?.start ?? at, REPORTER_CITE.lastIndex],
      volume: first[1],
      reporter: reporter.canonical,
      pin: first[4],
      ...(named && { name: named.name }),
      ...(signal && { signal: signal.signal }),
    };
    return { citations: [citation], end: REPORTER_CITE.lastIndex };
  }

  let position = REPORTER_CITE.lastIndex;
  const group: ExtractedCitation[] = [];
  const addCite = (volume: string, reporterName: string, page: string, start: number) => {
    const found = reporterFor(reporterName);
    if (!found) return;
    const kind: ExtractedKind =
      found.kind === 'agency'
        ? 'agency'
        : found.kind === 'federal_register'
          ? 'federal_register'
          : found.kind === 'statutes_at_large'
            ? 'statute'
            : 'case';
    group.push(
      found.kind === 'statutes_at_large'
        ? { kind, span: [start, position], title: volume, code: 'Stat.', section: page }
        : { kind, span: [start, position], volume, reporter: found.canonical, page },
    );
  };
  addCite(first[1] ?? '', first[2] ?? '', first[5] ?? '', at);

  for (;;) {
    PIN_AFTER.lastIndex = position;
    const pin = PIN_AFTER.exec(text);
    const last = group.at(-1);
    if (pin && last) {
      if (!last.pin) last.pin = pin[1];
      position = PIN_AFTER.lastIndex;
      last.span[1] = position;
      continue;
    }
    INTERIM.lastIndex = position;
    const interim = INTERIM.exec(text);
    if (interim && last) {
      last.interimDecision = interim[1];
      position = INTERIM.lastIndex;
      continue;
    }
    PARALLEL.lastIndex = position;
    const parallel = PARALLEL.exec(text);
    if (parallel) {
      const start = position + parallel[0].indexOf(parallel[1] ?? '');
      position = PARALLEL.lastIndex;
      addCite(parallel[1] ?? '', parallel[2] ?? '', parallel[3] ?? '', start);
      continue;
    }
    break;
  }

  const extra: Partial<ExtractedCitation> = {};
  DATE_PAREN.lastIndex = position;
  const date = DATE_PAREN.exec(text);
  if (date) {
    extra.year = Number(date[3]);
    const court = courtOf(date[1] ?? '');
    if (court) extra.court = court;
    if (date[2]?.trim()) extra.date = `${date[2].trim()} ${date[3]}`;
    position = DATE_PAREN.lastIndex;
  }
  const groupEnd = position;
  for (;;) {
    PAREN.lastIndex = position;
    const paren = PAREN.exec(text);
    if (!paren) break;
    const inside = (paren[1] ?? '').trim();
    if (WEIGHT.test(inside)) extra.weight = extra.weight ? `${extra.weight}; ${inside}` : inside;
    else {
      extra.parenthetical = extra.parenthetical ? `${extra.parenthetical}; ${inside}` : inside;
      context.nested.push([position, PAREN.lastIndex]);
    }
    position = PAREN.lastIndex;
  }
  HISTORY.lastIndex = position;
  const history = HISTORY.exec(text);
  if (history) extra.history = history[1]?.replace(/\s+/g, ' ');

  const named = afterFloor(caseNameBefore(text, at), context);
  const signal = afterFloor(signalBefore(text, named?.start ?? at), context);
  for (const [index, citation] of group.entries()) {
    if (citation.kind === 'statute') continue;
    if (named) citation.name = named.name;
    Object.assign(citation, extra);
    if (index === group.length - 1) citation.span[1] = Math.max(citation.span[1], groupEnd);
  }
  for (const parallel of group.slice(1)) context.parallels.add(parallel);
  const head = group[0];
  if (head) {
    if (named) head.span[0] = named.start;
    if (signal) {
      head.signal = signal.signal;
      head.span[0] = signal.start;
    }
  }
  return { citations: group, end: groupEnd };
}

function codified(
  context: Context,
  at: number,
  pattern: RegExp,
  build: (match: RegExpExecArray) => Omit<ExtractedCitation, 'span'>,
): Parse | null {
  pattern.lastIndex = at;
  const match = pattern.exec(context.text);
  if (!match) return null;
  const signal = afterFloor(signalBefore(context.text, at), context);
  const citation: ExtractedCitation = {
    ...build(match),
    span: [signal?.start ?? at, pattern.lastIndex],
  };
  if (signal) citation.signal = signal.signal;
  return { citations: [citation], end: pattern.lastIndex };
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== ''),
  ) as T;
}

function parseAnchor(
  context: Context,
  groups: Record<string, string | undefined>,
  at: number,
): Parse | null {
  const { text } = context;
  if (groups.rep) return parseReporterCite(context, at);
  if (groups.usc) {
    return codified(context, at, USC, (m) =>
      withoutEmpty({
        kind: 'statute' as const,
        title: m[1],
        code: 'U.S.C.',
        section: m[2],
        pin: m[3],
        year: m[6] ? Number(m[6]) : undefined,
      }),
    );
  }
  if (groups.cfr) {
    return codified(context, at, CFR, (m) =>
      withoutEmpty({
        kind: 'regulation' as const,
        title: m[1],
        code: 'C.F.R.',
        section: m[2],
        pin: m[3],
        year: m[6] ? Number(m[6]) : undefined,
      }),
    );
  }
  if (groups.ina) {
    return codified(context, at, INA, (m) =>
      withoutEmpty({ kind: 'statute' as const, code: 'INA', section: m[1], pin: m[2] }),
    );
  }
  if (groups.publ) {
    return codified(context, at, PUBL, (m) =>
      withoutEmpty({ kind: 'statute' as const, code: 'Pub. L. No.', section: m[1], pin: m[2] }),
    );
  }
  if (groups.id) {
    ID.lastIndex = at;
    const match = ID.exec(text);
    if (!match) return null;
    const signal = afterFloor(signalBefore(text, at), context);
    const pin = match[2] ?? match[3];
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'id' as const,
      span: [signal?.start ?? at, ID.lastIndex] as [number, number],
      pin,
      signal: signal?.signal,
    });
    return { citations: [citation], end: ID.lastIndex };
  }
  if (groups.supra) {
    const named = SUPRA_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    SUPRA_AFTER.lastIndex = at;
    const match = SUPRA_AFTER.exec(text);
    if (!match || !named?.[1] || at - named[0].length < context.floor) return null;
    const start = at - named[0].length;
    const citation: ExtractedCitation = withoutEmpty({
      kind: 'supra' as const,
      span: [start, SUPRA_AFTER.lastIndex] as [number, number],
      name: named[1],
      pin: match[1],
    });
    return { citations: [citation], end: SUPRA_AFTER.lastIndex };
  }
  if (groups.journal) {
    JOURNAL.lastIndex = at;
    const match = JOURNAL.exec(text);
    if (!match) return null;
    const sentence = text.slice(Math.max(0, at - 300), at);
    // The clause the article opens: after the last sentence end that is not an initial ("E.").
    const clause = sentence.split(/(?:(?<![A-Z])[.;]\s+(?=[A-Z])|\(\s*)/).at(-1) ?? '';
    const author = /^\s*(?:(?:See|Cf\.|See also|See generally|E\.g\.,)\s+)?([^,]{2,80}),/.exec(
      clause,
    )?.[1];
    return {
      citations: [
        withoutEmpty({
          kind: 'other' as const,
          span: [at, JOURNAL.lastIndex] as [number, number],
          name: author?.trim(),
          volume: match[1],
          reporter: match[2]?.trim(),
          page: match[3],
          pin: match[4],
          year: match[5] ? Number(match[5]) : undefined,
        }),
      ],
      end: JOURNAL.lastIndex,
    };
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

/** Fills in resolvesTo, in one pass: each form looks up what it refers to by key. */
function resolve(citations: ExtractedCitation[], { nested, parallels }: Context): void {
  const fullByReporter = new Map<string, number>();
  const byNameWord = new Map<string, number>();
  let antecedent: number | null = null;
  citations.forEach((citation, index) => {
    if (citation.kind === 'short') {
      citation.resolvesTo = fullByReporter.get(`${citation.volume} ${citation.reporter}`) ?? null;
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
      if (citation.kind === 'case' || citation.kind === 'agency') {
        fullByReporter.set(`${citation.volume} ${citation.reporter}`, index);
      }
      const name = citation.name?.toLowerCase() ?? '';
      if (name) {
        byNameWord.set(name, index);
        for (const word of name.split(/[\s,]+/)) if (word) byNameWord.set(word, index);
      }
    }
    if (!inside(citation.span[0], nested) && !parallels.has(citation)) antecedent = index;
  });
}

/**
 * Every citation in `text`, in order of appearance: cases, BIA and Attorney General decisions,
 * statutes, regulations, the Federal Register, short forms, Id. and supra, with the fields each
 * prints. Spans index into `text` as given, however messy it is.
 */
export function extractCitations(text: string): ExtractedCitation[] {
  const clean = cleanForExtraction(text);
  const context: Context = { text: clean.text, nested: [], parallels: new Set(), floor: 0 };
  const citations: ExtractedCitation[] = [];
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(clean.text); match; match = ANCHOR.exec(clean.text)) {
    const parsed = parseAnchor(context, match.groups ?? {}, match.index);
    if (!parsed || parsed.citations.length === 0) continue;
    citations.push(...parsed.citations);
    ANCHOR.lastIndex = Math.max(parsed.end, match.index + 1);
    context.floor = Math.max(
      context.floor,
      ...parsed.citations.map((citation) => citation.span[1]),
    );
  }
  resolve(citations, context);
  for (const citation of citations) {
    const [start, end] = citation.span;
    const from = clean.offsets[start] ?? text.length;
    // The end is exclusive: the original index of the last character, plus one.
    citation.span = [from, end > start ? (clean.offsets[end - 1] ?? text.length - 1) + 1 : from];
  }
  return citations;
}
