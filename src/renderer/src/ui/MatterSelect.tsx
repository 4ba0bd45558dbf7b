import { useId } from 'react';
import type { Matter } from '../../../shared/library';

const NONE = '';

interface Props {
  matters: Matter[];
  value: number | null;
  onChange(matterId: number | null): void;
  /** What choosing no matter means here ("Any matter", "No matter"). */
  noneLabel: string;
}

/** A labelled choice of matter, or none. */
export function MatterSelect({ matters, value, onChange, noneLabel }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Matter</label>
      <select
        id={id}
        value={value ?? NONE}
        onChange={(event) =>
          onChange(event.target.value === NONE ? null : Number(event.target.value))
        }
      >
        <option value={NONE}>{noneLabel}</option>
        {matters.map((matter) => (
          <option key={matter.id} value={matter.id}>
            {matter.name}
          </option>
        ))}
      </select>
    </div>
  );
}
