import { useId } from 'react';
import type { Matter } from '../../../shared/library';

const GENERAL = '';

interface Props {
  matters: Matter[];
  value: number | null;
  onChange(matterId: number | null): void;
  /** What choosing no matter means here; General unless said otherwise. */
  noneLabel?: string;
  /** Offer archived matters too (an export may want one); otherwise only if already chosen. */
  includeArchived?: boolean;
}

/** A labelled choice of matter, or General (none); archived matters only if already chosen. */
export function MatterSelect({
  matters,
  value,
  onChange,
  noneLabel = 'General (no matter)',
  includeArchived = false,
}: Props) {
  const id = useId();
  const choices = matters.filter(
    (matter) => includeArchived || !matter.archivedAt || matter.id === value,
  );
  return (
    <div className="field">
      <label htmlFor={id}>Matter</label>
      <select
        id={id}
        value={value ?? GENERAL}
        onChange={(event) =>
          onChange(event.target.value === GENERAL ? null : Number(event.target.value))
        }
      >
        <option value={GENERAL}>{noneLabel}</option>
        {choices.map((matter) => (
          <option key={matter.id} value={matter.id}>
            {matter.name}
            {matter.docket && ` (${matter.docket})`}
            {matter.archivedAt && ' (archived)'}
          </option>
        ))}
      </select>
    </div>
  );
}
