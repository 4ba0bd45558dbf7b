import { Counsel, type BriefMetadata } from './metadata';
import { WRITTEN_SECTIONS, type CourtProfile } from './profiles';
import { countWordsInBlocks } from './word-count';

/**
 * The parts of a brief built from its details rather than written: the same paragraphs feed the
 * app's preview and the Word export. Each is a list of paragraphs; centered ones are marked.
 */
export interface GeneratedParagraph {
  text: string;
  center?: boolean;
  bold?: boolean;
}

export interface GeneratedSection {
  section:
    | 'cover'
    | 'disclosure'
    | 'rule-29-statement'
    | 'authority'
    | 'signature'
    | 'certificate-of-compliance'
    | 'certificate-of-service';
  title: string;
  paragraphs: GeneratedParagraph[];
}

const BLANK = '________';

function amiciPhrase(metadata: BriefMetadata): { names: string; plural: boolean } {
  const names = metadata.amici.length > 0 ? metadata.amici : [BLANK];
  const joined =
    names.length <= 2
      ? names.join(' and ')
      : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
  return { names: joined, plural: names.length > 1 };
}

function counselLines(counsel: Counsel): string[] {
  return [
    counsel.name,
    counsel.firm,
    ...counsel.address.split('\n'),
    counsel.telephone,
    counsel.email,
    counsel.barMembership,
  ].filter(Boolean);
}

function signature(metadata: BriefMetadata, plural: boolean): GeneratedParagraph[] {
  const [first, ...others] =
    metadata.counsel.length > 0 ? metadata.counsel : [Counsel.parse({ name: BLANK })];
  return [
    { text: `/s/ ${first?.name || BLANK}` },
    ...(first ? counselLines(first) : []).map((text) => ({ text })),
    ...others.flatMap((counsel) => counselLines(counsel).map((text) => ({ text }))),
    { text: `Counsel for Amic${plural ? 'i' : 'us'} Curiae` },
  ];
}

export function coverPage(
  metadata: BriefMetadata,
  profile: Pick<CourtProfile, 'court'>,
): GeneratedSection {
  const { names, plural } = amiciPhrase(metadata);
  const supporting =
    metadata.supports === 'neither'
      ? 'IN SUPPORT OF NEITHER PARTY'
      : `IN SUPPORT OF ${(metadata.partySupported || BLANK).toUpperCase()} AND ${metadata.supports.toUpperCase()}`;
  const court = profile.court.startsWith('Federal Rules')
    ? 'United States Court of Appeals'
    : profile.court;
  const lead = metadata.counsel.find((counsel) => counsel.ofRecord) ?? metadata.counsel[0];
  return {
    section: 'cover',
    title: 'Cover',
    paragraphs: [
      { text: metadata.docketNumber || `No. ${BLANK}`, center: true, bold: true },
      {
        text: court.replace(
          /^United States Court of Appeals/,
          'In the United States Court of Appeals',
        ),
        center: true,
        bold: true,
      },
      { text: (metadata.petitioner || BLANK).toUpperCase(), center: true },
      { text: `${metadata.petitionerRole},`, center: true },
      { text: 'v.', center: true },
      { text: (metadata.respondent || BLANK).toUpperCase(), center: true },
      { text: `${metadata.respondentRole}.`, center: true },
      { text: metadata.proceedingBelow, center: true },
      {
        text: `BRIEF OF AMIC${plural ? 'I' : 'US'} CURIAE ${names.toUpperCase()} ${supporting}`,
        center: true,
        bold: true,
      },
      ...(lead ? counselLines(lead).map((text) => ({ text, center: true })) : []),
      { text: `Counsel for Amic${plural ? 'i' : 'us'} Curiae`, center: true },
    ],
  };
}

/**
 * FRAP 26.1's statement, or the Seventh Circuit's Rule 26.1 form (filed with the appearance and
 * also bound in front of the table of contents), as the court's profile asks.
 */
