import { z } from 'zod';
import { AuthorityFields, type Authority, type AuthorityKind } from './library';

/**
 * CSL-JSON, the bibliographic data Zotero and Juris-M export, read into library authorities and
 * written from them. The item schema follows the official CSL-JSON schema, version 1.0.2
 * (citation-style-language/schema, `schemas/input/csl-data.json`): the same variables with the
 * same types. Two deliberate departures, both on the lenient side: a key the schema does not
 * know (Juris-M's `multi`, say) is left out rather than failing the item, and a date may be an
 * EDTF string, which the schema's own description calls the preferred form.
 */

const text = z.string().max(100_000);
/** The schema's `["string", "number"]` variables. */
const textOrNumber = z.union([text, z.number()]);
const flag = z.union([z.string().max(100), z.number(), z.boolean()]);

const CslName = z.object({
  family: text.optional(),
  given: text.optional(),
  'dropping-particle': text.optional(),
  'non-dropping-particle': text.optional(),
  suffix: text.optional(),
  'comma-suffix': flag.optional(),
  'static-ordering': flag.optional(),
  literal: text.optional(),
  'parse-names': flag.optional(),
});
export type CslName = z.infer<typeof CslName>;

const CslDate = z.union([
  z.object({
    'date-parts': z.array(z.array(textOrNumber).min(1).max(3)).min(1).max(2).optional(),
    season: textOrNumber.optional(),
    circa: flag.optional(),
    literal: text.optional(),
    raw: text.optional(),
  }),
  text,
]);
type CslDate = z.infer<typeof CslDate>;

export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;
export type CslType = (typeof CSL_TYPES)[number];

const names = z.array(CslName).max(1000).optional();

