import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CitationFields } from '../../../../shared/brief/editor-json';
import { MISSING_AUTHORITY } from '../../../../shared/brief/reader';
import { citationAsWritten } from '../../../../shared/citations/format';
import { runsToText } from '../../../../shared/citations/runs';
import { treatmentOf } from '../../../../shared/citations/treatment';
import { useAuthority } from '../../library/authority-cache';
import { TreatmentMark } from '../../library/TreatmentMark';
import { StyledRuns } from '../../ui/StyledRuns';
import { useCitationPlacement, useCitationStyle } from '../plugins/citation-forms/store';
import { $isCitationNode } from './CitationNode';

const FORM_HINTS = {
  full: 'Full citation (first use, or pinned to full)',
  short: 'Short form: cited in full earlier',
  id: 'Id.: the same authority was cited just before',
} as const;

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

interface Props {
  nodeKey: NodeKey;
  fields: CitationFields;
}

/** How a citation looks in the editor, and its in-place editor for this use's pin, signal and parenthetical. */
export function CitationChip({ nodeKey, fields }: Props) {
  const [editor] = useLexicalComposerContext();
  const authority = useAuthority(fields.authorityId);
  const placement = useCitationPlacement(nodeKey);
  const { style, act } = useCitationStyle();
  const [open, setOpen] = useState(false);
  const chipRef = useRef<HTMLSpanElement>(null);

  if (authority === null) {
    return (
      <span
        className="citation citation--missing"
        title="This authority is not in the library: it was deleted, or the citation was pasted from another library."
      >
        {MISSING_AUTHORITY}
      </span>
    );
  }
  const runs = authority
    ? citationAsWritten(authority, fields, placement, style, act)
    : [{ text: '…' }];
  const treatment = authority ? treatmentOf(authority) : null;

  const update = (use: Partial<Omit<CitationFields, 'authorityId'>>) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isCitationNode(node)) node.setUse(use);
    });
  const remove = () => {
    editor.update(() => $getNodeByKey(nodeKey)?.remove());
    editor.focus();
  };

  return (
    <>
      {/* A span, not a <button>: a button is laid out as a box, so a long citation would jump
          to a line of its own instead of wrapping with the sentence as the printed brief does. */}
      <span
        ref={chipRef}
        role="button"
        tabIndex={0}
        className="citation"
        aria-label={`Citation: ${runsToText(runs)}. Edit pin cite, signal or parenthetical`}
        title={FORM_HINTS[placement.form]}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          setOpen((value) => !value);
        }}
      >
        <StyledRuns runs={runs} />
      </span>
      {treatment && <TreatmentMark treatment={treatment} />}
      {open && chipRef.current && (
        <CitationPopover
          anchor={chipRef.current}
          fields={fields}
          onChange={update}
          onRemove={remove}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

interface PopoverProps {
  anchor: HTMLElement;
  fields: CitationFields;
  onChange(use: Partial<Omit<CitationFields, 'authorityId'>>): void;
  onRemove(): void;
  onClose(): void;
}

function CitationPopover({ anchor, fields, onChange, onRemove, onClose }: PopoverProps) {
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
          anchor.focus();
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
