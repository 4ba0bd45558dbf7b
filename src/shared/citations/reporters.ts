/**
 * Reporters the extractor knows, by canonical Bluebook abbreviation, with the spellings found
 * in real opinions and briefs. Order matters only for display; matching tries longer first.
 */
export interface Reporter {
  canonical: string;
  kind: 'case' | 'agency' | 'westlaw' | 'federal_register' | 'statutes_at_large';
  /** Courts whose decisions the reporter prints, when it settles the court (Supreme Court). */
  court?: string;
  variants: string[];
}

export const REPORTERS: Reporter[] = [
  { canonical: 'U.S.', kind: 'case', court: 'U.S.', variants: ['U.S.', 'U. S.'] },
  { canonical: 'S. Ct.', kind: 'case', court: 'U.S.', variants: ['S. Ct.', 'S.Ct.', 'S Ct'] },
  {
    canonical: 'L. Ed. 2d',
    kind: 'case',
    court: 'U.S.',
    variants: ['L. Ed. 2d', 'L.Ed.2d', 'L. Ed.2d', 'L.Ed. 2d'],
  },
  { canonical: 'L. Ed.', kind: 'case', court: 'U.S.', variants: ['L. Ed.', 'L.Ed.'] },
  { canonical: 'F.4th', kind: 'case', variants: ['F.4th', 'F. 4th', 'F 4th'] },
  { canonical: 'F.3d', kind: 'case', variants: ['F.3d', 'F. 3d', 'F3d'] },
  { canonical: 'F.2d', kind: 'case', variants: ['F.2d', 'F. 2d', 'F2d'] },
  {
    canonical: 'F. Supp. 3d',
    kind: 'case',
    variants: ['F. Supp. 3d', 'F.Supp.3d', 'F. Supp.3d', 'F.Supp. 3d'],
  },
  {
    canonical: 'F. Supp. 2d',
    kind: 'case',
    variants: ['F. Supp. 2d', 'F.Supp.2d', 'F. Supp.2d', 'F.Supp. 2d'],
  },
  { canonical: 'F. Supp.', kind: 'case', variants: ['F. Supp.', 'F.Supp.'] },
  {
    canonical: "F. App'x",
    kind: 'case',
    variants: [
      "F. App'x",
      'F. App’x',
      "F.App'x",
      'F.App’x',
      'Fed. Appx.',
      'Fed. Appx',
      "Fed. App'x",
      'Fed. App’x',
      'Fed.Appx.',
    ],
  },
  { canonical: 'F.', kind: 'case', variants: ['F.'] },
  { canonical: 'B.R.', kind: 'case', variants: ['B.R.'] },
  { canonical: 'F.R.D.', kind: 'case', variants: ['F.R.D.'] },
  { canonical: 'Fed. Cl.', kind: 'case', court: 'Fed. Cl.', variants: ['Fed. Cl.', 'Fed.Cl.'] },
  {
    canonical: 'I. & N. Dec.',
    kind: 'agency',
    variants: [
      'I. & N. Dec.',
      'I.&N. Dec.',
      'I. & N.Dec.',
      'I&N Dec.',
      'I & N Dec.',
      'I&N. Dec.',
      'I. and N. Dec.',
    ],
  },
  { canonical: 'WL', kind: 'westlaw', variants: ['WL'] },
  {
    canonical: 'Fed. Reg.',
    kind: 'federal_register',
    variants: ['Fed. Reg.', 'Fed.Reg.', 'FR', 'F.R.'],
  },
  { canonical: 'Stat.', kind: 'statutes_at_large', variants: ['Stat.'] },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A variant as a pattern that tolerates any run of spaces where it has one. */
function variantPattern(variant: string): string {
  return escape(variant).replace(/ /g, '\\s+');
}

const BY_VARIANT = new Map<string, Reporter>();
for (const reporter of REPORTERS) {
  for (const variant of reporter.variants) BY_VARIANT.set(variant.replace(/\s+/g, ' '), reporter);
}

/** Every variant, longest first, as one alternation. */
export const REPORTER_PATTERN = [...BY_VARIANT.keys()]
  .sort((a, b) => b.length - a.length)
  .map(variantPattern)
  .join('|');

export function reporterFor(written: string): Reporter | undefined {
  return BY_VARIANT.get(written.replace(/\s+/g, ' '));
}
