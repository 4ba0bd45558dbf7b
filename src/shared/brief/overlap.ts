import type { AuthorityFieldsInput } from '../library';
import { extractCitations } from '../citations/extract';
import { authorityFromExtracted, authorityKey, type AuthorityKey } from '../citations/to-authority';

/**
 * How much an amicus brief repeats the brief of the party it supports, which courts disfavor
 * (Prairie Rivers Network v. Dynegy Midwest Generation, LLC, 976 F.3d 761 (7th Cir. 2020)).
 * Citations are left out of the text (they are compared as authorities), case and punctuation
 * ignored. Two measures, the larger counting:
 *
 * - Copying: the share of a paragraph's shingles (runs of SHINGLE_WORDS words) the party's brief
 *   also holds. Five words is short enough that light editing (a word in twelve) keeps about half
 *   the shingles, long enough that briefs written apart share few: stock phrases such as "the
 *   Board of Immigration Appeals" are five words at most.
 * - Paraphrase: a sentence whose content words (stop words dropped, each cut to its first
 *   STEM_LETTERS letters so "persecuted" meets "persecution") lie NEAR_SENTENCE or more in one
 *   sentence of the party's; the paragraph's share is the part of its content words in such
 *   sentences. A sentence restated in other words keeps most of its terms; two sentences
 *   written apart on the same law share the law's terms but rarely three in five of them.
 *
 * Linear in both briefs: shingles go into a set, and a sentence is compared only with the party
 * sentences that share one of its rarer terms (a term in more than COMMON_TERM sentences, such as
 * "court", finds nothing by itself but still counts in the comparison).
 */
export const SHINGLE_WORDS = 5;
/** At or above: the paragraph repeats the party's brief (a copy, or nearly). */
export const REPEATS_AT = 0.8;
/** At or above: a close paraphrase. Below it, the overlap is stock phrases. */
export const CLOSE_AT = 0.3;
/** Shorter paragraphs (headings, one-line transitions) are not judged. */
const FEWEST_WORDS = 8;
export const NEAR_SENTENCE = 0.6;
const STEM_LETTERS = 6;
/** Sentences with fewer content words are too short to call a paraphrase. */
const FEWEST_TERMS = 5;
const COMMON_TERM = 50;
const STOP_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have her his how i if in into is it its may might must no not of on or our she should so such than that the their them then there these they this those to under upon was we were what when where whether which while who whom will with would you'.split(
    ' ',
  ),
);

export interface ComparedParagraph {
  /** The caller's id for the paragraph (the editor's node key). */
  id: string;
  /** Its opening words, to recognize it by. */
  opening: string;
  words: number;
  /** How much of it the party's brief holds, copied or restated, 0 to 1. */
  share: number;
  level: 'repeats' | 'close' | 'apart';
  /** Its sentences the party's brief holds, word for word or restated. */
  sharedSentences: string[];
}

export interface SharedAuthority {
  label: string;
  amicusUses: number;
  partyUses: number;
}

export interface Overlap {
  paragraphs: ComparedParagraph[];
  authorities: SharedAuthority[];
  /** Distinct authorities the party cites that the amicus brief does not. */
  partyOnly: number;
  partyWords: number;
}

function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A sentence's content words, each cut to a crude stem. */
function terms(sentence: string): Set<string> {
  return new Set(
    words(sentence)
      .filter((word) => !STOP_WORDS.has(word) && !/^\d+$/.test(word))
      .map((word) => word.slice(0, STEM_LETTERS)),
  );
}

