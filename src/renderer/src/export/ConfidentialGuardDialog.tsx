import { useState } from 'react';
import { KIND_LABELS, type DocumentPart } from '../../../shared/brief/confidential';
import type { ExportResult } from '../../../shared/contract';
import { longDate } from '../../../shared/dates';
import { plural } from '../../../shared/words';
import { Dialog } from '../ui/Dialog';

type Guarded = Extract<ExportResult, { kind: 'confidential' }>;

interface Props {
  result: Guarded;
  onBack(): void;
  onExportAnyway(reason: string): void;
}

const PART_NAMES: Record<DocumentPart, string> = {
  body: 'Text',
  footnotes: 'Footnotes',
  headers: 'Headers and footers',
  properties: 'Document properties',
};

/**
 * What the export found of the library's confidential records in the filing it was about to
 * write: the attorney goes back to the brief, or exports anyway and says why.
 */
export function ConfidentialGuardDialog({ result, onBack, onExportAnyway }: Props) {
  const [reason, setReason] = useState('');
  const { findings, lastRelease } = result;
  return (
    <Dialog
      title="Confidential information in this brief"
      onClose={onBack}
      wide
      actions={
        <>
          {/* The safe choice has the focus: Enter goes back, never writes the file. */}
          <button type="button" className="button button--primary" onClick={onBack} autoFocus>
            Go back to the brief
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={!reason.trim()}
            onClick={() => onExportAnyway(reason.trim())}
          >
            Export anyway
          </button>
        </>
      }
    >
      <p>
        Nothing was written. The filing would show {plural(findings.length, 'thing', 'things')} the
        library marks confidential, or that read like an A-number. Nothing has left this computer.
      </p>
      <table className="find__table" aria-label="Confidential information found">
        <thead>
          <tr>
            <th>What</th>
            <th>Where</th>
            <th>In the filing</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding, index) => (
            <tr key={index}>
              <td>
                {finding.kind === 'a-number-pattern' ? KIND_LABELS[finding.kind] : finding.label}
              </td>
              <td>{PART_NAMES[finding.part]}</td>
              <td>{highlight(finding.context, finding.found)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lastRelease && (
        <p className="field__hint">
          Exported anyway on {longDate(lastRelease.at.slice(0, 10))}: “{lastRelease.reason}”
        </p>
      )}
      <div className="field field--wide">
        <label htmlFor="confidential-reason">Reason to export anyway</label>
        <textarea
          id="confidential-reason"
          rows={2}
          value={reason}
          placeholder="Filed under seal; the client consented in writing…"
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="field__hint">Kept with the brief in this library.</div>
      </div>
    </Dialog>
  );
}

/** The context with what was found marked (the context's spacing is collapsed, so is it). */
function highlight(context: string, found: string) {
  const shown = found.replace(/\s+/g, ' ');
  const at = context.indexOf(shown);
  if (at < 0) return context;
  return (
    <>
      {context.slice(0, at)}
      <mark>{shown}</mark>
      {context.slice(at + shown.length)}
    </>
  );
}