export function disclosureStatement(
  metadata: BriefMetadata,
  profile: Pick<CourtProfile, 'disclosure'>,
): GeneratedSection {
  const { names } = amiciPhrase(metadata);
  const corporate =
    metadata.corporateDisclosure.trim() ||
    `${names} has no parent corporation, and no publicly held corporation owns 10% or more of its stock.`;
  if (profile.disclosure === 'frap-26.1') {
    return {
      section: 'disclosure',
      title: 'Corporate Disclosure Statement',
      paragraphs: [{ text: corporate }],
    };
  }
  const firms = [...new Set(metadata.counsel.map((counsel) => counsel.firm).filter(Boolean))];
  const [first] = metadata.counsel;
  return {
    section: 'disclosure',
    title: 'Circuit Rule 26.1 Disclosure Statement',
    paragraphs: [
      { text: `Appellate Court No: ${metadata.docketNumber.replace(/^No\.\s*/, '') || BLANK}` },
      {
        text: `Short Caption: ${metadata.petitioner || BLANK} v. ${metadata.respondent || BLANK}`,
      },
      {
        text: `(1) The full name of every party that the attorney represents in the case: ${names}, amic${metadata.amici.length > 1 ? 'i' : 'us'} curiae.`,
      },
      {
        text: `(2) The names of all law firms whose partners or associates have appeared for the party in the case or are expected to appear for the party in this court: ${firms.join('; ') || BLANK}.`,
      },
      { text: `(3) If the party, amicus or intervenor is a corporation: ${corporate}` },
      { text: '(4) Organizational victims in criminal cases (FRAP 26.1(b)): None.' },
      { text: '(5) Debtor information (FRAP 26.1(c)): None.' },
      {
        text: `Attorney’s Signature: /s/ ${first?.name || BLANK}    Date: ${metadata.filingDate || BLANK}`,
      },
      {
        text: `Attorney’s Printed Name: ${first?.name || BLANK}. Counsel of record: ${first?.ofRecord ? 'Yes' : 'No'}.`,
      },
      ...(first ? counselLines(first).slice(1) : []).map((text) => ({ text })),
    ],
  };
}

/** FRAP 29(a)(2): consent of all parties, leave of court, or a government's own right. */
export function authorityStatement(metadata: BriefMetadata): GeneratedSection {
  const { plural } = amiciPhrase(metadata);
  const text = {
    consent: 'All parties have consented to the filing of this brief.',
    'motion-for-leave': `Amic${plural ? 'i have' : 'us has'} moved for leave of Court to file this brief.`,
    government:
      'This brief is filed under Fed. R. App. P. 29(a)(2), which requires neither consent nor leave.',
  }[metadata.authority];
  return { section: 'authority', title: 'Authority to File', paragraphs: [{ text }] };
}

/** FRAP 29(a)(4)(E): who wrote and who paid for the brief. */
export function rule29Statement(metadata: BriefMetadata): GeneratedSection {
  const { names, plural } = amiciPhrase(metadata);
  const { partyCounselAuthored, partyOrCounselFunded, otherContributors } = metadata.rule29;
  const authored =
    partyCounselAuthored === null
      ? `[State whether a party's counsel authored this brief in whole or in part.]`
      : partyCounselAuthored
        ? `A party's counsel authored this brief in whole or in part.`
        : `No party's counsel authored this brief in whole or in part.`;
  const funded =
    partyOrCounselFunded === null
      ? `[State whether a party or a party's counsel contributed money to fund the brief.]`
      : partyOrCounselFunded
        ? `A party or a party's counsel contributed money that was intended to fund preparing or submitting this brief.`
        : `No party or party's counsel contributed money that was intended to fund preparing or submitting this brief.`;
  const others = otherContributors.trim()
    ? `Apart from ${names}, ${plural ? 'their' : 'its'} members, and ${plural ? 'their' : 'its'} counsel, the following contributed money that was intended to fund preparing or submitting this brief: ${otherContributors.trim()}.`
    : `No person other than ${names}, ${plural ? 'their' : 'its'} members, or ${plural ? 'their' : 'its'} counsel contributed money that was intended to fund preparing or submitting this brief.`;
  return {
    section: 'rule-29-statement',
    title: 'Rule 29(a)(4)(E) Statement',
    paragraphs: [{ text: `${authored} ${funded} ${others}` }],
  };
}

