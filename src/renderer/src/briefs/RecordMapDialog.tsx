import { useId, useMemo, useState } from 'react';
import {
  parsePageMap,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  type RecordKind,
} from '../../../shared/brief/record-cites';
import type { RepaginationReport } from '../../../shared/brief/repaginate';
import type { Brief } from '../../../shared/library';
import { excerpt, plural } from '../../../shared/words';
import { call, errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { FileButton } from '../ui/FileButton';

interface Props {
  brief: Brief;
  /** Saves what the editor holds, so the map rewrites the brief as it stands. */
  beforeRewrite(): Promise<void>;
  /** The library's facts and briefs changed: the editor and the library panel read them again. */
  onRewritten(): void;
  onClose(): void;
}

function RecordSelect(props: {
  label: string;
  value: RecordKind;
  onChange(kind: RecordKind): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as RecordKind)}
      >
        {RECORD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {RECORD_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A page map for a re-paginated record (the administrative record certified, a joint appendix
 * prepared): every cite to the old pages, in the matter's facts and briefs, moves to the new
 * ones, and the cites the map does not reach are listed, unchanged, to fix by hand.
 */
export function RecordMapDialog({ brief, beforeRewrite, onRewritten, onClose }: Props) {
  const [from, setFrom] = useState<RecordKind>('administrative');
  const [to, setTo] = useState<RecordKind>('administrative');
  const [text, setText] = useState('');
  const [report, setReport] = useState<RepaginationReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const map = useMemo(() => parsePageMap(text), [text]);

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      await beforeRewrite();
      setReport(
        await call('record:repaginate', { briefId: brief.id, from, to, entries: map.entries }),
      );
      onRewritten();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const briefCites = report?.briefs.reduce((sum, entry) => sum + entry.rewritten, 0) ?? 0;
  const outside = report
    ? [
        ...report.facts.outside.map((cite) => ({
          key: `fact ${cite.factId}`,
          where: `Fact: “${excerpt(cite.text, 70)}”`,
          ...cite,
        })),
        ...report.briefs.flatMap((entry) =>
          entry.outside.map((cite, index) => ({
            key: `brief ${entry.briefId} ${index}`,
            where: `Brief: ${entry.title}`,
            ...cite,
          })),
        ),
      ]
    : [];

  return (
    <Dialog
      title="Record page map"
      onClose={onClose}
      wide
      actions={
        report ? (
          <button type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || map.entries.length === 0 || map.problems.length > 0}
              onClick={() => void apply()}
            >
              {busy ? 'Re-paginating…' : 'Re-paginate'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </>
        )
      }
    >
      {report ? (
        <>
          <p className="find__summary" role="status">
            Re-paginated {plural(report.facts.rewritten, 'fact’s cite', 'facts’ cites')} and{' '}
            {plural(briefCites, 'cite')} in{' '}
            {plural(report.briefs.filter((entry) => entry.rewritten > 0).length, 'brief')}.{' '}
            {outside.length === 0
              ? 'Every cite to the record was in the map.'
              : `${plural(outside.length, 'cite')} fell outside the map and ${outside.length === 1 ? 'is' : 'are'} unchanged.`}{' '}
            Each brief as it was is kept in its history.
          </p>
          {outside.length > 0 && (
            <table className="find__table" aria-label="Cites outside the map">
              <thead>
                <tr>
                  <th>Where</th>
                  <th>Cite</th>
                  <th>Pages not in the map</th>
                </tr>
              </thead>
              <tbody>
                {outside.map((cite) => (
                  <tr key={cite.key}>
                    <td>{cite.where}</td>
                    <td className="find__cite record-map__cite">{cite.cite}</td>
                    <td>{cite.pages}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <>
          <p className="field__hint">
            When the record is re-paginated (the administrative record certified, a joint appendix
            prepared), enter or import the old pages and the new page each begins on. Every cite to
            those pages in this matter’s facts and briefs moves to the new pages, in each brief’s
            court style.
          </p>
          <div className="record-map__records">
            <RecordSelect label="Cites to" value={from} onChange={setFrom} />
            <RecordSelect label="Now in" value={to} onChange={setTo} />
          </div>
          <div className="find__input">
            <textarea
              aria-label="Page map"
              placeholder={'Old page or range, new page — one a line:\n112-121\t201\n61-68\t150'}
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={8}
            />
            <FileButton
              label="Import…"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              onFile={(file) =>
                file.text().then(setText, (caught: unknown) => setError(errorMessage(caught)))
              }
            />
          </div>
          <p className="find__summary" role="status">
            {map.entries.length === 0
              ? 'Two columns: the old page or range, and the new page it begins on (from a spreadsheet, tab- or comma-separated).'
              : `${plural(map.entries.length, 'entry', 'entries')} covering ${plural(
                  map.entries.reduce((sum, entry) => sum + entry.last - entry.first + 1, 0),
                  'old page',
                )}.`}
          </p>
          {map.problems.length > 0 && (
            <ul className="form-error" aria-label="Lines not understood">
              {map.problems.map((problem) => (
                <li key={problem.line}>
                  Line {problem.line}, “{problem.text}”: {problem.reason}.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
