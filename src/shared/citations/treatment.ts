import { z } from 'zod';
import table from '../../../resources/treatments/precedents.json';
import { IsoDate, longDate } from '../dates';
import { plural } from '../words';
import { reporterFor } from './reporters';

/**
 * Later treatment of precedents: a curated table (resources/treatments/precedents.json, every
 * entry with its source) plus the user's own treatment notes on an authority. Shown while
 * drafting, never printed: nothing here reaches the export.
 */

/** From the gravest to the merely informative. */
export const TREATMENT_KINDS = [
  'vacated',
  'overruled',
  'overruled-in-part',
  'modified',
  'clarified',
  'limited',
  'not-followed-in-circuit',
  'superseded-by-regulation',
  'deference-basis-changed',
  'restored',
] as const;
export const TreatmentKind = z.enum(TREATMENT_KINDS);
export type TreatmentKind = z.infer<typeof TreatmentKind>;

/** How each kind reads after "later": "2 citations to authorities later vacated". */
const LATER: Record<TreatmentKind, string> = {
  vacated: 'vacated',
  overruled: 'overruled',
  'overruled-in-part': 'overruled in part',
  modified: 'modified',
  clarified: 'clarified',
  limited: 'limited',
  'not-followed-in-circuit': 'not followed in a circuit',
  'superseded-by-regulation': 'superseded by regulation',
  // Loper Bright overruled Chevron, not the holdings that relied on it.
  'deference-basis-changed': 'given a changed deference basis',
  restored: 'overruled, then restored',
};

/** How each kind reads before "by …" in a treatment's description. */
const VERB: Record<TreatmentKind, string> = {
  vacated: 'vacated',
  overruled: 'overruled',
  'overruled-in-part': 'overruled in part',
  modified: 'modified',
  clarified: 'clarified',
  limited: 'limited',
  'not-followed-in-circuit': 'not followed',
  'superseded-by-regulation': 'superseded by regulation',
  'deference-basis-changed': 'deference basis changed',
  restored: 'restored',
};

/** Kinds that call for the attorney's attention before citing; the others only inform. */
const WARNING_KINDS: ReadonlySet<TreatmentKind> = new Set([
  'vacated',
  'overruled',
  'overruled-in-part',
  'superseded-by-regulation',
]);

const Treatment = z.object({
  kind: TreatmentKind,
  /** The treating decision's citation. */
  by: z.string().min(1),
  date: IsoDate,
  scope: z.object({
    extent: z.enum(['whole', 'in part']),
    /** What was treated: the point, holding or part. */
    point: z.string().min(1),
  }),
  /** Where the treatment governs: "nationwide" or a circuit ("3d Cir."). */
  jurisdiction: z.union([z.literal('nationwide'), z.string().regex(/^\w+ Cir\.$/)]),
  /** Where the entry was read: the treating decision's headnote or reporter cite. */
  source: z.string().min(1),
  /** Fields that could not be confirmed against a source, shown as such. */
  unverified: z.array(z.enum(['by', 'date', 'scope', 'jurisdiction'])),
});
export type Treatment = z.infer<typeof Treatment>;

const TreatedAuthority = z.object({
  name: z.string().min(1),
  /** How practitioners tell it apart: "A-B- I". */
  label: z.string().min(1),
  volume: z.string().regex(/^\d+$/),
  reporter: z.string().min(1),
  firstPage: z.string().regex(/^\d+$/),
  court: z.string().min(1),
  year: z.number().int(),
  /** In the order they happened. */
  treatments: z.array(Treatment).min(1),
});
export type TreatedAuthority = z.infer<typeof TreatedAuthority>;

export const TreatmentTable = z.object({
  title: z.string(),
  compiled: z.string(),
  method: z.string(),
  authorities: z.array(TreatedAuthority),
});
export type TreatmentTable = z.infer<typeof TreatmentTable>;

/** The reporter cite as a key, whatever spelling of the reporter was written. */
function citeKey(volume: string, reporter: string, firstPage: string): string {
  const canonical = reporterFor(reporter.trim())?.canonical ?? reporter.trim();
  return `${volume.trim()} ${canonical} ${firstPage.trim()}`;
}

