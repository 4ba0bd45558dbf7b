import { longDate } from '../dates';
import {
  counselOfRecord,
  newAmicus,
  positionAt,
  signingCounsel,
  type Amicus,
  type BriefMetadata,
  type Counsel,
} from './metadata';
import { WRITTEN_SECTIONS, type StatementQuestion } from './profiles';
import { filingRoute, joinAll, lengthRules, ruleProblems, type BriefRules } from './rules';
import { countWordsInBlocks } from './word-count';

/**
 * The parts of a brief built from its details rather than written: the same paragraphs feed the
 * app's preview and the Word export, and the same count feeds the compliance panel and the
 * certificate. Every sentence agrees in number with the amici (one or several) and the counsel.
 */
export interface GeneratedParagraph {
  text: string;
  center?: boolean;
  bold?: boolean;
  /** Space before it: the start of another block (the next counsel, the closing line). */
  gap?: boolean;
  /** Something the attorney must supply or fix before filing; the export highlights it. */
  flag?: boolean;
  /** A line of a signature, set in the signature's place on the page. */
  signature?: boolean;
}

export interface GeneratedSection {
  section:
    | 'cover'
    | 'disclosure'
    | 'interest'
    | 'rule-29-statement'
    | 'authority'
    | 'signature'
    | 'certificate-of-compliance'
    | 'certificate-of-service';
  title: string;
  paragraphs: GeneratedParagraph[];
}

export const BLANK = '________';

/** The amici as sentences name them, and the words that agree with them. */
interface Amici {
  names: string;
  plural: boolean;
  /** "Amicus Curiae" or "Amici Curiae". */
  curiae: string;
  /** "Amicus" or "Amici", as the subject of a sentence. */
  subject: string;
  their: 'its' | 'their';
  have: 'has' | 'have';
}

function amiciOf(metadata: Pick<BriefMetadata, 'amici'>): Amici {
  const names = metadata.amici.map((amicus) => amicus.name);
  const plural = names.length > 1;
  return {
    names: names.length > 0 ? joinAll(names) : BLANK,
    plural,
    curiae: plural ? 'Amici Curiae' : 'Amicus Curiae',
    subject: plural ? 'Amici' : 'Amicus',
    their: plural ? 'their' : 'its',
    have: plural ? 'have' : 'has',
  };
}

/** A paragraph that flags itself when it still holds a blank to fill. */
function paragraph(
  text: string,
  options: Omit<GeneratedParagraph, 'text'> = {},
): GeneratedParagraph {
  return { text, ...options, ...(text.includes(BLANK) && { flag: true }) };
}

/** The entries of a field written one per line ("Heartland Alliance, Inc."), as written. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((entry) => entry.trim().replace(/[;,]$/, ''))
    .filter(Boolean);

/** A sentence's end: a period, unless what it ends with already has one ("Inc."). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function dateOf(metadata: Pick<BriefMetadata, 'filingDate'>): string {
  return metadata.filingDate ? longDate(metadata.filingDate) : BLANK;
}

/** The court's name; a brief under FRAP's default profile names its circuit in its details. */
export function courtName(
  metadata: Pick<BriefMetadata, 'court'>,
  rules: Pick<BriefRules, 'profile'>,
): string {
  if (!rules.profile.court.startsWith('Federal Rules')) return rules.profile.court;
  return metadata.court || `United States Court of Appeals for the ${BLANK} Circuit`;
}

/** What a counsel's block says, line by line: name, office, address, telephone, email, bar. */
function counselLines(counsel: Counsel): string[] {
  return [
    counsel.name || BLANK,
    counsel.firm,
    ...counsel.address.split('\n').map((entry) => entry.trim()),
    counsel.telephone,
    counsel.email,
    counsel.barMembership,
  ].filter(Boolean);
}

const PETITION_NAMES: Record<BriefMetadata['petition'], string> = {
  'en-banc': 'Rehearing En Banc',
  panel: 'Panel Rehearing',
  'panel-and-en-banc': 'Panel Rehearing and Rehearing En Banc',
};

