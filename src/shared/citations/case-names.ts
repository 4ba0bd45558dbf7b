import type { CitationStyleRules } from './styles';
import { T6_ABBREVIATIONS } from './t6';

/**
 * Case names as citations write them (Bluebook Rules 10.2 and 10.9), from the full name the
 * library keeps. The full name stays in the library and in whatever the author writes as text.
 */

const VERSUS = /\s+v\.?\s+/;
const PROCEDURAL_PHRASE =
  /^(?:In the Matter of|Matter of|In re|Petition of|Application of|In the Application of)\s+/i;
const APOSTROPHE = /['’]/;

/** T6 by word, and its longest entry in words, for matching phrases such as "Civil Rights". */
const T6 = new Map(T6_ABBREVIATIONS.map(([word, abbreviation]) => [word, abbreviation]));
const LONGEST_ENTRY = Math.max(...T6_ABBREVIATIONS.map(([word]) => word.split(' ').length));

/** States and other geographical units that, as a whole party, are never abbreviated (Rule 10.2.2). */
const GEOGRAPHICAL_PARTY =
  /^(?:United States|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico|Guam|American Samoa|Virgin Islands)$/;

/**
 * Parties a short form is never built from (Rule 10.9(a)(i)): geographical and governmental
 * units, their agencies and officers, and the Attorneys General and Secretaries of Homeland
 * Security who appear in thousands of immigration cases.
 */
const GOVERNMENT_PARTY =
  /^(?:United States(?: of America)?|U\.S\.|State|People|Commonwealth|(?:City|County|Town|Village|State) of .+|INS|I\.N\.S\.|DHS|ICE|USCIS|Immigr(?:ation|\.) (?:and|&) Naturalization Serv(?:ice|\.)|Att(?:orney|’y|'y) Gen(?:eral|\.)(?: of the United States)?|(?:U\.S\. )?Dep(?:artment|’t|'t) of .+|(?:Bd\.|Board) of .+|Sec(?:retary|’y|'y)(?: of .+)?|Comm(?:issioner|’r|'r)(?: of .+)?|Holder|Mukasey|Gonzales|Ashcroft|Reno|Lynch|Sessions|Whitaker|Barr|Wilkinson|Rosen|Garland|Bondi|McHenry|Mayorkas|Nielsen|Napolitano|Chertoff|Kelly|Duke|McAleenan|Wolf|Noem)$/i;

export function isGovernmentParty(party: string): boolean {
  const name = party.trim().replace(/,$/, '');
  return GOVERNMENT_PARTY.test(name) || GEOGRAPHICAL_PARTY.test(name);
}

/** T6's rule for plurals: add "s" (before the final period of an abbreviation that has one). */
function plural(abbreviation: string): string {
  return abbreviation.endsWith('.') ? `${abbreviation.slice(0, -1)}s.` : `${abbreviation}s`;
}

/** One word's abbreviation by T6, its plural and possessive forms included; undefined if none. */
function abbreviateWord(word: string, keep: ReadonlySet<string>): string | undefined {
  const lookup = (form: string) => (keep.has(form) ? undefined : T6.get(form));
  const direct = lookup(word);
  if (direct) return direct;
  const possessive = /^(.+?)(['’]s|s['’])$/.exec(word);
  if (possessive?.[1] && possessive[2]) {
    const singular = possessive[2].endsWith('s') ? lookup(possessive[1]) : undefined;
    if (singular) return `${singular}’s`;
    const base = lookup(possessive[1]);
    if (base) return `${plural(base)}’`;
  }
  if (word.endsWith('s') && !APOSTROPHE.test(word)) {
    const base = lookup(word.slice(0, -1));
    if (base) return plural(base);
  }
  return undefined;
}

/** Abbreviates one party's name by T6, leaving a geographical unit that is the whole party. */
function abbreviateParty(party: string, rules: CitationStyleRules): string {
  let name = party
    .replace(/\s+et al\.?$/, '')
    .replace(/^United States of America$/, 'United States')
    .replace(/^The\s+(?=\S)/, '');
  for (const [phrase, initials] of Object.entries(rules.initials)) {
    // "Immigration & Naturalization Service" is the same agency as "... and ...".
    const pattern = phrase.replaceAll(' and ', ' (?:and|&) ');
    name = name.replace(new RegExp(`\\b${pattern}\\b`, 'g'), initials);
  }
  if (!rules.abbreviateCaseNames || GEOGRAPHICAL_PARTY.test(name)) return name;
  const keep = new Set(rules.keepWords);
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let length = Math.min(LONGEST_ENTRY, words.length - i); length > 1; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const abbreviation = keep.has(phrase) ? undefined : T6.get(phrase);
      if (abbreviation) {
        out.push(abbreviation);
        matched = length;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    // A word keeps the punctuation that follows it ("Holder," or "Inc.)").
    const [, word = '', trailing = ''] = /^(.*?)([,;:)]*)$/.exec(words[i] ?? '') ?? [];
    // T6: "Law" is not abbreviated as the first word of a name.
    const abbreviation = i === 0 && /^Laws?$/.test(word) ? undefined : abbreviateWord(word, keep);
    out.push(`${abbreviation ?? word}${trailing}`);
    i += 1;
  }
  return out.join(' ');
}

function splitCaption(name: string): { phrase: string; rest: string } {
  const match = PROCEDURAL_PHRASE.exec(name);
  return match
    ? { phrase: match[0].trim(), rest: name.slice(match[0].length) }
    : { phrase: '', rest: name };
}

/**
 * A case name as a citation writes it: an agency decision under the style's caption ("In re" or
 * "Matter of"), a court's procedural phrase as "In re" where the style says so (Rule 10.2.1(b)),
 * and each party abbreviated by T6 (Rule 10.2.2).
 */
export function citationCaseName(name: string, agency: boolean, rules: CitationStyleRules): string {
  const trimmed = name.trim();
  const { phrase, rest } = splitCaption(trimmed);
  const caption = agency ? rules.agencyCaption : phrase && rules.inReForCases ? 'In re' : phrase;
  const parties = rest
    .split(VERSUS)
    .map((party) => abbreviateParty(party.trim(), rules))
    .join(' v. ');
  return caption ? `${caption} ${parties}` : parties;
}

/**
 * The name a short form uses (Rule 10.9(a)(i)): the stored short name, or else the first party
 * unless it is a government party, in which case the other ("INS v. Cardoza-Fonseca" gives
 * "Cardoza-Fonseca"). A first party bearing an official's surname is the private party when the
 * other side is the government ("Gonzales v. Garland" gives "Gonzales").
 */
export function shortCaseName(
  authority: { name: string; shortName: string },
  rules: CitationStyleRules,
): string {
  const stored = authority.shortName.trim();
  if (stored) return stored;
  const { rest } = splitCaption(authority.name.trim());
  const parties = rest.split(VERSUS).map((party) => abbreviateParty(party.trim(), rules));
  const [first = '', second] = parties;
  if (second === undefined) return first;
  if (!isGovernmentParty(first) || isGovernmentParty(second)) return first;
  return second;
}
