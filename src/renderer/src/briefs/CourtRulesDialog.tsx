import { useState } from 'react';
import {
  ProfileOverrides,
  type ProfileOverrides as Overrides,
} from '../../../shared/brief/profiles';
import { joinAll, type BriefRules } from '../../../shared/brief/rules';
import { longDate } from '../../../shared/dates';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';
import {
  printRecordCite,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
} from '../../../shared/brief/record-cites';

interface Props {
  /** The rules that govern the brief on its date, with its overrides. */
  rules: BriefRules;
  onSave(overrides: Overrides): Promise<void>;
  onClose(): void;
}

type Editable = keyof Overrides;

const EDITABLE: { key: Editable; label: string; unit: string; numeric: boolean }[] = [
  { key: 'wordLimit', label: 'Word limit', unit: 'words', numeric: true },
  {
    key: 'wordLimitAuthority',
    label: 'Order or leave allowing that limit',
    unit: '',
    numeric: false,
  },
  { key: 'bodyPointSize', label: 'Body type size', unit: 'points', numeric: true },
  { key: 'footnotePointSize', label: 'Footnote type size', unit: 'points', numeric: true },
  { key: 'typeface', label: 'Typeface', unit: '', numeric: false },
];

const SECTION_NAMES: Record<string, string> = {
  cover: 'Cover',
  disclosure: 'Disclosure statement',
  'table-of-contents': 'Table of contents',
  'table-of-authorities': 'Table of authorities',
  interest: 'Interest of amicus curiae',
  'rule-29-statement': 'Authorship and funding statement',
  'summary-of-argument': 'Summary of argument',
  argument: 'Argument',
  conclusion: 'Conclusion',
  signature: 'Signature',
  'certificate-of-compliance': 'Certificate of compliance',
  'certificate-of-service': 'Certificate of service',
};

/**
 * The court's rules as in force on the brief's date, each with its source, and the figures this
 * brief may set otherwise (a court's order, a leave to file a longer brief). An empty field
 * keeps the court's figure.
 */
export function CourtRulesDialog({ rules, onSave, onClose }: Props) {
  const { court, overrides, version, stage } = rules;
  const [draft, setDraft] = useState<Record<Editable, string>>(() => ({
    wordLimit: overrides.wordLimit?.toString() ?? '',
    wordLimitAuthority: overrides.wordLimitAuthority ?? '',
    bodyPointSize: overrides.bodyPointSize?.toString() ?? '',
    footnotePointSize: overrides.footnotePointSize?.toString() ?? '',
    typeface: overrides.typeface ?? '',
  }));
  const save = () => {
    const value = (key: Editable, numeric: boolean) => {
      const text = draft[key].trim();
      if (!text) return undefined;
      return numeric ? Number(text) : text;
    };
    // zod says what is wrong (a size out of range, a limit that is not a whole number).
    const parsed = ProfileOverrides.safeParse(
      Object.fromEntries(EDITABLE.map(({ key, numeric }) => [key, value(key, numeric)])),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = EDITABLE.find(({ key }) => key === issue?.path[0])?.label ?? 'A figure';
      return Promise.reject(new Error(`${field}: ${issue?.message ?? 'not valid'}`));
    }
    return onSave(parsed.data);
  };

  const courtFigure = (key: Exclude<Editable, 'wordLimitAuthority'>) => String(court[key]);
  const figures: [string, string, string | undefined][] = [
    ['Type rules', joinAll(court.typeRules), court.sources.typeRules],
    [
      'Smallest sizes the rules allow',
      `${court.minBodyPointSize}-point body, ${court.minFootnotePointSize}-point footnotes`,
      court.sources.minBodyPointSize,
    ],
    ['Line spacing', court.lineSpacing, court.sources.lineSpacing],
    ['Margins', `${court.marginsInches} inch`, court.sources.marginsInches],
    ['Paper', 'Letter, 8½ × 11 inches', court.sources.paper],
    ...RECORD_KINDS.map((kind): [string, string, string] => [
      `Record cites: ${RECORD_KIND_LABELS[kind].toLowerCase()}`,
      printRecordCite({ record: kind, pages: [{ first: 112, last: 113 }] }, court.recordCites),
      court.recordCites[kind].source,
    ]),
    [
      'Disclosure statement',
      court.disclosure === 'ca7-26.1' ? 'Circuit Rule 26.1 form' : 'FRAP 26.1 statement',
      court.sources.disclosure,
    ],
    [
      'Sections, in order',
      court.sections.map((section) => SECTION_NAMES[section] ?? section).join(' · '),
      court.sources.sections,
    ],
    [
      `${court.amicusRule.rule} in force`,
      stage
        ? `Since ${longDate(version.effective)}: filing by ${stage.consent ? `consent or leave (${stage.consent})` : `leave only (${stage.leave})`}; statement under ${stage.statement}; length under ${stage.length}`
        : `Since ${longDate(version.effective)}: no rule for amicus briefs at this stage`,
      version.source,
    ],
    ...court.amicusRule.proposals.map((proposal): [string, string, string] => [
      `Proposed amendment (${proposal.status})`,
      proposal.summary,
      proposal.source,
    ]),
  ];

  return (
    <RecordDialog
      title={`Court rules: ${court.court.replace('United States Court of Appeals for the ', '')}, ${court.stage}, on ${longDate(rules.date)}`}
      noun="court rules"
      onSave={save}
      onClose={onClose}
      saveLabel="Save for this brief"
      wide
    >
      {EDITABLE.map(({ key, label, unit }) => (
        <Field
          key={key}
          label={`${label}${unit ? ` (${unit})` : ''}`}
          value={draft[key]}
          placeholder={
            key === 'wordLimitAuthority'
              ? 'e.g. the Court’s order of Oct. 1, 2012'
              : `${courtFigure(key)} (the court’s)`
          }
          hint={
            key === 'wordLimitAuthority'
              ? 'A limit above the court’s needs the order or leave that allows it; the certificate cites it.'
              : (court.sources[key] ?? 'Source not recorded')
          }
          onChange={(text) => setDraft((current) => ({ ...current, [key]: text }))}
        />
      ))}
      <dl className="rules field--wide">
        {figures.map(([label, value, source]) => (
          <div key={label} className="rules__row">
            <dt>{label}</dt>
            <dd>
              {value}
              {source && <span className="field__hint"> — {source}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </RecordDialog>
  );
}
