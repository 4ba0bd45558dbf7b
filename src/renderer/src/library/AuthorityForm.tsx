import { useState } from 'react';
import { formatCitation } from '../../../shared/citations/format';
import { describeTreatment, treatmentOf } from '../../../shared/citations/treatment';
import {
  AUTHORITY_KIND_LABELS,
  AUTHORITY_KINDS,
  AuthorityFields,
  type Authority,
  type AuthorityKind,
} from '../../../shared/library';
import { call } from '../api';
import { Field } from '../ui/Field';
import { StyledRuns } from '../ui/StyledRuns';
import { authorityCache } from './authority-cache';
import { RecordDialog } from './RecordDialog';

type TextField = Exclude<keyof AuthorityFields, 'kind' | 'year'>;

/** One field of the form: which, its label in the kind's terms, an example, and a hint. */
type FieldSpec = [key: TextField | 'year', label: string, placeholder?: string, hint?: string];

const HISTORY: FieldSpec = [
  'history',
  'Subsequent history',
  'overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
  'Printed after the full citation (Bluebook Rule 10.7)',
];

/** Which fields each kind of authority uses, labelled in that kind's terms. */
const FIELDS_BY_KIND: Record<AuthorityKind, FieldSpec[]> = {
  case: [
    [
      'name',
      'Case name',
      'Gatimi v. Holder',
      'The full name; citations abbreviate it (Rule 10.2.2)',
    ],
    ['volume', 'Volume', '578'],
    ['reporter', 'Reporter', 'F.3d', 'For Westlaw or Lexis: WL, U.S. App. LEXIS'],
    ['firstPage', 'First page', '611'],
    ['court', 'Court', '7th Cir.'],
    ['year', 'Year', '2009'],
    ['parenthetical', 'Weight of authority', 'en banc'],
    ['shortName', 'Short name', 'Gatimi'],
    ['docket', 'Docket number', 'No. 09-1234', 'Westlaw and Lexis cites give it (Rule 10.8.1)'],
    ['date', 'Exact date', '', 'Westlaw and Lexis cites give it (Rule 10.8.1)'],
    HISTORY,
  ],
  agency: [
    ['name', 'Decision name', 'Matter of Acosta'],
    ['volume', 'Volume', '19'],
    ['reporter', 'Reporter', 'I. & N. Dec.'],
    ['firstPage', 'First page', '211'],
    ['court', 'Agency', 'BIA'],
    ['year', 'Year', '1985'],
    ['parenthetical', 'Parenthetical', ''],
    ['shortName', 'Short name', 'Acosta'],
    HISTORY,
  ],
  statute: [
    ['title', 'Title', '8'],
    ['code', 'Code', 'U.S.C.', 'A court rule: Fed. R. App. P. (cited without §)'],
    ['section', 'Section', '1101(a)(42)(A)'],
    ['year', 'Edition year', ''],
    ['name', 'Popular name', 'Immigration and Nationality Act'],
    ['shortName', 'Short name', ''],
  ],
  regulation: [
    ['title', 'Title', '8'],
    ['code', 'Code', 'C.F.R.'],
    ['section', 'Section', '1208.13(b)(1)', 'Empty for a Federal Register document'],
    ['year', 'Edition year', '2024'],
    ['name', 'Rule title', 'Asylum and Withholding Definitions', 'Federal Register only'],
    ['volume', 'Volume', '65', 'Federal Register only'],
    ['reporter', 'Reporter', 'Fed. Reg.', 'Federal Register only'],
    ['firstPage', 'First page', '76588', 'Federal Register only'],
    ['date', 'Date', '', 'Federal Register: the exact date (Rule 14.2)'],
    ['shortName', 'Short name', ''],
  ],
  secondary: [
    ['name', 'Author', 'Deborah E. Anker'],
    ['title', 'Title', 'Law of Asylum in the United States'],
    ['volume', 'Volume', ''],
    ['reporter', 'Journal or source', ''],
    ['firstPage', 'First page', ''],
    ['year', 'Year', '2022'],
    ['shortName', 'Short name', 'Anker'],
  ],
};

interface Props {
  authority: Authority | null;
  onClose(): void;
  onSaved(): void;
}

export function AuthorityForm({ authority, onClose, onSaved }: Props) {
  const [fields, setFields] = useState<AuthorityFields>(() =>
    AuthorityFields.parse(authority ?? { kind: 'case' }),
  );
  const [yearText, setYearText] = useState(authority?.year ? String(authority.year) : '');
  const set = (key: TextField, value: string) =>
    setFields((current) => ({ ...current, [key]: value }));
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const preview = formatCitation({ ...fields, year });
  // The table's treatment alone: the user's note is in its own field just below.
  const tableTreatment = treatmentOf({ ...fields, treatmentNote: '' });

  const save = async () => {
    if (yearText.trim() && year === null)
      throw new Error('The year must be four digits, such as 2009.');
    const input = { ...fields, year };
    const saved = authority
      ? await call('authority:update', { ...input, id: authority.id })
      : await call('authority:create', input);
    authorityCache.put(saved);
    onSaved();
  };
  const remove = authority
    ? async () => {
        await call('authority:delete', { id: authority.id });
        authorityCache.forget(authority.id);
        onSaved();
      }
    : undefined;

  return (
    <RecordDialog
      title={authority ? 'Edit authority' : 'New authority'}
      noun="authority"
      onSave={save}
      onDelete={remove}
      onClose={onClose}
      wide
    >
      <div className="field">
        <label htmlFor="authority-kind">Kind</label>
        <select
          id="authority-kind"
          value={fields.kind}
          onChange={(event) =>
            setFields((current) => ({ ...current, kind: event.target.value as AuthorityKind }))
          }
        >
          {AUTHORITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {AUTHORITY_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {FIELDS_BY_KIND[fields.kind].map(([key, label, placeholder, hint]) =>
        key === 'year' ? (
          <Field
            key={key}
            label={label}
            value={yearText}
            placeholder={placeholder}
            onChange={setYearText}
          />
        ) : (
          <Field
            key={key}
            label={label}
            value={fields[key]}
            placeholder={placeholder}
            hint={hint}
            type={key === 'date' ? 'date' : 'text'}
            wide={key === 'history'}
            onChange={(value) => set(key, value)}
          />
        ),
      )}
      <Field
        label="Notes"
        value={fields.notes}
        onChange={(value) => set('notes', value)}
        multiline
        wide
      />
      {tableTreatment && (
        <p className="find__treatment field--wide">{describeTreatment(tableTreatment)}</p>
      )}
      <Field
        label="Your treatment notes"
        value={fields.treatmentNote}
        placeholder="abrogated on nexus by …, 9th Cir. 2024"
        hint="Marked beside each citation to it and counted in Compliance; never printed"
        onChange={(value) => set('treatmentNote', value)}
        multiline
        wide
      />
      <div className="citation-preview field--wide" aria-label="Citation preview">
        <span className="citation-preview__label">Full citation</span>
        <StyledRuns runs={preview} />
      </div>
    </RecordDialog>
  );
}