/** The posture the cover states under the proceeding below, if the brief is not a panel's. */
function postureLine(metadata: BriefMetadata, rules: BriefRules): string | null {
  if (rules.profile.stage === 'rehearing')
    return `On Petition for ${PETITION_NAMES[metadata.petition]}`;
  return metadata.enBanc ? 'On Rehearing En Banc' : null;
}

/** What the title says the brief supports (FRAP 29(a)(4): the party, and which result). */
function supportPhrase(metadata: BriefMetadata, rules: BriefRules): string {
  const party = metadata.partySupported || BLANK;
  const petition = PETITION_NAMES[metadata.petition];
  const position = positionAt(metadata, rules.profile.stage);
  switch (position) {
    case 'neither':
      return 'in Support of Neither Party';
    case 'reversal':
    case 'affirmance':
      return `in Support of ${party} and ${position === 'reversal' ? 'Reversal' : 'Affirmance'}`;
    case 'grant':
      return `in Support of ${party}’s Petition for ${petition}`;
    case 'denial':
      return `in Support of ${party} and Denial of ${petition}`;
  }
}

/** The cover, FRAP 32(a)(2)(A)-(F) and 29(a)(4): docket, court, caption, proceeding, title, counsel. */
export function coverPage(metadata: BriefMetadata, rules: BriefRules): GeneratedSection {
  const amici = amiciOf(metadata);
  const posture = postureLine(metadata, rules);
  const counsel = metadata.counsel.length > 0 ? metadata.counsel : [];
  const several = counsel.length > 1;
  const lead = counselOfRecord(metadata);
  const ordered = lead ? [lead, ...counsel.filter((c) => c !== lead)] : [];
  return {
    section: 'cover',
    title: 'Cover',
    paragraphs: [
      paragraph(metadata.docketNumber || `No. ${BLANK}`, { center: true, bold: true }),
      paragraph(`In the ${courtName(metadata, rules)}`, { center: true, bold: true }),
      paragraph((metadata.petitioner || BLANK).toUpperCase(), { center: true, gap: true }),
      paragraph(`${metadata.petitionerRole},`, { center: true }),
      paragraph('v.', { center: true }),
      paragraph((metadata.respondent || BLANK).toUpperCase(), { center: true }),
      paragraph(`${metadata.respondentRole}.`, { center: true }),
      paragraph(metadata.proceedingBelow, { center: true, gap: true }),
      ...(posture ? [paragraph(posture, { center: true })] : []),
      paragraph(
        `Brief of ${amici.curiae} ${amici.names} ${supportPhrase(metadata, rules)}`.toUpperCase(),
        { center: true, bold: true, gap: true },
      ),
      ...(ordered.length === 0 ? [paragraph(BLANK, { center: true, gap: true })] : []),
      ...ordered.flatMap((one) =>
        counselLines(one).map((text, index) =>
          paragraph(index === 0 && several && one === lead ? `${text}*` : text, {
            center: true,
            ...(index === 0 && { gap: true }),
          }),
        ),
      ),
      ...(several ? [paragraph('*Counsel of Record', { center: true })] : []),
      paragraph(`Counsel for ${amici.curiae}`, { center: true, gap: true }),
    ],
  };
}

const possessive = (name: string) => `${name}’s`;

/** A rule's citation held on one line: "Fed. R. App. P. 29(b)(2)" never breaks after "R.". */
const cite = (rule: string) => rule.replace(/ /g, '\u00a0');
const citeAll = (rules: readonly string[]) => joinAll(rules.map(cite));

/** One amicus's FRAP 26.1 statement: parent corporations, and 10% public stockholders. */
function amicusDisclosure(amicus: Amicus): string {
  if (amicus.disclosure) return amicus.disclosure;
  if (!amicus.corporation) return `${amicus.name} is not a corporation.`;
  const parents = lines(amicus.parents);
  const holders = lines(amicus.stockholders);
  const parentClause =
    parents.length === 0
      ? `${amicus.name} has no parent corporation`
      : `${possessive(amicus.name)} parent ${parents.length > 1 ? 'corporations are' : 'corporation is'} ${joinAll(parents)}`;
  const holderClause =
    holders.length === 0
      ? 'no publicly held corporation owns 10% or more of its stock'
      : `${holders.length > 1 ? 'the publicly held corporations' : 'the publicly held corporation'} ${joinAll(holders)} ${holders.length > 1 ? 'each own' : 'owns'} 10% or more of its stock`;
  return endSentence(`${parentClause}, and ${holderClause}`);
}

