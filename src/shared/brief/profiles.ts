import { z } from 'zod';

/** The parts of an amicus brief, generated or written, in the order FRAP 29(a)(4) files them. */
export const BRIEF_SECTIONS = [
  'cover',
  'disclosure',
  'table-of-contents',
  'table-of-authorities',
  'interest',
  'rule-29-statement',
  'summary-of-argument',
  'argument',
  'conclusion',
  'signature',
  'certificate-of-compliance',
  'certificate-of-service',
] as const;
export const BriefSection = z.enum(BRIEF_SECTIONS);
export type BriefSection = z.infer<typeof BriefSection>;

/** Sections the attorney writes in the editor; the rest are built from metadata and the body. */
export const WRITTEN_SECTIONS: Partial<Record<BriefSection, { title: string; heading: RegExp }>> = {
  interest: {
    title: 'Interest of Amicus Curiae',
    heading: /^(?:statement of )?(?:identity,? )?interests? of (?:the )?amic(?:us|i)/i,
  },
  'summary-of-argument': {
    title: 'Summary of Argument',
    heading: /^summary of (?:the )?argument/i,
  },
  argument: { title: 'Argument', heading: /^argument$/i },
  conclusion: { title: 'Conclusion', heading: /^conclusion$/i },
};

/**
 * A court's rules for an amicus brief at one stage, as data: every figure can be inspected, its
 * source read, and overridden per brief. Adding a court is adding a profile file.
 */
export const CourtProfile = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  court: z.string(),
  stage: z.enum(['merits', 'rehearing']),
  wordLimit: z.number().int().positive(),
  /** The rule a certificate of compliance cites for the limit, e.g. "Fed. R. App. P. 29(a)(5)". */
  wordLimitRule: z.string(),
  bodyPointSize: z.number().min(8).max(20),
  footnotePointSize: z.number().min(8).max(20),
  typeface: z.string(),
  lineSpacing: z.enum(['single', 'one-and-a-half', 'double']),
  marginsInches: z.number().min(0.5).max(2),
  paper: z.enum(['letter']),
  /** How record cites read in this court; {page} stands for the page. */
  recordCiteStyle: z.string(),
  sections: z.array(BriefSection),
  disclosure: z.enum(['frap-26.1', 'ca7-26.1']),
  /** Where each figure comes from, by field name. */
  sources: z.record(z.string(), z.string()),
});
export type CourtProfile = z.infer<typeof CourtProfile>;

/** What a brief may override; anything absent keeps the court's figure. */
export const ProfileOverrides = CourtProfile.pick({
  wordLimit: true,
  bodyPointSize: true,
  footnotePointSize: true,
  typeface: true,
}).partial();
export type ProfileOverrides = z.infer<typeof ProfileOverrides>;

export function effectiveProfile(profile: CourtProfile, overrides: ProfileOverrides): CourtProfile {
  return {
    ...profile,
    ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)),
  };
}
