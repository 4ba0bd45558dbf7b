import { useId } from 'react';
import type { Matter } from '../../../shared/library';

const GENERAL = '';

interface Props {
  matters: Matter[];
  value: number | null;
  onChange(matterId: number | null): void;
}

/** A labelled choice of matter, or General (none); archived matters only if already chosen. */
export function MatterSelect({ matters, value, onChange }: Props) {
  const id = useId();
  const choices = matters.filter((matter) => !matter.archivedAt || matter.id === value);
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
        <option value={GENERAL}>General (no matter)</option>
        {choices.map((matter) => (
          <option key={matter.id} value={matter.id}>
            {matter.name}
            {matter.docket && ` (${matter.docket})`}
          </option>
        ))}
      </select>
    </div>
  );
}