/** "Johana Cece v. Eric H. Holder, Jr., Attorney General" reads "Cece v. Holder". */
function shortCaption(metadata: BriefMetadata): string {
  const surname = (party: string) => party.split(',')[0]?.trim().split(/\s+/).at(-1) ?? '';
  return `${surname(metadata.petitioner) || BLANK} v. ${surname(metadata.respondent) || BLANK}`;
}

/**
 * FRAP 26.1's statement for each corporate amicus (29(a)(4)(A)), or the Seventh Circuit's Rule
 * 26.1 form, as the profile asks; none for a governmental amicus, whom FRAP 26.1 does not reach.
 */
export function disclosureStatement(
  metadata: BriefMetadata,
  rules: BriefRules,
): GeneratedSection | null {
  if (filingRoute(metadata, rules) === 'government') return null;
  const amici = amiciOf(metadata);
  const each = metadata.amici.length > 0 ? metadata.amici : [newAmicus(BLANK)];
  if (rules.profile.disclosure === 'frap-26.1') {
    return {
      section: 'disclosure',
      title: 'Corporate Disclosure Statement',
      paragraphs: each.map((amicus) => paragraph(amicusDisclosure(amicus))),
    };
  }
  const firms = [...new Set(metadata.counsel.map((counsel) => counsel.firm).filter(Boolean))];
  const lead = counselOfRecord(metadata);
  const corporate = (amicus: Amicus) => {
    if (amicus.disclosure) return `${amicus.name}: ${amicus.disclosure}`;
    if (!amicus.corporation) return `${amicus.name}: not a corporation.`;
    const parents = lines(amicus.parents);
    const holders = lines(amicus.stockholders);
    return endSentence(
      `${amicus.name}: (i) parent corporation: ${parents.length > 0 ? joinAll(parents) : 'none'}; (ii) publicly held company that owns 10% or more of its stock: ${holders.length > 0 ? joinAll(holders) : 'none'}`,
    );
  };
  return {
    section: 'disclosure',
    title: 'Circuit Rule 26.1 Disclosure Statement',
    paragraphs: [
      paragraph(`Appellate Court No: ${metadata.docketNumber.replace(/^No\.\s*/, '') || BLANK}`),
      paragraph(`Short Caption: ${shortCaption(metadata)}`),
      paragraph(
        `(1) The full name of every party that the attorney represents in the case: ${amici.names}, ${amici.curiae.toLowerCase()}.`,
      ),
      paragraph(
        `(2) The names of all law firms whose partners or associates have appeared for the party in the case or are expected to appear for the party in this court: ${firms.join('; ') || 'none'}.`,
      ),
      paragraph('(3) If the party, amicus or intervenor is a corporation:'),
      ...each.map((amicus) => paragraph(corporate(amicus))),
      paragraph('(4) Organizational victims in criminal cases (FRAP 26.1(b)): none.'),
      paragraph('(5) Debtor information (FRAP 26.1(c)): none.'),
      paragraph(`Attorney’s Signature: /s/ ${lead?.name || BLANK}`),
      paragraph(`Date: ${dateOf(metadata)}`),
      paragraph(
        `Attorney’s Printed Name: ${lead?.name || BLANK}. Counsel of record: ${lead?.ofRecord ? 'yes' : 'no'}.`,
      ),
      ...(lead ? counselLines(lead).slice(1) : []).map((text) => paragraph(text)),
    ],
  };
}

/**
 * Each amicus's own statement of identity and interest (FRAP 29(a)(4)(D)), as paragraphs placed
 * at the start of the interest section; null when none is written in the details.
 */
