import { COURTS, EDITIONS, JOURNALS, LAWS, TREATISES, VARIANTS } from './data/reporters-db';

/**
 * The reporters, codes, journals and courts the extractor knows, read from the tables generated
 * from the Free Law Project's reporters-db and courts-db (data/reporters-db.ts). Every spelling
 * is looked up by its key: the text without spaces, so "F. Supp. 2d", "F.Supp.2d" and "F. Supp.2d"
 * are one reporter.
 */

/** Which kind of reporter prints a case, for the extractor's figures and the authority's kind. */
export type ReporterFamily =
  'federal' | 'state' | 'regional' | 'neutral' | 'database' | 'specialty' | 'agency';

export interface Reporter {
  /** The Bluebook abbreviation of the edition: "F.3d", "S.W.2d", "Neb. App.". */
  canonical: string;
  family: ReporterFamily;
  /** First and last year the edition covers, when reporters-db gives them. */
  start?: number;
  end?: number;
}

/**
 * How a code or session law is cited: "title" 8 U.S.C. § 1158; "section" Conn. Gen. Stat.
 * § 46b-15; "page" 119 Stat. 231 (volume or year, then page); "subject" Cal. Penal Code § 187;
 * "chapter" Mass. Gen. Laws ch. 151B, § 4; "article" La. Civ. Code Ann. art. 2315; "number"
 * Pub. L. No. 109-13.
 */
export type LawForm = 'title' | 'section' | 'page' | 'subject' | 'chapter' | 'article' | 'number';
export type LawKind = 'statute' | 'session' | 'regulation' | 'register';

export interface Law {
  canonical: string;
  kind: LawKind;
  form: LawForm;
}

const FORMS: Record<string, LawForm> = {
  t: 'title',
  s: 'section',
  v: 'page',
  x: 'subject',
  c: 'chapter',
  a: 'article',
  p: 'number',
};

const FAMILIES: Record<string, ReporterFamily> = {
  f: 'federal',
  s: 'state',
  r: 'regional',
  n: 'neutral',
  w: 'database',
  l: 'database',
  x: 'specialty',
  e: 'federal',
};

/** Reporters of administrative decisions: what they print is an agency decision, not a case. */
const AGENCY_REPORTERS = new Set(['I. & N. Dec.']);

/** The lookup key of a spelling: without spaces, with straight apostrophes. */
export function spellingKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[‘’]/g, "'");
}

function lines(table: string): string[][] {
  return table.split('\n').map((line) => line.split('\t'));
}

function yearOf(text: string | undefined): number | undefined {
  return text ? Number(text) : undefined;
}

const editions: Reporter[] = lines(EDITIONS).map(([canonical = '', kind = '', start, end]) => ({
  canonical,
  family: AGENCY_REPORTERS.has(canonical) ? 'agency' : (FAMILIES[kind] ?? 'specialty'),
  ...(start && { start: yearOf(start) }),
  ...(end && { end: yearOf(end) }),
}));

/** Every spelling's key, with the editions it can name: the edition whose own name it is first. */
const reportersByKey = new Map<string, Reporter[]>();
function addReporter(spelling: string, reporter: Reporter, own: boolean): void {
  const key = spellingKey(spelling);
  const known = reportersByKey.get(key) ?? [];
  if (known.includes(reporter)) return;
  reportersByKey.set(key, own ? [reporter, ...known] : [...known, reporter]);
}
for (const edition of editions) addReporter(edition.canonical, edition, true);
for (const [variant = '', index = ''] of lines(VARIANTS)) {
  const edition = editions[Number(index)];
  if (edition) addReporter(variant, edition, false);
}

/**
 * The edition a spelling names, given the year the citation prints when it does: an edition
 * whose years include it wins over one whose years do not (reporters-db's spellings are shared
 * by several old reporters).
 */
export function reporterFor(written: string, year?: number): Reporter | undefined {
  const candidates = reportersByKey.get(spellingKey(written));
  if (!candidates || candidates.length === 0) return undefined;
  if (year === undefined || candidates.length === 1) return candidates[0];
  return (
    candidates.find(
      (edition) => (edition.start ?? 0) <= year + 1 && year - 1 <= (edition.end ?? 9999),
    ) ?? candidates[0]
  );
}

export function isReporter(written: string): boolean {
  return reportersByKey.has(spellingKey(written));
}

const lawsByKey = new Map<string, Law>();
/** Codes named by a subject between a prefix and a suffix: "Cal." + "Penal" + "Code". */
const subjectLaws: { prefix: string; suffix: string; law: Law }[] = [];
for (const [canonical = '', kind = '', form = '', variants = ''] of lines(LAWS)) {
  const law: Law = {
    canonical,
    kind: kind as LawKind,
    form: FORMS[form] ?? 'section',
  };
  if (law.form === 'subject') {
    const [prefix = '', suffix = ''] = canonical.split(' * ');
    subjectLaws.push({ prefix: spellingKey(prefix), suffix: spellingKey(suffix), law });
    continue;
  }
  for (const spelling of [canonical, ...variants.split('|').filter(Boolean)]) {
    const key = spellingKey(spelling);
    if (!lawsByKey.has(key)) lawsByKey.set(key, law);
  }
}

/** A code or session law by any of its spellings; a subject code keeps the subject as written. */
export function lawFor(written: string): Law | undefined {
  const key = spellingKey(written);
  const law = lawsByKey.get(key);
  if (law) return law;
  for (const { prefix, suffix, law: subject } of subjectLaws) {
    if (
      key.length > prefix.length + suffix.length &&
      key.startsWith(prefix) &&
      key.endsWith(suffix)
    )
      return { ...subject, canonical: written.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

function canonicalByKey(table: string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const [canonical = '', variants = ''] of lines(table))
    for (const spelling of [canonical, ...variants.split('|').filter(Boolean)])
      if (!byKey.has(spellingKey(spelling))) byKey.set(spellingKey(spelling), canonical);
  return byKey;
}

const journalsByKey = canonicalByKey(JOURNALS);
const treatisesByKey = canonicalByKey(TREATISES);

/** A law review or journal's abbreviation, from any spelling reporters-db lists. */
export function journalFor(written: string): string | undefined {
  return journalsByKey.get(spellingKey(written));
}

/** A treatise cited by volume, title and section (Am. Jur. 2d, C.J.S.). */
export function treatiseFor(written: string): string | undefined {
  return treatisesByKey.get(spellingKey(written));
}

const courts = new Set(lines(COURTS).map(([court = '']) => spellingKey(court)));

/** Whether the text names a court as citations do ("2d Cir.", "Conn. App. Ct.", "BIA"). */
export function isCourt(written: string): boolean {
  return courts.has(spellingKey(written));
}