export function signatureBlock(metadata: BriefMetadata): GeneratedSection {
  const { plural } = amiciPhrase(metadata);
  return {
    section: 'signature',
    title: 'Signature',
    paragraphs: [
      { text: metadata.filingDate ? `Dated: ${metadata.filingDate}` : 'Respectfully submitted,' },
      ...signature(metadata, plural),
    ],
  };
}

/** FRAP 32(g): the word count by FRAP 32(f), the limit's source, and the typeface. */
export function certificateOfCompliance(
  metadata: BriefMetadata,
  profile: CourtProfile,
  words: number,
): GeneratedSection {
  const { plural } = amiciPhrase(metadata);
  return {
    section: 'certificate-of-compliance',
    title: 'Certificate of Compliance',
    paragraphs: [
      {
        text: `This brief complies with the type-volume limitation of ${profile.wordLimitRule} because it contains ${words.toLocaleString('en-US')} words, excluding the parts of the brief exempted by Fed. R. App. P. 32(f).`,
      },
      {
        text: `This brief complies with the typeface and type-style requirements of Fed. R. App. P. 32(a)(5) and (a)(6) because it has been prepared in a proportionally spaced typeface, ${profile.bodyPointSize}-point ${profile.typeface}.`,
      },
      ...signature(metadata, plural).slice(0, 1),
    ],
  };
}

export function certificateOfService(
  metadata: BriefMetadata,
  profile: Pick<CourtProfile, 'court'>,
): GeneratedSection {
  const { plural } = amiciPhrase(metadata);
  const court = profile.court.startsWith('Federal Rules')
    ? 'the United States Court of Appeals'
    : `the ${profile.court}`;
  return {
    section: 'certificate-of-service',
    title: 'Certificate of Service',
    paragraphs: [
      {
        text: `I certify that on ${metadata.filingDate || BLANK}, I electronically filed the foregoing brief with the Clerk of the Court for ${court} by using the appellate CM/ECF system. ${metadata.serviceList}`.trim(),
      },
      ...signature(metadata, plural).slice(0, 1),
    ],
  };
}

/**
 * Where the authority to file and the Rule 29(a)(4)(E) statement go among a brief's parts: after
 * the statement of interest, before the next main heading (at the start when there is none).
 * `mainHeading` gives a main (level 1) heading's text, or null for anything else.
 */
export function statementsIndex<T>(
  parts: readonly T[],
  mainHeading: (part: T) => string | null,
): number {
  const interest = WRITTEN_SECTIONS.interest?.heading;
  const start = parts.findIndex((part) => interest?.test(mainHeading(part)?.trim() ?? '') ?? false);
  if (start < 0) return 0;
  const next = parts.findIndex((part, i) => i > start && mainHeading(part) !== null);
  return next < 0 ? parts.length : next;
}

export interface GeneratedParts {
  cover: GeneratedSection;
  disclosure: GeneratedSection;
  authority: GeneratedSection;
  rule29: GeneratedSection;
  signature: GeneratedSection;
  compliance: GeneratedSection;
  service: GeneratedSection;
}

/**
 * Words of the generated statements that are part of the counted body: the authority to file and
 * the Rule 29(a)(4)(E) statement (its heading included), placed after the statement of interest.
 */
export function statementWords(metadata: BriefMetadata): number {
  const authority = authorityStatement(metadata);
  const rule29 = rule29Statement(metadata);
  return countWordsInBlocks([
    ...authority.paragraphs.map((paragraph) => paragraph.text),
    rule29.title,
    ...rule29.paragraphs.map((paragraph) => paragraph.text),
  ]);
}

/**
 * Every generated part of a brief, for the preview and the export alike. `bodyWords` is the
 * written brief's FRAP 32(f) count; the generated statements in the body are added here.
 */
export function generatedParts(
  metadata: BriefMetadata,
  profile: CourtProfile,
  bodyWords: number,
): GeneratedParts {
  const rule29 = rule29Statement(metadata);
  return {
    cover: coverPage(metadata, profile),
    disclosure: disclosureStatement(metadata, profile),
    authority: authorityStatement(metadata),
    rule29,
    signature: signatureBlock(metadata),
    compliance: certificateOfCompliance(metadata, profile, bodyWords + statementWords(metadata)),
    service: certificateOfService(metadata, profile),
  };
}