export function interestStatements(metadata: BriefMetadata): GeneratedSection | null {
  const paragraphs = metadata.amici.flatMap((amicus) =>
    amicus.interest
      .split(/\n\s*\n/)
      .map((text) => text.trim().replace(/\s*\n\s*/g, ' '))
      .filter(Boolean)
      .map((text) => paragraph(text)),
  );
  if (paragraphs.length === 0) return null;
  return {
    section: 'interest',
    title: `Interest of ${amiciOf(metadata).curiae}`,
    paragraphs,
  };
}

/** The source of the authority to file (FRAP 29(a)(2), (b)(2)), as the stage allows it. */
export function authorityStatement(metadata: BriefMetadata, rules: BriefRules): GeneratedSection {
  const amici = amiciOf(metadata);
  const route = filingRoute(metadata, rules);
  const under = (rule: string | undefined) => (rule ? ` under ${cite(rule)}` : '');
  const text = {
    consent: 'All parties have consented to the filing of this brief.',
    'motion-for-leave': `${amici.subject} ${amici.have} moved for leave of Court to file this brief${under(rules.stage?.leave)}.`,
    government: `${amici.subject} may file this brief without the consent of the parties or leave of Court${under(rules.stage?.government)}.`,
  }[route];
  return { section: 'authority', title: 'Authority to File', paragraphs: [paragraph(text)] };
}

function answer(
  question: StatementQuestion,
  metadata: BriefMetadata,
  amici: Amici,
): GeneratedParagraph {
  const fill = (template: string, names = '') =>
    template
      .replaceAll('{amici}', amici.names)
      .replaceAll('{their}', amici.their)
      .replaceAll('{names}', names);
  if (question.answer === 'otherContributors') {
    const names = lines(metadata.rule29.otherContributors);
    return paragraph(
      names.length > 0
        ? fill(question.some, joinAll(names)).replace(/\.\.$/, '.')
        : fill(question.none),
    );
  }
  const given = metadata.rule29[question.answer];
  if (given === null) return { text: `[${question.ask}]`, flag: true };
  return paragraph(fill(given ? question.yes : question.no));
}

/** "Fed. R. App. P. 29(a)(4)(E)" heads its statement as "Rule 29(a)(4)(E) Statement". */
export function statementHeading(rules: BriefRules): string {
  const rule = rules.stage?.statement ?? rules.version.merits.statement;
  return `Rule ${rule.replace(/^Fed\. R\. App\. P\.\s*/, '')} Statement`;
}

/**
 * Who wrote and who paid for the brief, by the questions of FRAP 29 in force on the brief's
 * date; none for a governmental amicus (29(a)(4)(E) excepts those of 29(a)(2)'s first sentence).
 */
export function rule29Statement(
  metadata: BriefMetadata,
  rules: BriefRules,
): GeneratedSection | null {
  if (filingRoute(metadata, rules) === 'government') return null;
  const amici = amiciOf(metadata);
  const answers = rules.version.questions.map((question) => answer(question, metadata, amici));
  return {
    section: 'rule-29-statement',
    title: statementHeading(rules),
    paragraphs: [
      {
        text: answers.map((part) => part.text).join(' '),
        ...(answers.some((part) => part.flag) && { flag: true }),
      },
    ],
  };
}

/** Each signing counsel's /s/ line and block. */
function signedBlocks(metadata: BriefMetadata): GeneratedParagraph[] {
  const signing = signingCounsel(metadata);
  if (signing.length === 0) return [paragraph(`/s/ ${BLANK}`, { gap: true, signature: true })];
  return signing.flatMap((counsel) => [
    paragraph(`/s/ ${counsel.name}`, { gap: true, signature: true }),
    ...counselLines(counsel).map((text) => paragraph(text, { signature: true })),
    ...(counsel.ofRecord && metadata.counsel.length > 1
      ? [paragraph('Counsel of Record', { signature: true })]
      : []),
  ]);
}