/** A sentence as shown, the gaps its citations left closed up. */
function readable(sentence: string): string {
  return sentence
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .replace(/([.?!])[.,;:]+/g, '$1');
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((part) => part.split(SENTENCE_END))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The party's sentences by term, to find the few a sentence could restate. */
function sentenceIndex(text: string) {
  const sentences = sentencesOf(text).map(terms);
  const byTerm = new Map<string, number[]>();
  sentences.forEach((sentenceTerms, index) => {
    for (const term of sentenceTerms) {
      const list = byTerm.get(term);
      if (list) list.push(index);
      else byTerm.set(term, [index]);
    }
  });
  /** The largest share of `own` that one party sentence holds. */
  return (own: Set<string>): number => {
    const candidates = new Set<number>();
    for (const term of own) {
      const list = byTerm.get(term);
      if (list && list.length <= COMMON_TERM) for (const index of list) candidates.add(index);
    }
    let best = 0;
    for (const index of candidates) {
      const theirs = sentences[index];
      if (!theirs) continue;
      let shared = 0;
      for (const term of own) if (theirs.has(term)) shared += 1;
      best = Math.max(best, shared / own.size);
    }
    return best;
  };
}

function shingles(segment: readonly string[]): string[] {
  const runs: string[] = [];
  for (let start = 0; start + SHINGLE_WORDS <= segment.length; start++) {
    runs.push(segment.slice(start, start + SHINGLE_WORDS).join(' '));
  }
  return runs;
}

/** A paragraph of the amicus brief: its text with each citation given as a break ('\n'). */
export interface AmicusParagraph {
  id: string;
  text: string;
}

/** One of the amicus brief's authorities and how many times the brief cites it. */
export interface AmicusAuthority {
  label: string;
  fields: AuthorityFieldsInput;
  uses: number;
}

const SENTENCE_END = /(?<=[.?!][”"’)]?)\s+(?=[“"(]?[A-Z])/;

export function compareWithPartyBrief(
  amicusParagraphs: readonly AmicusParagraph[],
  amicusAuthorities: readonly AmicusAuthority[],
  partyText: string,
): Overlap {
  const cites = extractCitations(partyText);
  // Citations break the party's text as they break the amicus brief's.
  let prose = '';
  let from = 0;
  for (const cite of cites) {
    prose += `${partyText.slice(from, cite.span[0])}\n`;
    from = cite.span[1];
  }
  prose += partyText.slice(from);
  const partyShingles = new Set<string>();
  let partyWords = 0;
  for (const segment of prose.split(/\n/)) {
    const segmentWords = words(segment);
    partyWords += segmentWords.length;
    for (const shingle of shingles(segmentWords)) partyShingles.add(shingle);
  }

  const restated = sentenceIndex(prose);

  const paragraphs = amicusParagraphs.flatMap((paragraph): ComparedParagraph[] => {
    const segments = paragraph.text.split('\n').map(words);
    const count = segments.reduce((sum, segment) => sum + segment.length, 0);
    if (count < FEWEST_WORDS) return [];
    const own = segments.flatMap(shingles);
    const copied = own.length
      ? own.filter((shingle) => partyShingles.has(shingle)).length / own.length
      : 0;
    const sentences = sentencesOf(paragraph.text.replace(/\n(?=[^\S\n]*[.,;])/g, ''));
    let termsInAll = 0;
    let termsRestated = 0;
    const sharedSentences: string[] = [];
    for (const sentence of sentences) {
      const sentenceTerms = terms(sentence);
      termsInAll += sentenceTerms.size;
      if (sentenceTerms.size < FEWEST_TERMS) continue;
      if (restated(sentenceTerms) >= NEAR_SENTENCE) {
        termsRestated += sentenceTerms.size;
        sharedSentences.push(readable(sentence));
      }
    }
    const share = Math.max(copied, termsInAll ? termsRestated / termsInAll : 0);
    return [
      {
        id: paragraph.id,
        opening: paragraph.text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 12).join(' '),
        words: count,
        share,
        level: copied >= REPEATS_AT ? 'repeats' : share >= CLOSE_AT ? 'close' : 'apart',
        sharedSentences,
      },
    ];
  });

  // Authorities both briefs cite: the party's citations, short forms and Id. counted toward
  // the authority they refer to, matched by reporter or code cite.
  const partyUses = new Map<string, number>();
  const keyOfCite = new Map<number, string | null>();
  cites.forEach((cite, index) => {
    const fields = authorityFromExtracted(cite);
    const key = fields
      ? matchKey(authorityKey(fields))
      : (keyOfCite.get(cite.resolvesTo ?? -1) ?? null);
    keyOfCite.set(index, key);
    if (key) partyUses.set(key, (partyUses.get(key) ?? 0) + 1);
  });
  const amicusKeys = new Set<string>();
  const authorities = amicusAuthorities
    .flatMap((authority): SharedAuthority[] => {
      const key = matchKey(authorityKey(authority.fields));
      if (!key) return [];
      amicusKeys.add(key);
      const uses = partyUses.get(key) ?? 0;
      return uses > 0
        ? [{ label: authority.label, amicusUses: authority.uses, partyUses: uses }]
        : [];
    })
    .sort((a, b) => b.partyUses - a.partyUses || a.label.localeCompare(b.label));
  const partyOnly = [...partyUses.keys()].filter((key) => !amicusKeys.has(key)).length;
  return { paragraphs, authorities, partyOnly, partyWords };
}

/**
 * What makes two cites the same authority here: the reporter cite, or the code cite to the
 * section (subsections aside: 8 U.S.C. § 1158(b)(1) and § 1158(a) are the one statute section).
 */
function matchKey(key: AuthorityKey): string | null {
  const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  if (key.volume && key.reporter && key.firstPage)
    return `r|${compact(key.volume)}|${compact(key.reporter)}|${compact(key.firstPage)}`;
  const section = /^[\dA-Za-z.-]+?(?=\(|$)/.exec(key.section.trim())?.[0];
  if (key.code && section)
    return `c|${compact(key.title)}|${compact(key.code)}|${compact(section)}`;
  return null;
}
