import { useId } from 'react';
import { KIND_LABELS } from '../../../shared/brief/confidential';
import {
  IDENTIFIER_KINDS,
  type ConfidentialIdentifier,
  type IdentifierKind,
} from '../../../shared/library';

interface Props {
  identifiers: ConfidentialIdentifier[];
  onChange(identifiers: ConfidentialIdentifier[]): void;
}

const PLACEHOLDERS: Record<IdentifierKind, string> = {
  name: 'Full name as written in the record',
  'a-number': 'A 012-345-678',
  'birth-date': '',
  address: '12 Main St., Apt. 4, Chicago, IL 60601',
  other: 'A relative’s name, a case number…',
};

/** The client's identifiers that an export checks for before it writes a public filing. */
export function ConfidentialIdentifiers({ identifiers, onChange }: Props) {
  const hintId = useId();
  const set = (index: number, change: Partial<ConfidentialIdentifier>) =>
    onChange(identifiers.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <fieldset className="field--wide identifiers" aria-describedby={hintId}>
      <legend>Confidential identifiers</legend>
      <p className="field__hint" id={hintId}>
        Before an export, Amicus looks for these in the whole filing (and for anything written like
        an A-number) and asks before writing a file that shows them.
      </p>
      {identifiers.map((identifier, index) => (
        <div className="identifiers__row" key={index}>
          <select
            aria-label={`Kind of identifier ${index + 1}`}
            value={identifier.kind}
            onChange={(event) => set(index, { kind: event.target.value as IdentifierKind })}
          >
            {IDENTIFIER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'other' ? 'Other' : KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <input
            aria-label={KIND_LABELS[identifier.kind]}
            type={identifier.kind === 'birth-date' ? 'date' : 'text'}
            value={identifier.value}
            placeholder={PLACEHOLDERS[identifier.kind]}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <button
            type="button"
            className="button button--small"
            aria-label={`Remove identifier ${index + 1}`}
            onClick={() => onChange(identifiers.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...identifiers, { kind: 'a-number', value: '' }])}
      >
        + Identifier
      </button>
    </fieldset>
  );
}
