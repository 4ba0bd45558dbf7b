import { MONTHS } from '../dates';
import { IDENTIFIER_KINDS, type ConfidentialIdentifier } from '../library';

/**
 * Finds, in the text of an exported brief, what the library marks confidential: a client's
 * identifiers (name, A-number, date of birth, address), confidential facts, and anything
 * written like an A-number even when nobody marked it.
 */

/** Where in the filing a text stands; the .docx's parts as a clerk would name them. */
export const DOCUMENT_PARTS = ['body', 'footnotes', 'headers', 'properties'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

export interface ScannedPart {
  part: DocumentPart;
  paragraphs: readonly string[];
}

export interface ConfidentialTerms {
  facts: readonly { text: string; matter: string }[];
  identifiers: readonly (ConfidentialIdentifier & { matter: string })[];
}

export const FINDING_KINDS = [...IDENTIFIER_KINDS, 'fact', 'a-number-pattern'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface ConfidentialFinding {
  part: DocumentPart;
  kind: FindingKind;
  /** The marked item as the user knows it ("A-number, Hoxha v. Garland"). */
  label: string;
  /** The text as it stands in the filing. */
  found: string;
  /** The words around it, to find it again. */
  context: string;
}

export const KIND_LABELS: Record<FindingKind, string> = {
  name: 'Name',
  'a-number': 'A-number',
  'birth-date': 'Date of birth',
  address: 'Address',
  other: 'Identifier',
  fact: 'Confidential fact',
  'a-number-pattern': 'Looks like an A-number',
};

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = '[\\s,]+';

/**
 * An Alien Registration Number: 8 or 9 digits, written with or without an "A", hyphens or
 * spaces (A012-345-678, A 12345678, 012 345 678).
 */
const A_NUMBER = /(?<![\p{L}\p{N}])(A(?:-|\s|#|No\.?\s*)*)?((?:\d[-\s]?){6,8}\d)(?![\p{N}])/giu;
const DIGIT_GROUPS = /^\d{3}[-\s]\d{3}[-\s]\d{3}$/;

/** The nine digits of an A-number, an 8-digit one with its leading zero. */
const aNumberDigits = (text: string) => text.replace(/\D/g, '').padStart(9, '0');

/** The ways a brief or a form writes a date: "March 5, 1994", "Mar. 5, 1994", "3/5/1994"… */
function dateForms(iso: string): string[] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [, year = '', mm = '', dd = ''] = match;
  const month = MONTHS[Number(mm) - 1];
  if (!month) return null;
  const m = String(Number(mm));
  const d = String(Number(dd));
  const short = month.length > 4 ? `${month.slice(0, 3)}.` : month;
  const yy = year.slice(2);
  return [
    `${month} ${d}, ${year}`,
    `${short} ${d}, ${year}`,
    `${month.slice(0, 3)} ${d}, ${year}`,
    `${d} ${month} ${year}`,
    `${m}/${d}/${year}`,
    `${mm}/${dd}/${year}`,
    `${m}/${d}/${yy}`,
    `${mm}/${dd}/${yy}`,
    `${mm}-${dd}-${year}`,
    iso.trim(),
  ];
}

/** A pattern for words in order, whatever the spacing, commas or line breaks between them. */
function wordsPattern(text: string): string | null {
  const words = text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return words.length ? words.map(escape).join(SPACE) : null;
}

function identifierPattern(identifier: ConfidentialIdentifier): RegExp | null {
  let forms: string[];
  if (identifier.kind === 'birth-date') forms = dateForms(identifier.value) ?? [identifier.value];
  else if (identifier.kind === 'address') {
    // An address is written whole or by its street line.
    const street = identifier.value.split(/[\n,]/)[0]?.trim() ?? '';
    forms = [identifier.value, ...(street.split(/\s+/).length >= 2 ? [street] : [])];
  } else forms = [identifier.value];
  const patterns = forms.map(wordsPattern).filter((pattern) => pattern !== null);
  if (patterns.length === 0) return null;
  return new RegExp(`${NOT_WORD_BEFORE}(?:${patterns.join('|')})${NOT_WORD_AFTER}`, 'giu');
}

const CONTEXT = 60;
function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/** Curly quotes read as straight, one character for one, so offsets still point into the text. */
const comparable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Runs of FACT_RUN words: a confidential fact is found when one of its runs is in the filing. */
const FACT_RUN = 6;
const WORD = /[\p{L}\p{N}]+/gu;

function factRuns(text: string): string[] {
  const words = comparable(text).toLowerCase().match(WORD) ?? [];
  if (words.length <= FACT_RUN) return words.length ? [words.join(' ')] : [];
  const runs: string[] = [];
  for (let start = 0; start + FACT_RUN <= words.length; start++)
    runs.push(words.slice(start, start + FACT_RUN).join(' '));
  return runs;
}

export function findConfidential(
  parts: readonly ScannedPart[],
  terms: ConfidentialTerms,
): ConfidentialFinding[] {
  const findings: ConfidentialFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: ConfidentialFinding) => {
    const key = `${finding.part}|${finding.label}|${finding.context}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  const patterns = terms.identifiers.flatMap((identifier) => {
    if (identifier.kind === 'a-number') return [];
    const pattern = identifierPattern(identifier);
    const label = `${KIND_LABELS[identifier.kind]}, ${identifier.matter}`;
    return pattern ? [{ pattern, kind: identifier.kind, label }] : [];
  });
  const aNumbers = new Map(
    terms.identifiers
      .filter((identifier) => identifier.kind === 'a-number')
      .map((identifier) => [
        aNumberDigits(identifier.value),
        `${KIND_LABELS['a-number']}, ${identifier.matter}`,
      ]),
  );
  const factsByRun = new Map<string, { label: string; length: number }>();
  for (const fact of terms.facts) {
    const runs = factRuns(fact.text);
    const opening = fact.text.split(/\s+/).slice(0, 8).join(' ');
    const label = `${KIND_LABELS.fact}, ${fact.matter}: “${opening}…”`;
    for (const run of runs) factsByRun.set(run, { label, length: run.split(' ').length });
  }

  // A fact shorter than a run is one run of its own length.
  const runLengths = new Set([...factsByRun.values()].map((fact) => fact.length));

  for (const { part, paragraphs } of parts) {
    for (const raw of paragraphs) {
      const text = comparable(raw);
      for (const { pattern, kind, label } of patterns) {
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          add({
            part,
            kind,
            label,
            found: raw.slice(start, end),
            context: contextOf(raw, start, end),
          });
        }
      }
      for (const match of text.matchAll(A_NUMBER)) {
        const [whole, prefix, digits = ''] = match;
        const start = match.index;
        const end = start + whole.length;
        const marked = aNumbers.get(aNumberDigits(digits));
        if (!marked && !prefix && !DIGIT_GROUPS.test(digits)) continue;
        add({
          part,
          kind: marked ? 'a-number' : 'a-number-pattern',
          label: marked ?? KIND_LABELS['a-number-pattern'],
          found: raw.slice(start, end),
          context: contextOf(raw, start, end),
        });
      }
      if (factsByRun.size > 0) findFacts(raw, text, part, factsByRun, runLengths, add);
    }
  }
  return findings;
}

function findFacts(
  raw: string,
  text: string,
  part: DocumentPart,
  factsByRun: ReadonlyMap<string, { label: string; length: number }>,
  runLengths: ReadonlySet<number>,
  add: (finding: ConfidentialFinding) => void,
) {
  // Matched on the text as written, so offsets point into it; compared in lower case.
  const words = [...text.matchAll(WORD)];
  const lower = words.map((word) => word[0].toLowerCase());
  const reported = new Set<string>();
  for (const length of runLengths) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = lower.slice(start, start + length).join(' ');
      const fact = factsByRun.get(run);
      if (!fact || reported.has(fact.label)) continue;
      reported.add(fact.label);
      // The whole stretch the fact and the filing share: runs of it one after another.
      let last = start;
      while (
        last + length < words.length &&
        factsByRun.get(lower.slice(last + 1, last + 1 + length).join(' '))?.label === fact.label
      )
        last += 1;
      const first = words[start]?.index ?? 0;
      const lastWord = words[last + length - 1];
      const end = (lastWord?.index ?? first) + (lastWord?.[0].length ?? 0);
      add({
        part,
        kind: 'fact',
        label: fact.label,
        found: raw.slice(first, end),
        context: contextOf(raw, first, end),
      });
    }
  }
}
