import { z } from 'zod';
import { ACT_PARALLELS, ACT_SHORT_FORMS, DEFAULT_ACT_CITATIONS } from '../citations/styles';
import { IsoDate } from '../dates';

const line = z.string().trim().max(500).default('');
const paragraph = z.string().trim().max(5000).default('');

/** One amicus curiae: its name, what FRAP 26.1 asks of it, and its own statement of interest. */
export const Amicus = z.object({
  name: z.string().trim().min(1, 'An amicus needs a name.').max(500),
  /** FRAP 26.1 and 29(a)(4)(A) ask for a disclosure statement only of a corporate amicus. */
  corporation: z.boolean().default(true),
  /** Parent corporations, one per line; empty for none. */
  parents: paragraph,
  /** Publicly held corporations owning 10% or more of its stock, one per line; empty for none. */
  stockholders: paragraph,
  /** The disclosure in the amicus's own words, used instead of the one built from the answers. */
  disclosure: paragraph,
  /** Its statement of identity and interest (FRAP 29(a)(4)(D)), placed in the interest section. */
  interest: z.string().trim().max(20_000).default(''),
});
export type Amicus = z.infer<typeof Amicus>;

/** An amicus with nothing but its name: a corporation with no parent and no 10% owner. */
export function newAmicus(name = ''): Amicus {
  return { name, corporation: true, parents: '', stockholders: '', disclosure: '', interest: '' };
}

export const Counsel = z.object({
  name: line,
  firm: line,
  address: z.string().max(2000).default(''),
  telephone: line,
  email: line,
  /** Bar admission, e.g. "Member of the bar of this Court". */
  barMembership: line,
  /** Counsel of record is named first on the cover and marked there. */
  ofRecord: z.boolean().default(false),
  /** Signs the brief: each signing counsel has a signature block. */
  signs: z.boolean().default(true),
});
export type Counsel = z.infer<typeof Counsel>;

export const SUPPORTS = {
  merits: ['reversal', 'affirmance', 'neither'],
  rehearing: ['grant', 'denial', 'neither'],
} as const;

/**
 * What the brief supports at a stage. A brief moved between stages keeps its side: supporting
 * reversal reads as supporting the petition for rehearing, affirmance as opposing it.
 */
export function positionAt(
  metadata: Pick<BriefMetadata, 'supports'>,
  stage: keyof typeof SUPPORTS,
): BriefMetadata['supports'] {
  const allowed: readonly string[] = SUPPORTS[stage];
  if (allowed.includes(metadata.supports)) return metadata.supports;
  return ACROSS_STAGES[metadata.supports] ?? 'neither';
}

const ACROSS_STAGES: Partial<Record<BriefMetadata['supports'], BriefMetadata['supports']>> = {
  grant: 'reversal',
  denial: 'affirmance',
  reversal: 'grant',
  affirmance: 'denial',
};

export const PETITIONS = ['en-banc', 'panel', 'panel-and-en-banc'] as const;
export const SERVICE_METHODS = [
  'first-class mail',
  'email',
  'hand delivery',
  'overnight courier',
] as const;

/**
 * Briefs stored before several amici had their own disclosure answers kept them as names, with
 * one disclosure for all; read them as amici with that disclosure, nothing lost.
 */
function upgradeStored(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const old = stored as {
    amici?: unknown;
    corporateDisclosure?: unknown;
    serviceList?: unknown;
    filingDate?: unknown;
  };
  const disclosure = typeof old.corporateDisclosure === 'string' ? old.corporateDisclosure : '';
  const amici = Array.isArray(old.amici)
    ? old.amici.map((amicus: unknown, index) =>
        typeof amicus === 'string'
          ? { name: amicus, disclosure: index === 0 && old.amici ? disclosure : '' }
          : amicus,
      )
    : old.amici;
  // The service list used to be a sentence about CM/ECF; it now names who is served otherwise.
  const serviceList =
    typeof old.serviceList === 'string' && /CM\/ECF/i.test(old.serviceList) ? '' : old.serviceList;
  const filingDate =
    typeof old.filingDate === 'string' &&
    old.filingDate &&
    !/^\d{4}-\d{2}-\d{2}$/.test(old.filingDate)
      ? isoFromText(old.filingDate)
      : old.filingDate;
  return { ...stored, amici, serviceList, filingDate };
}