/** The signature: the date, "Respectfully submitted," and a block for each signing counsel. */
export function signatureBlock(metadata: BriefMetadata): GeneratedSection {
  return {
    section: 'signature',
    title: 'Signature',
    paragraphs: [
      paragraph(`Dated: ${dateOf(metadata)}`, { signature: true }),
      paragraph('Respectfully submitted,', { gap: true, signature: true }),
      ...signedBlocks(metadata),
      paragraph(`Counsel for ${amiciOf(metadata).curiae}`, { gap: true, signature: true }),
    ],
  };
}

/** A certificate's signature: counsel of record's /s/, for whom, and when. */
function certificateSignature(metadata: BriefMetadata): GeneratedParagraph[] {
  return [
    paragraph(`/s/ ${counselOfRecord(metadata)?.name || BLANK}`, { gap: true, signature: true }),
    paragraph(`Counsel for ${amiciOf(metadata).curiae}`, { signature: true }),
    paragraph(`Dated: ${dateOf(metadata)}`, { signature: true }),
  ];
}

const numbers = new Intl.NumberFormat('en-US');

/**
 * FRAP 32(g) and Form 6: the count by FRAP 32(f) under the rules that set this brief's limit,
 * and the typeface under the rules that allow it (FRAP 32(a)(5)-(6) with a circuit rule that
 * permits a smaller size). Where the brief breaks a rule the certificate says so instead of
 * certifying compliance.
 */
export function certificateOfCompliance(
  metadata: BriefMetadata,
  rules: BriefRules,
  words: number,
): GeneratedSection {
  const { profile } = rules;
  const problems = ruleProblems(rules, metadata, words).filter((p) => p.severity === 'breaks');
  const refuse = (subject: 'length' | 'type') =>
    problems
      .filter((problem) => problem.subject === subject)
      .map((problem) => ({ text: `[Not certified: ${problem.message}]`, flag: true }));
  const authority = rules.overrides.wordLimitAuthority?.trim();
  const limitOf =
    profile.wordLimit !== rules.court.wordLimit && authority
      ? `the type-volume limit set by ${authority}`
      : lengthRules(rules).length > 0
        ? `the type-volume limit of ${citeAll(lengthRules(rules))}`
        : `a type-volume limit of ${numbers.format(profile.wordLimit)} words`;
  const length = refuse('length');
  const type = refuse('type');
  const footnotes =
    profile.footnotePointSize !== profile.bodyPointSize
      ? `, with ${profile.footnotePointSize}-point footnotes`
      : '';
  return {
    section: 'certificate-of-compliance',
    title: 'Certificate of Compliance',
    paragraphs: [
      ...(length.length > 0
        ? length
        : [
            paragraph(
              `This brief complies with ${limitOf} because, excluding the parts of the brief exempted by ${cite('Fed. R. App. P. 32(f)')}, it contains ${numbers.format(words)} words.`,
            ),
          ]),
      ...(type.length > 0
        ? type
        : [
            paragraph(
              `This brief complies with the typeface requirements of ${citeAll(profile.typeRules)} and the type-style requirements of ${cite(profile.typeStyleRule)} because it has been prepared in a proportionally spaced typeface, ${profile.bodyPointSize}-point ${profile.typeface}${footnotes}.`,
            ),
          ]),
      ...certificateSignature(metadata),
    ],
  };
}

/**
 * One sentence whatever the service list holds: filing through CM/ECF, which serves registered
 * users, and, where some participants are not, how each was served (FRAP 25(d)(1)).
 */
export function certificateOfService(metadata: BriefMetadata, rules: BriefRules): GeneratedSection {
  const others = lines(metadata.serviceList).map((entry) => entry.replace(/\.$/, ''));
  const filed = `I certify that on ${dateOf(metadata)}, I electronically filed the foregoing brief with the Clerk of the Court for the ${courtName(metadata, rules)} by using the appellate CM/ECF system`;
  const served =
    others.length === 0
      ? ', and that all participants in the case are registered CM/ECF users who will be served by that system.'
      : `, which will serve the participants who are registered CM/ECF users, and that on the same date I served the following participants, who are not, by ${metadata.serviceMethod}: ${others.join('; ')}.`;
  return {
    section: 'certificate-of-service',
    title: 'Certificate of Service',
    paragraphs: [paragraph(`${filed}${served}`), ...certificateSignature(metadata)],
  };
}