const NAME_VARIABLES = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'interviewer',
  'illustrator',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'script-writer',
  'series-creator',
  'translator',
] as const;
const DATE_VARIABLES = [
  'accessed',
  'available-date',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;
const TEXT_VARIABLES = [
  'citation-key',
  'language',
  'journalAbbreviation',
  'shortTitle',
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'citation-label',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'event',
  'event-title',
  'event-place',
  'genre',
  'ISBN',
  'ISSN',
  'jurisdiction',
  'keyword',
  'medium',
  'note',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'part-title',
  'PMCID',
  'PMID',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'section',
  'source',
  'status',
  'title',
  'title-short',
  'URL',
  'version',
  'volume-title',
  'volume-title-short',
  'year-suffix',
] as const;
const TEXT_OR_NUMBER_VARIABLES = [
  'chapter-number',
  'citation-number',
  'collection-number',
  'edition',
  'first-reference-note-number',
  'issue',
  'locator',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'page',
  'page-first',
  'part',
  'printing',
  'supplement',
  'volume',
] as const;

const optionalEach = <K extends string, T extends z.ZodType>(keys: readonly K[], schema: T) =>
  Object.fromEntries(keys.map((key) => [key, schema.optional()])) as Record<K, z.ZodOptional<T>>;

/** One CSL-JSON item (csl-data.json `items`). */
export const CslItem = z.object({
  type: z.enum(CSL_TYPES),
  id: textOrNumber,
  categories: z.array(text).max(1000).optional(),
  ...optionalEach(NAME_VARIABLES, names.unwrap()),
  ...optionalEach(DATE_VARIABLES, CslDate),
  ...optionalEach(TEXT_VARIABLES, text),
  ...optionalEach(TEXT_OR_NUMBER_VARIABLES, textOrNumber),
  /**
   * The schema's free key-value object. Amicus reads only its own two keys, so the rest of
   * whatever a file puts there (prototype keys included) is never copied anywhere.
   */
  custom: z
    .object({
      'amicus-kind': z.enum(['agency']).optional(),
      parenthetical: z.string().max(500).optional(),
    })
    .optional(),
});
export type CslItem = z.infer<typeof CslItem>;

/** What one CSL-JSON item became: an authority, or the reason it could not be one. */
export type CslMapping =
  { ok: true; fields: AuthorityFields; keptInNotes: string[] } | { ok: false; reason: string };

const asText = (value: string | number | undefined) =>
  value === undefined ? '' : String(value).trim();

/** "421-450", "421–50" or "421, 430": the first page; "76,588" (the Federal Register) is one. */
function firstPageOf(item: CslItem): string {
  const page = asText(item['page-first']) || asText(item.page);
  const thousands = /^\d{1,3}(?:,\d{3})+(?![\d,])/.exec(page)?.[0];
  return thousands ?? page.split(/[-–—,]/)[0]?.trim() ?? '';
}

function dateParts(date: CslDate | undefined): number[] {
  if (date === undefined) return [];
  const source =
    typeof date === 'string'
      ? date
      : date['date-parts']?.[0]?.map((part) => String(part).trim()).join('-') ||
        date.raw ||
        date.literal ||
        '';
  // EDTF and ISO 8601 both start year-month-day; a literal date ("Aug. 9, 2013") gives its year.
  const iso = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(source.trim());
  if (iso) return iso.slice(1).filter(Boolean).map(Number);
  const year = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(source)?.[1];
  return year ? [Number(year)] : [];
}

function yearOf(item: CslItem): number | null {
  const [year] = dateParts(item.issued);
  return year !== undefined && year >= 1600 && year <= 2200 ? year : null;
}

/** The exact date, when the item gives day, month and year. */
function exactDateOf(item: CslItem): string {
  const [year, month, day] = dateParts(item.issued);
  if (year === undefined || month === undefined || day === undefined) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return Number.isNaN(Date.parse(date)) ? '' : date;
}

function nameText(name: CslName): string {
  if (name.literal?.trim()) return name.literal.trim();
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const full = [name.given, name['dropping-particle'], family].filter(Boolean).join(' ');
  return name.suffix ? `${full}, ${name.suffix}` : full;
}

/** Authors as Bluebook Rule 16.2 lists them: "A", "A & B", "A, B & C". */
function authorsText(authors: CslName[] = []): string {
  const all = authors.map(nameText).filter(Boolean);
  if (all.length <= 1) return all[0] ?? '';
  return `${all.slice(0, -1).join(', ')} & ${all.at(-1)}`;
}

/** The other way: "Deborah E. Anker" is given and family; an institution stays one name. */
function cslNames(authors: string): CslName[] {
  return (
    authors
      // A comma before "Jr." or "III" is part of the name, not a list.
      .split(/\s+&\s+|,\s*(?!(?:Jr|Sr)\.?(?:,|$)|I{2,3}\b|IV\b)/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((author) => {
        const words = author.split(/\s+/);
        const personal =
          words.length >= 2 &&
          words.length <= 4 &&
          words.every((word) => /^\p{Lu}[\p{L}.’'-]*$/u.test(word));
        const family = words.at(-1);
        return personal && family
          ? { given: words.slice(0, -1).join(' '), family }
          : { literal: author };
      })
  );
}

const sectionOf = (item: CslItem) => asText(item.section).replace(/^§+\s*/, '');

/** Agency decisions: the Board's reporter, or an immigration agency as the deciding body. */
const AGENCY_REPORTER = /^i\.?\s*&\s*n\.?\s*dec\.?$/i;
const AGENCY_BODY =
  /^(b\.?i\.?a\.?|board of immigration appeals|a\.?a\.?o\.?|a\.?g\.?|attorney general)$/i;
const DATABASE_REPORTER = /^(WL|U\.?S\.? Dist\. LEXIS|U\.?S\.? App\. LEXIS|LEXIS)$/i;

const SECONDARY_TYPES = new Set<CslType>([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'document',
  'entry-dictionary',
  'entry-encyclopedia',
  'manuscript',
  'pamphlet',
  'paper-conference',
  'post-weblog',
  'report',
  'review',
  'review-book',
  'thesis',
  'webpage',
]);

/** What a CSL type is called in a report: its own name, read as words. */
const typeName = (type: CslType) => type.replace(/[-_]/g, ' ');

/** Variables worth keeping when Amicus has no field for them: they go in the notes. */
const KEPT_IN_NOTES: readonly (keyof CslItem & string)[] = [
  'publisher',
  'publisher-place',
  'edition',
  'collection-title',
  'jurisdiction',
  'genre',
  'ISBN',
  'DOI',
  'URL',
];

function mappedFields(
  item: CslItem,
): { kind: AuthorityKind; fields: Partial<AuthorityFields> } | string {
  const title = asText(item.title);
  const shortName = asText(item['title-short']) || asText(item.shortTitle);
  const year = yearOf(item);
  const reporter =
    asText(item['container-title-short']) ||
    asText(item.journalAbbreviation) ||
    asText(item['container-title']);
  const volume = asText(item.volume);
  const firstPage = firstPageOf(item);
  switch (item.type) {
    case 'legal_case': {
      const docket = asText(item.number);
      const agency =
        item.custom?.['amicus-kind'] === 'agency' ||
        AGENCY_REPORTER.test(reporter) ||
        AGENCY_BODY.test(asText(item.authority));
      const cited = volume && reporter && firstPage;
      if (!title || (!cited && !docket))
        return 'a case needs its name and a reporter cite (volume, reporter, first page) or a docket number';
      const database = !volume || DATABASE_REPORTER.test(reporter);
      return {
        kind: agency ? 'agency' : 'case',
        fields: {
          name: title,
          shortName,
          volume,
          reporter,
          firstPage,
          court: asText(item.authority),
          year,
          docket,
          date: database ? exactDateOf(item) : '',
          history: asText(item.references),
          parenthetical: item.custom?.parenthetical ?? '',
        },
      };
    }
    case 'legislation':
    case 'regulation': {
      const code = asText(item['container-title']);
      const section = sectionOf(item);
      const kind = item.type === 'legislation' ? 'statute' : 'regulation';
      if (code && section)
        return { kind, fields: { name: title, shortName, title: volume, code, section, year } };
      // A Federal Register document: 76 Fed. Reg. 76,588 (Dec. 8, 2011).
      if (kind === 'regulation' && volume && reporter && firstPage)
        return {
          kind,
          fields: {
            name: title,
            shortName,
            volume,
            reporter,
            firstPage,
            year,
            date: exactDateOf(item),
          },
        };
      return kind === 'statute'
        ? 'a statute needs its code and section'
        : 'a regulation needs its code and section, or a Federal Register cite';
    }
    default: {
      if (!SECONDARY_TYPES.has(item.type))
        return `Amicus has no kind of authority for a ${typeName(item.type)}`;
      if (!title) return 'a secondary source needs its title';
      const periodical = item.type.startsWith('article') || item.type === 'review';
      return {
        kind: 'secondary',
        fields: {
          name: authorsText(item.author ?? item.editor),
          title,
          shortName,
          volume: periodical ? volume : '',
          reporter: periodical ? reporter : '',
          firstPage: periodical ? firstPage : '',
          year,
        },
      };
    }
  }
}

/** One CSL-JSON item as a library authority, or why it cannot be one. */
export function authorityFromCsl(item: CslItem): CslMapping {
  const mapped = mappedFields(item);
  if (typeof mapped === 'string') return { ok: false, reason: mapped };
  const kept = KEPT_IN_NOTES.filter((key) => asText(item[key] as string | number | undefined));
  const notes = [
    asText(item.note),
    ...kept.map((key) => `${key}: ${asText(item[key] as string | number | undefined)}`),
  ]
    .filter(Boolean)
    .join('\n');
  const parsed = AuthorityFields.safeParse({ ...mapped.fields, kind: mapped.kind, notes });
  if (!parsed.success)
    return {
      ok: false,
      reason: `its ${parsed.error.issues[0]?.path.join('.') ?? 'fields'} cannot be read (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    };
  return { ok: true, fields: parsed.data, keptInNotes: kept };
}

/** A readable name for an item in a report, whatever it holds. */
export function cslItemLabel(item: unknown, index: number): string {
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const title = typeof record.title === 'string' ? record.title.trim().slice(0, 120) : '';
  const type = typeof record.type === 'string' ? record.type.slice(0, 40) : 'unknown type';
  return title ? `${title} (${type})` : `Item ${index + 1} (${type})`;
}

function issued(authority: Authority): CslItem['issued'] {
  const [year, month, day] = authority.date ? authority.date.split('-').map(Number) : [];
  if (year && month && day) return { 'date-parts': [[year, month, day]] };
  return authority.year ? { 'date-parts': [[authority.year]] } : undefined;
}

const present = <T extends Record<string, unknown>>(item: T): T =>
  Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined && value !== ''),
  ) as T;

/** A library authority as a CSL-JSON item, in the variables Zotero reads for its type. */
export function authorityToCsl(authority: Authority): CslItem {
  const common = {
    id: `amicus-${authority.id}`,
    'title-short': authority.shortName,
    note: authority.notes,
    issued: issued(authority),
  };
  switch (authority.kind) {
    case 'case':
    case 'agency': {
      const custom = present({
        'amicus-kind': authority.kind === 'agency' ? ('agency' as const) : undefined,
        parenthetical: authority.parenthetical,
      });
      return present({
        ...common,
        type: 'legal_case',
        title: authority.name,
        'container-title': authority.reporter,
        volume: authority.volume,
        page: authority.firstPage,
        authority: authority.court,
        number: authority.docket,
        references: authority.history,
        custom: Object.keys(custom).length > 0 ? custom : undefined,
      });
    }
    case 'statute':
    case 'regulation':
      return present({
        ...common,
        type: authority.kind === 'statute' ? 'legislation' : 'regulation',
        title: authority.name,
        'container-title': authority.code || authority.reporter,
        volume: authority.title || authority.volume,
        section: authority.section,
        page: authority.section ? '' : authority.firstPage,
      });
    case 'secondary':
      return present({
        ...common,
        type: authority.reporter ? 'article-journal' : 'book',
        author: authority.name ? cslNames(authority.name) : undefined,
        title: authority.title,
        'container-title': authority.reporter,
        volume: authority.volume,
        page: authority.firstPage,
      });
  }
}
