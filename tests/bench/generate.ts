import type { Library } from '../../src/main/library';
import type { AuthorityFields } from '../../src/shared/library';

/** A seeded generator, so every run of the benchmark builds the same library. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEGAL_WORDS = `asylum persecution particular social group membership immutable characteristic
well-founded fear nexus protected ground political opinion religion nationality race government
unable unwilling protection removal withholding convention torture credibility corroboration
testimony record immigration judge board appeals petition review remand reverse affirm deference
chevron reasonable interpretation statute regulation agency precedent circuit panel en banc
rehearing particularity visibility distinction gang recruitment trafficking prostitution family
clan tribe women girls children domestic violence forced marriage mutilation honor threat harm
beating detention arrest prosecution punishment discrimination harassment relocation internal
country conditions report evidence substantial burden proof applicant respondent petitioner
counsel pro se hearing transcript exhibit declaration affidavit expert witness police authority
complaint investigation failure acquiescence officials state actor private actor motive central
reason mixed motive past future presumption rebut changed circumstances fundamental change
humanitarian discretion bar firm resettlement frivolous deadline exception extraordinary`.split(
  /\s+/,
);

const SYLLABLES = [
  'ba',
  'ce',
  'di',
  'fo',
  'gu',
  'ha',
  'ji',
  'ka',
  'lo',
  'me',
  'ni',
  'po',
  'ra',
  'si',
  'to',
  'vu',
  'za',
  'ar',
  'el',
  'in',
  'os',
  'un',
  'mar',
  'tin',
  'rez',
  'lop',
  'gar',
];
const RESPONDENTS = [
  'Holder',
  'Mukasey',
  'Gonzales',
  'Ashcroft',
  'Lynch',
  'Sessions',
  'Barr',
  'Garland',
  'INS',
  'Attorney General',
];
const COURTS = [
  '1st Cir.',
  '2d Cir.',
  '3d Cir.',
  '4th Cir.',
  '5th Cir.',
  '7th Cir.',
  '8th Cir.',
  '9th Cir.',
  '10th Cir.',
  '11th Cir.',
  'D.C. Cir.',
];
const REPORTERS = ['F.3d', 'F.4th', 'F.2d', 'F. App’x'];

export function surname(rng: () => number): string {
  const n = 2 + Math.floor(rng() * 3);
  let name = '';
  for (let i = 0; i < n; i++) name += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Words drawn with a skew, so a few are very common and most are rare, as in real prose. */
export function words(rng: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push(LEGAL_WORDS[Math.floor(rng() ** 2.2 * LEGAL_WORDS.length)]!);
  return out.join(' ');
}

export interface GeneratedSizes {
  authorities: number;
  facts: number;
  snippets: number;
}

/** One generated authority: a case or (one in five) an agency decision, with notes. */
export function authorityFields(rng: () => number): AuthorityFields {
  const agency = rng() < 0.2;
  const name = agency
    ? `Matter of ${surname(rng)}`
    : `${surname(rng)} v. ${RESPONDENTS[Math.floor(rng() * RESPONDENTS.length)]}`;
  return {
    kind: agency ? 'agency' : 'case',
    name,
    shortName: name.split(' ')[agency ? 2 : 0] ?? '',
    volume: String(1 + Math.floor(rng() * 999)),
    reporter: agency ? 'I. & N. Dec.' : REPORTERS[Math.floor(rng() * REPORTERS.length)]!,
    firstPage: String(1 + Math.floor(rng() * 1500)),
    court: agency ? 'BIA' : COURTS[Math.floor(rng() * COURTS.length)]!,
    year: 1950 + Math.floor(rng() * 75),
    title: '',
    code: '',
    section: '',
    parenthetical: rng() < 0.05 ? 'en banc' : '',
    history: '',
    docket: '',
    date: '',
    notes: words(rng, 8 + Math.floor(rng() * 25)),
    treatmentNote: '',
  };
}

/** Fills a library through its own stores (triggers, indexes and all), in one transaction per table. */
export function generateLibrary(library: Library, sizes: GeneratedSizes, rng = random(42)): void {
  const matterIds = Array.from(
    { length: 50 },
    (_, i) => library.matters.create({ name: `Matter ${i + 1}` }).id,
  );
  library.db.transaction(() => {
    for (let i = 0; i < sizes.authorities; i++) library.authorities.create(authorityFields(rng));
  })();
  library.db.transaction(() => {
    for (let i = 0; i < sizes.facts; i++) {
      library.facts.create({
        matterId: matterIds[Math.floor(rng() * matterIds.length)]!,
        text: `${surname(rng)} ${words(rng, 12 + Math.floor(rng() * 30))}.`,
        recordCite: `A.R. ${1 + Math.floor(rng() * 2000)}`,
        source: 'Hearing testimony',
        tags: [],
      });
    }
  })();
  library.db.transaction(() => {
    for (let i = 0; i < sizes.snippets; i++) {
      const text = words(rng, 120 + Math.floor(rng() * 300));
      library.snippets.create({
        matterId: null,
        title: words(rng, 4),
        content: '',
        plainText: text,
        tags: [],
      });
    }
  })();
}
