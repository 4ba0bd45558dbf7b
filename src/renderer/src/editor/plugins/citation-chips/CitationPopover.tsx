import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CitationFields } from '../../../../../shared/brief/editor-json';
import { CHIP_CLASS } from '../../nodes/citation-chip';

const SIGNALS = [
  '',
  'See',
  'See also',
  'See, e.g.,',
  'E.g.,',
  'Cf.',
  'But see',
  'But cf.',
  'See generally',
  'Accord',
];

interface PopoverProps {
  /** The citation node's element, which holds its chip. */
  anchor: HTMLElement;
  fields: CitationFields;
  onChange(use: Partial<Omit<CitationFields, 'authorityId'>>): void;
  onRemove(): void;
  onClose(): void;
}

/** Edits one use of a citation: its signal, pin cite, parenthetical, and whether it stays full. */
export function CitationPopover({ anchor, fields, onChange, onRemove, onClose }: PopoverProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const box = anchor.getBoundingClientRect();
    setPosition({
      top: box.bottom + window.scrollY + 6,
      left: Math.max(8, box.left + window.scrollX),
    });
    ref.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [anchor]);

  useEffect(() => {
    const closeOnOutside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutside);
    return () => document.removeEventListener('mousedown', closeOnOutside);
  }, [anchor, onClose]);

  return createPortal(
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label="Edit citation"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === 'Enter') {
          event.preventDefault();
          onClose();
          // The chip, drawn again since it opened, is inside the citation's element.
          anchor.querySelector<HTMLElement>(`.${CHIP_CLASS}`)?.focus();
        }
      }}
    >
      <label htmlFor={`${id}-signal`}>Signal</label>
      <input
        id={`${id}-signal`}
        list={`${id}-signals`}
        defaultValue={fields.signal}
        onChange={(event) => onChange({ signal: event.target.value })}
      />
      <datalist id={`${id}-signals`}>
        {SIGNALS.filter(Boolean).map((signal) => (
          <option key={signal} value={signal} />
        ))}
      </datalist>
      <label htmlFor={`${id}-pin`}>Pin cite</label>
      <input
        id={`${id}-pin`}
        placeholder="e.g. 615–16"
        defaultValue={fields.pin}
        onChange={(event) => onChange({ pin: event.target.value })}
      />
      <label htmlFor={`${id}-parenthetical`}>Parenthetical</label>
      <input
        id={`${id}-parenthetical`}
        placeholder="e.g. rejecting social visibility"
        defaultValue={fields.parenthetical}
        onChange={(event) => onChange({ parenthetical: event.target.value })}
      />
      <label className="popover__check">
        <input
          type="checkbox"
          defaultChecked={fields.forceFull}
          onChange={(event) => onChange({ forceFull: event.target.checked })}
        />
        Always cite in full here
      </label>
      <div className="popover__actions">
        <button type="button" className="button button--danger" onClick={onRemove}>
          Remove citation
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>,
    document.body,
  );
}