/**
 * Where the interest statements, the authority to file and the authorship statement go among a
 * brief's parts: after the statement of interest, before the next main heading (at the start
 * when there is none). `mainHeading` gives a main (level 1) heading's text, or null.
 */
export function statementsIndex<T>(
  parts: readonly T[],
  mainHeading: (part: T) => string | null,
): number {
  const start = interestIndex(parts, mainHeading);
  if (start < 0) return 0;
  const next = parts.findIndex((part, i) => i > start && mainHeading(part) !== null);
  return next < 0 ? parts.length : next;
}

/** The statement of interest's heading among a brief's parts; -1 if it has none. */
export function interestIndex<T>(
  parts: readonly T[],
  mainHeading: (part: T) => string | null,
): number {
  const interest = WRITTEN_SECTIONS.interest?.heading;
  return parts.findIndex((part) => interest?.test(mainHeading(part)?.trim() ?? '') ?? false);
}

export interface GeneratedParts {
  cover: GeneratedSection;
  disclosure: GeneratedSection | null;
  interest: GeneratedSection | null;
  authority: GeneratedSection;
  rule29: GeneratedSection | null;
  signature: GeneratedSection;
  compliance: GeneratedSection;
  service: GeneratedSection;
  /** The filing's FRAP 32(f) count: the written body and the statements placed in it. */
  words: number;
}

/**
 * Every generated part of a brief, for the preview, the compliance panel and the export alike.
 * `bodyWords` is the written body's FRAP 32(f) count; `hasInterestHeading` whether the body
 * has its own interest heading (else the amici's statements bring theirs).
 */
export function generatedParts(
  metadata: BriefMetadata,
  rules: BriefRules,
  bodyWords: number,
  hasInterestHeading: boolean,
): GeneratedParts {
  const interest = interestStatements(metadata);
  const authority = authorityStatement(metadata, rules);
  const rule29 = rule29Statement(metadata, rules);
  const counted = [
    ...(interest && !hasInterestHeading ? [interest.title] : []),
    ...(interest?.paragraphs ?? []).map((part) => part.text),
    ...authority.paragraphs.map((part) => part.text),
    ...(rule29 ? [rule29.title, ...rule29.paragraphs.map((part) => part.text)] : []),
  ];
  const words = bodyWords + countWordsInBlocks(counted);
  return {
    cover: coverPage(metadata, rules),
    disclosure: disclosureStatement(metadata, rules),
    interest,
    authority,
    rule29,
    signature: signatureBlock(metadata),
    compliance: certificateOfCompliance(metadata, rules, words),
    service: certificateOfService(metadata, rules),
    words,
  };
}

/** The details a filing cannot go without, by the label the attorney knows them by. */
export function missingDetails(metadata: BriefMetadata, rules: BriefRules): string[] {
  const missing: string[] = [];
  if (!metadata.docketNumber) missing.push('docket number');
  if (rules.profile.court.startsWith('Federal Rules') && !metadata.court) missing.push('court');
  if (!metadata.petitioner || !metadata.respondent) missing.push('caption');
  if (metadata.amici.length === 0) missing.push('amicus name');
  if (!metadata.partySupported && metadata.supports !== 'neither') missing.push('party supported');
  if (filingRoute(metadata, rules) !== 'government') {
    const unanswered = rules.version.questions.some(
      (question) =>
        question.answer !== 'otherContributors' && metadata.rule29[question.answer] === null,
    );
    if (unanswered) missing.push(`${statementHeading(rules).replace(/ Statement$/, '')} answers`);
  }
  const named = metadata.counsel.filter((counsel) => counsel.name);
  if (named.length === 0) missing.push('counsel');
  for (const counsel of named) {
    // FRAP 32(a)(2)(F): the cover gives counsel's office address and telephone number.
    if (!counsel.address.trim()) missing.push(`office address of ${counsel.name}`);
    if (!counsel.telephone) missing.push(`telephone of ${counsel.name}`);
  }
  return missing;
}