/** "March 5, 2012" as 2012-03-05; empty when it is not a date. */
function isoFromText(text: string): string {
  const time = Date.parse(`${text} 12:00 UTC`);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/**
 * What the generated parts of a brief are built from: the cover (FRAP 32(a)(2)), the disclosure
 * statements, the authority to file, the authorship and funding statement, the signature blocks
 * and the certificates.
 */
export const BriefMetadata = z.preprocess(
  upgradeStored,
  z.object({
    docketNumber: line,
    /** The court, where the profile is FRAP's default rather than a named circuit's. */
    court: line,
    /** "Johana Cece" and "Eric H. Holder, Jr., Attorney General of the United States". */
    petitioner: line,
    respondent: line,
    petitionerRole: z
      .enum(['Petitioner', 'Appellant', 'Plaintiff-Appellant'])
      .default('Petitioner'),
    respondentRole: z.enum(['Respondent', 'Appellee', 'Defendant-Appellee']).default('Respondent'),
    proceedingBelow: z
      .string()
      .max(1000)
      .default('On Petition for Review of an Order of the Board of Immigration Appeals'),
    /** At the merits stage: the court has granted rehearing en banc and sits en banc. */
    enBanc: z.boolean().default(false),
    /** At the rehearing stage: what the petition asks. */
    petition: z.enum(PETITIONS).default('en-banc'),
    amici: z.array(Amicus).max(50).default([]),
    partySupported: line,
    supports: z.enum([...SUPPORTS.merits, 'grant', 'denial']).default('reversal'),
    /** All parties consented, leave of court is sought, or a government files (FRAP 29(a)(2), (b)(2)). */
    authority: z.enum(['consent', 'motion-for-leave', 'government']).default('consent'),
    rule29: z
      .object({
        partyCounselAuthored: z.boolean().nullable().default(null),
        partyOrCounselFunded: z.boolean().nullable().default(null),
        /** Anyone else (not the amicus, its members or counsel) who contributed money; empty for none. */
        otherContributors: z.string().max(2000).default(''),
      })
      .default({ partyCounselAuthored: null, partyOrCounselFunded: null, otherContributors: '' }),
    counsel: z.array(Counsel).max(20).default([]),
    /** The filing date; the rules in force on it govern the brief (today's, when none is set). */
    filingDate: z.union([z.literal(''), IsoDate]).default(''),
    /** Participants not served through CM/ECF, one per line with their address (FRAP 25(d)). */
    serviceList: z.string().max(5000).default(''),
    serviceMethod: z.enum(SERVICE_METHODS).default('first-class mail'),
    /** How sections of the Immigration and Nationality Act are cited: parallel and short form. */
    actCitations: z
      .object({
        parallel: z.enum(ACT_PARALLELS).default(DEFAULT_ACT_CITATIONS.parallel),
        shortForm: z.enum(ACT_SHORT_FORMS).default(DEFAULT_ACT_CITATIONS.shortForm),
      })
      .default(DEFAULT_ACT_CITATIONS),
    /** What the filing deadline is counted from (FRAP 29(a)(6), 29(b)(5)), as the user enters it. */
    timing: z
      .object({
        /** The day the event the deadline runs from took place: a principal brief, a petition. */
        eventDate: z.union([z.literal(''), IsoDate]).default(''),
        /** The date the court set (for the response to a petition the amicus opposes). */
        courtSetDate: z.union([z.literal(''), IsoDate]).default(''),
        /** A later date the court allowed, and its order. */
        extendedTo: z.union([z.literal(''), IsoDate]).default(''),
        extendedBy: line,
        /** Days the clerk's office was closed or declared holidays not in Amicus's table. */
        closedDays: z.array(IsoDate).max(50).default([]),
      })
      .default({ eventDate: '', courtSetDate: '', extendedTo: '', extendedBy: '', closedDays: [] }),
    /**
     * A brief duplicated from another: which brief, and which of its details were cleared as
     * belonging to that case. Kept until the attorney marks the details reviewed.
     */
    carriedFrom: z
      .object({ title: line, cleared: z.array(z.string().max(100)).max(20) })
      .nullable()
      .default(null),
  }),
);
export type BriefMetadata = z.infer<typeof BriefMetadata>;
export type BriefMetadataInput = z.input<typeof BriefMetadata>;

/** The counsel named first and marked on the cover: the one of record, else the first. */
export function counselOfRecord(metadata: Pick<BriefMetadata, 'counsel'>): Counsel | undefined {
  return metadata.counsel.find((counsel) => counsel.ofRecord) ?? metadata.counsel[0];
}

/** Counsel who sign, each with a block of their own; counsel of record if no one is marked. */
export function signingCounsel(metadata: Pick<BriefMetadata, 'counsel'>): Counsel[] {
  const named = metadata.counsel.filter((counsel) => counsel.name);
  const signing = named.filter((counsel) => counsel.signs);
  if (signing.length > 0) return signing;
  const lead = counselOfRecord({ counsel: named });
  return lead ? [lead] : [];
}
