import { INA_CODE_ROWS } from './ina-code.generated';

/**
 * The Immigration and Nationality Act and Title 8 of the U.S. Code: the same sections under two
 * numbers (INA § 208 is 8 U.S.C. § 1158). The table is generated from the Law Revision Counsel's
 * source credits (see scripts/build-ina-table.ts); this module only reads it.
 */

/** The Code title the Act is classified to. */
export const ACT_CODE_TITLE = '8';
/** How an authority record names the Act in its code field. */
const ACT_CODE = /^(?:INA|I\.\s?N\.\s?A\.|Immigration and Nationality Act)$/i;
const US_CODE = /^U\.\s?S\.\s?C\.(?:\s?A\.)?$/;
/** A section and the subsections cited after it: "1158(b)(1)(B)(i)", "240A(b)", "1101 note". */
const SECTION_AND_PIN = /^(\d+[A-Za-z]?(?:-\d+)?(?:\s+note)?)(.*)$/;

const codeOfAct = new Map<string, string>();
const actOfCode = new Map<string, string>();
for (const [act, code] of INA_CODE_ROWS) {
  codeOfAct.set(act.toLowerCase(), code);
  // Several sections of the Act are set out as one note (8 U.S.C. § 1101 note): the note
  // leads back to none of them.
  if (actOfCode.has(code)) actOfCode.set(code, '');
  else actOfCode.set(code, act);
}

/** Which numbering an authority record cites a section of the Act by, if either. */
export function actNumbering(authority: { title: string; code: string }): 'act' | 'code' | null {
  const code = authority.code.trim();
  if (ACT_CODE.test(code)) return 'act';
  return US_CODE.test(code) && authority.title.trim() === ACT_CODE_TITLE ? 'code' : null;
}

function split(section: string): { section: string; pin: string } | null {
  const match = SECTION_AND_PIN.exec(section.trim());
  return match?.[1] ? { section: match[1], pin: match[2] ?? '' } : null;
}

/** 8 U.S.C. § of a section of the Act, subsections kept: "208(b)(1)" gives "1158(b)(1)". */
export function codeSectionOf(actSection: string): string | undefined {
  const parts = split(actSection);
  const code = parts && codeOfAct.get(parts.section.toLowerCase());
  return code && parts ? `${code}${parts.pin}` : undefined;
}

/** The section of the Act a section of Title 8 sets out: "1229a(c)" gives "240(c)". */
export function actSectionOf(codeSection: string): string | undefined {
  const parts = split(codeSection);
  const act = parts && actOfCode.get(parts.section.toLowerCase());
  return act && parts ? `${act}${parts.pin}` : undefined;
}

/** A statute's section in both numberings, when it is a section of the Act the table knows. */
export function bothNumberings(authority: {
  title: string;
  code: string;
  section: string;
}): { act: string; code: string; citedBy: 'act' | 'code' } | null {
  const citedBy = actNumbering(authority);
  const section = authority.section.trim();
  if (citedBy === 'act') {
    const code = codeSectionOf(section);
    return code ? { act: section, code, citedBy } : null;
  }
  if (citedBy === 'code') {
    const act = actSectionOf(section);
    return act ? { act, code: section, citedBy } : null;
  }
  return null;
}
