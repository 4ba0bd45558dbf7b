import { z } from 'zod';

const line = z.string().trim().max(500).default('');

export const Counsel = z.object({
  name: line,
  firm: line,
  address: z.string().max(2000).default(''),
  telephone: line,
  email: line,
  /** Bar membership, e.g. "Member of the bar of this Court". */
  barMembership: line,
  /** Counsel of record is named first on the cover and signs. */
  ofRecord: z.boolean().default(false),
});
export type Counsel = z.infer<typeof Counsel>;

/**
 * What the generated parts of a brief are built from: the cover (FRAP 32(a)(2)), the statement
 * of interest and authority to file, the Rule 29(a)(4)(E) statement, the signature block and
 * the certificates.
 */
export const BriefMetadata = z.object({
  docketNumber: line,
  /** "Lirie Cece" and "Eric H. Holder, Jr., Attorney General of the United States". */
  petitioner: line,
  respondent: line,
  petitionerRole: z.enum(['Petitioner', 'Appellant', 'Plaintiff-Appellant']).default('Petitioner'),
  respondentRole: z.enum(['Respondent', 'Appellee', 'Defendant-Appellee']).default('Respondent'),
  proceedingBelow: z
    .string()
    .max(1000)
    .default('On Petition for Review of an Order of the Board of Immigration Appeals'),
  amici: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  partySupported: line,
  supports: z.enum(['reversal', 'affirmance', 'neither']).default('reversal'),
  /** All parties consented (FRAP 29(a)(2)), leave of court is sought, or a government files. */
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
  /** FRAP 26.1 disclosure; empty means the usual statement for a nonprofit with no parent. */
  corporateDisclosure: z.string().max(5000).default(''),
  filingDate: line,
  serviceList: z.string().max(5000).default(''),
});
export type BriefMetadata = z.infer<typeof BriefMetadata>;
export type BriefMetadataInput = z.input<typeof BriefMetadata>;

/** The metadata a filing cannot go without, by the label the attorney knows it by. */
export function missingMetadata(metadata: BriefMetadata): string[] {
  const missing: string[] = [];
  if (!metadata.docketNumber) missing.push('docket number');
  if (!metadata.petitioner || !metadata.respondent) missing.push('caption');
  if (metadata.amici.length === 0) missing.push('amicus name');
  if (!metadata.partySupported && metadata.supports !== 'neither') missing.push('party supported');
  if (
    metadata.authority !== 'government' &&
    (metadata.rule29.partyCounselAuthored === null || metadata.rule29.partyOrCounselFunded === null)
  ) {
    missing.push('Rule 29(a)(4)(E) answers');
  }
  if (!metadata.counsel.some((counsel) => counsel.name)) missing.push('counsel');
  return missing;
}
