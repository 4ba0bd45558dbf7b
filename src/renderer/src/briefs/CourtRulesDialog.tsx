import { useState } from 'react';
import {
  ProfileOverrides,
  type CourtProfile,
  type ProfileOverrides as Overrides,
} from '../../../shared/brief/profiles';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';

interface Props {
  /** The court's profile, before this brief's overrides. */
  profile: CourtProfile;
  overrides: Overrides;
  onSave(overrides: Overrides): Promise<void>;
  onClose(): void;
}

type Editable = keyof Overrides;

const EDITABLE: { key: Editable; label: string; unit: string }[] = [
  { key: 'wordLimit', label: 'Word limit', unit: 'words' },
  { key: 'bodyPointSize', label: 'Body type size', unit: 'points' },
  { key: 'footnotePointSize', label: 'Footnote type size', unit: 'points' },
  { key: 'typeface', label: 'Typeface', unit: '' },
];

const SECTION_NAMES: Record<string, string> = {
  cover: 'Cover',
  disclosure: 'Disclosure statement',
  'table-of-contents': 'Table of contents',
  'table-of-authorities': 'Table of authorities',
  interest: 'Interest of amicus curiae',
  'rule-29-statement': 'Rule 29(a)(4)(E) statement',
  'summary-of-argument': 'Summary of argument',
  argument: 'Argument',
  conclusion: 'Conclusion',
  signature: 'Signature',
  'certificate-of-compliance': 'Certificate of compliance',
  'certificate-of-service': 'Certificate of service',
};

/**
 * The court's rules as the profile states them, each with its source, and the figures this brief
 * may set otherwise (a court's standing order, a leave to file a longer brief). An empty field
 * keeps the court's figure.
 */
export function CourtRulesDialog({ profile, overrides, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<Record<Editable, string>>(() => ({
    wordLimit: overrides.wordLimit?.toString() ?? '',
    bodyPointSize: overrides.bodyPointSize?.toString() ?? '',
    footnotePointSize: overrides.footnotePointSize?.toString() ?? '',
    typeface: overrides.typeface ?? '',
  }));
  const save = () => {
    const value = (key: Editable) => {
      const text = draft[key].trim();
      if (!text) return undefined;
      return key === 'typeface' ? text : Number(text);
    };
    // zod says what is wrong (a size out of range, a limit that is not a whole number).
    const parsed = ProfileOverrides.safeParse(
      Object.fromEntries(EDITABLE.map(({ key }) => [key, value(key)])),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = EDITABLE.find(({ key }) => key === issue?.path[0])?.label ?? 'A figure';
      return Promise.reject(new Error(`${field}: ${issue?.message ?? 'not valid'}`));
    }
    return onSave(parsed.data);
  };

  const figures: [string, string, string | undefined][] = [
    ['Line spacing', profile.lineSpacing, profile.sources.lineSpacing],
    ['Margins', `${profile.marginsInches} inch`, profile.sources.marginsInches],
    ['Paper', 'Letter, 8½ × 11 inches', profile.sources.paper],
    [
      'Record cites',
      profile.recordCiteStyle.replace('{page}', '123'),
      profile.sources.recordCiteStyle,
    ],
    [
      'Disclosure statement',
      profile.disclosure === 'ca7-26.1' ? 'Circuit Rule 26.1 form' : 'FRAP 26.1 statement',
      profile.sources.disclosure,
    ],
    [
      'Sections, in order',
      profile.sections.map((section) => SECTION_NAMES[section] ?? section).join(' · '),
      profile.sources.sections,
    ],
  ];

  return (
    <RecordDialog
      title={`Court rules: ${profile.court.replace('United States Court of Appeals for the ', '')}, ${profile.stage}`}
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
          placeholder={`${profile[key]} (the court’s)`}
          hint={profile.sources[key] ?? 'Source not recorded'}
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