/** The table read and checked, indexed by reporter cite. */
export function loadTreatments(data: unknown = table) {
  const parsed = TreatmentTable.parse(data);
  const byCite = new Map<string, TreatedAuthority>();
  for (const entry of parsed.authorities) {
    const key = citeKey(entry.volume, entry.reporter, entry.firstPage);
    if (byCite.has(key)) throw new Error(`The treatment table lists ${key} twice.`);
    byCite.set(key, entry);
  }
  return {
    table: parsed,
    /** The table's entry for an authority with this reporter cite, if any. */
    find(cite: { volume: string; reporter: string; firstPage: string }) {
      if (!cite.volume || !cite.reporter || !cite.firstPage) return undefined;
      return byCite.get(citeKey(cite.volume, cite.reporter, cite.firstPage));
    },
  };
}

export const TREATMENTS = loadTreatments();

/** What the drafter is told about an authority: the table's entry and their own note. */
export interface AuthorityTreatment {
  entry: TreatedAuthority | undefined;
  note: string;
  /** The latest treatment's kind, or "noted" when only the user's note speaks. */
  status: TreatmentKind | 'noted';
  warning: boolean;
}

interface TreatableAuthority {
  volume: string;
  reporter: string;
  firstPage: string;
  treatmentNote: string;
}

export function treatmentOf(
  authority: TreatableAuthority,
  treatments = TREATMENTS,
): AuthorityTreatment | null {
  const entry = treatments.find(authority);
  const note = authority.treatmentNote.trim();
  if (!entry && !note) return null;
  const latest = entry?.treatments.at(-1)?.kind;
  return {
    entry,
    note,
    status: latest ?? 'noted',
    warning: latest !== undefined && WARNING_KINDS.has(latest),
  };
}

function describeOne(treatment: Treatment): string {
  const where =
    treatment.jurisdiction === 'nationwide' ? 'nationwide' : `in the ${treatment.jurisdiction}`;
  const unverified =
    treatment.unverified.length > 0 ? ` [unverified: ${treatment.unverified.join(', ')}]` : '';
  return `${VERB[treatment.kind]} by ${treatment.by}, ${longDate(treatment.date)} (${treatment.scope.extent === 'whole' ? 'in whole' : 'in part'}: ${treatment.scope.point}; ${where})${unverified}. Source: ${treatment.source}`;
}

/** The mark's accessible description and hover text, beginning "Later treatment:". */
export function describeTreatment(treatment: AuthorityTreatment): string {
  const parts = (treatment.entry?.treatments ?? []).map(describeOne);
  if (treatment.note) parts.push(`Your note: ${treatment.note}`);
  return `Later treatment: ${parts.join(' Then ')}`;
}

/** One line of the compliance panel: how many citations reach authorities of one status. */
export interface TreatmentCount {
  status: AuthorityTreatment['status'];
  warning: boolean;
  citations: number;
  /** The authorities' labels, for the line's hover. */
  labels: string[];
}

/** Citations grouped by their authority's status, warnings first, the gravest first. */
export function countTreated(
  cited: readonly { authority: TreatableAuthority & { name: string }; uses: number }[],
  treatments = TREATMENTS,
): TreatmentCount[] {
  const byStatus = new Map<TreatmentCount['status'], TreatmentCount>();
  for (const { authority, uses } of cited) {
    const treatment = treatmentOf(authority, treatments);
    if (!treatment || uses === 0) continue;
    const count = byStatus.get(treatment.status) ?? {
      status: treatment.status,
      warning: treatment.warning,
      citations: 0,
      labels: [],
    };
    count.citations += uses;
    count.labels.push(treatment.entry?.label ?? authority.name);
    byStatus.set(treatment.status, count);
  }
  const rank = (status: TreatmentCount['status']) =>
    status === 'noted' ? TREATMENT_KINDS.length : TREATMENT_KINDS.indexOf(status);
  return [...byStatus.values()].sort(
    (a, b) => Number(b.warning) - Number(a.warning) || rank(a.status) - rank(b.status),
  );
}

/** "2 citations to authorities later vacated"; "1 citation to an authority with your treatment note". */
export function treatedCountText(count: TreatmentCount): string {
  const one = count.labels.length === 1;
  const to = one ? 'an authority' : 'authorities';
  const what =
    count.status === 'noted'
      ? `with your treatment ${one ? 'note' : 'notes'}`
      : `later ${LATER[count.status]}`;
  return `${plural(count.citations, 'citation')} to ${to} ${what}`;
}
