import { useId, useState, type ReactNode } from 'react';
import type {
  ImportPreview,
  LibraryImportReport,
  RecordCounts,
  RecordType,
  Resolution,
} from '../../../shared/library-file';
import type { Matter } from '../../../shared/library';
import { plural } from '../../../shared/words';
import { call, errorMessage, isDesktop } from '../api';
import { downloadBase64 } from '../export/download';
import { Dialog } from '../ui/Dialog';
import { fileBase64 } from '../ui/file-base64';
import { MatterSelect } from '../ui/MatterSelect';

const NOUNS: Record<RecordType, [one: string, many: string]> = {
  matter: ['matter', 'matters'],
  authority: ['authority', 'authorities'],
  fact: ['fact', 'facts'],
  snippet: ['snippet', 'snippets'],
  brief: ['brief', 'briefs'],
};
const TYPES = Object.keys(NOUNS) as RecordType[];

/** "2 matters, 5 authorities" — the types with any records, or "nothing". */
function listCounts(counts: RecordCounts): string {
  const parts = TYPES.filter((type) => counts[type] > 0).map((type) =>
    plural(counts[type], ...NOUNS[type]),
  );
  return parts.length ? parts.join(', ') : 'nothing';
}

/** Work a dialog waits for: busy meanwhile, and its failure said in the dialog. */
function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const failure = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
  return { busy, attempt, failure };
}

/** Close once the work is done; until then, Cancel and the dialog's own action. */
function DialogActions({
  done,
  onClose,
  action,
}: {
  done: boolean;
  onClose(): void;
  action: ReactNode;
}) {
  if (done)
    return (
      <button type="button" className="button button--primary" onClick={onClose}>
        Close
      </button>
    );
  return (
    <>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      {action}
    </>
  );
}

const CONFIDENTIAL =
  'The file holds everything exported in plain text, confidential client facts included. Keep it where only you can read it, and give it only to counsel entitled to see it.';

/** "Export library": the whole library or one matter, as an Amicus file or as CSL-JSON. */
export function ExportLibraryDialog({ matters, onClose }: { matters: Matter[]; onClose(): void }) {
  const [matterId, setMatterId] = useState<number | null>(null);
  const [includeSample, setIncludeSample] = useState(false);
  const [format, setFormat] = useState<'amicus' | 'csl-json'>('amicus');
  const [done, setDone] = useState<string | null>(null);
  const { busy, attempt, failure } = useAttempt();
  const hasSample = matters.some((matter) => matter.sample);

  const exportNow = () =>
    attempt(async () => {
      const result = await call('library:export', {
        ...(matterId !== null && { matterId }),
        includeSample,
        format,
      });
      const { delivery, counts } = result;
      if (delivery.kind === 'cancelled') return;
      if (delivery.kind === 'download')
        downloadBase64(delivery.fileName, delivery.base64, 'application/json');
      const what =
        format === 'csl-json'
          ? `${counts.authorities} authorities as CSL-JSON`
          : listCounts({
              matter: counts.matters,
              authority: counts.authorities,
              fact: counts.facts,
              snippet: counts.snippets,
              brief: counts.briefs,
            });
      const where = delivery.kind === 'saved' ? delivery.path : delivery.fileName;
      const deleted = result.deletedCitations
        ? ` ${result.deletedCitations} citations of authorities deleted from the library are written as “[citation of a deleted authority]”.`
        : '';
      setDone(`Exported ${what} to ${where}.${deleted}`);
    });

  return (
    <Dialog
      title="Export library"
      onClose={onClose}
      actions={
        <DialogActions
          done={done !== null}
          onClose={onClose}
          action={
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void exportNow()}
            >
              {busy ? 'Exporting…' : 'Export'}
            </button>
          }
        />
      }
    >
      {done ? (
        <p role="status">{done}</p>
      ) : (
        <div className="transfer">
          <fieldset className="transfer__choices">
            <legend>What to export</legend>
            <MatterSelect
              matters={matters}
              value={matterId}
              onChange={setMatterId}
              noneLabel="All of them: the whole library"
              includeArchived
            />
            {matterId === null && hasSample && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={includeSample}
                  onChange={(event) => setIncludeSample(event.target.checked)}
                />
                Include the demo matter (it stays marked as a sample, removable)
              </label>
            )}
            {matterId !== null && (
              <p className="field__hint">The matter’s records, and the authorities they cite.</p>
            )}
          </fieldset>
          <fieldset className="transfer__choices">
            <legend>As</legend>
            <label className="check">
              <input
                type="radio"
                name="export-format"
                checked={format === 'amicus'}
                onChange={() => setFormat('amicus')}
              />
              An Amicus library file (.amicus-library.json): authorities, facts, snippets and briefs
              with their history, to import on another machine
            </label>
            <label className="check">
              <input
                type="radio"
                name="export-format"
                checked={format === 'csl-json'}
                onChange={() => setFormat('csl-json')}
              />
              Its authorities as CSL-JSON (.csl.json), to import into Zotero or Juris-M
            </label>
          </fieldset>
          {format === 'amicus' && (
            <p className="field__hint transfer__warning">
              {CONFIDENTIAL}{' '}
              {isDesktop
                ? 'Amicus saves it readable by your user account alone.'
                : 'The browser saves it to your downloads folder: move it somewhere private.'}
            </p>
          )}
        </div>
      )}
      {failure}
    </Dialog>
  );
}

const CHOICE_LABELS: Record<Resolution, string> = {
  mine: 'Keep mine',
  theirs: 'Take theirs',
  both: 'Keep both',
};

/**
 * "Import library": an Amicus library file or CSL-JSON. Shows what the file would add, what the
 * library has already, and each record that differs, for the user to settle; nothing is written
 * until "Import", which backs the library up first and imports all of it or nothing.
 */
export function ImportLibraryDialog({
  onClose,
  onImported,
}: {
  onClose(): void;
  onImported(report: LibraryImportReport): void;
}) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Map<string, Resolution>>(new Map());
  const [report, setReport] = useState<LibraryImportReport | null>(null);
  const { busy, attempt, failure } = useAttempt();
  const fileInput = useId();
  const open = (file: File) =>
    attempt(async () => {
      setPreview(null);
      setChoices(new Map());
      setPreview(
        await call('library:import-open', { fileName: file.name, base64: await fileBase64(file) }),
      );
    });
  const resolutions = (from: Map<string, Resolution>) =>
    [...from].map(([key, choice]) => ({ key, choice }));
  const choose = (key: string, choice: Resolution) => {
    if (!preview) return;
    const next = new Map(choices).set(key, choice);
    setChoices(next);
    // What the import adds depends on the choices (a copy kept, say): ask again.
    void attempt(async () =>
      setPreview(
        await call('library:import-preview', {
          importId: preview.importId,
          resolutions: resolutions(next),
        }),
      ),
    );
  };
  const unsettled = preview?.conflicts.filter((conflict) => !choices.has(conflict.key)) ?? [];
  const importNow = () =>
    attempt(async () => {
      if (!preview) return;
      const done = await call('library:import-apply', {
        importId: preview.importId,
        resolutions: resolutions(choices),
      });
      setReport(done);
      onImported(done);
    });

  return (
    <Dialog
      title="Import library"
      onClose={onClose}
      wide
      actions={
        <DialogActions
          done={report !== null}
          onClose={onClose}
          action={
            <button
              type="button"
              className="button button--primary"
              disabled={!preview || busy || unsettled.length > 0}
              onClick={() => void importNow()}
            >
              Import
            </button>
          }
        />
      }
    >
      {report ? (
        <LibraryImportReportView report={report} />
      ) : (
        <div className="transfer">
          <div className="field">
            <label htmlFor={fileInput}>Library file or CSL-JSON</label>
            <input
              id={fileInput}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void open(file);
              }}
            />
            <span className="field__hint">
              A file Amicus exported (.amicus-library.json), or CSL-JSON exported from Zotero or
              Juris-M. Nothing changes until you choose Import; the library is backed up first.
            </span>
          </div>
          {busy && !preview && <p role="status">Reading the file…</p>}
          {preview && (
            <ImportPreviewView
              preview={preview}
              choices={choices}
              onChoose={choose}
              unsettled={unsettled.length}
            />
          )}
        </div>
      )}
      {failure}
    </Dialog>
  );
}

function ImportPreviewView({
  preview,
  choices,
  onChoose,
  unsettled,
}: {
  preview: ImportPreview;
  choices: Map<string, Resolution>;
  onChoose(key: string, choice: Resolution): void;
  unsettled: number;
}) {
  return (
    <section aria-label="What the file holds" className="transfer__preview">
      <p>
        <strong>{preview.fileName}</strong> holds {preview.scope}
        {preview.exportedAt &&
          `, exported ${new Date(preview.exportedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`}
        .
      </p>
      <ul className="transfer__summary">
        <li>New to this library: {listCounts(preview.new)}.</li>
        <li>Already here, the same: {listCounts(preview.same)}.</li>
        <li>
          {preview.conflicts.length === 0
            ? 'Nothing in the file differs from this library.'
            : `Differing from this library: ${preview.conflicts.length}; ${unsettled ? `choose below what to do with each (${unsettled} left)` : 'each chosen below'}.`}
        </li>
      </ul>
      {preview.conflicts.length > 0 && (
        <ul className="conflicts" aria-label="Conflicts">
          {preview.conflicts.map((conflict) => (
            <li key={conflict.key} className="conflict">
              <fieldset>
                <legend>
                  {NOUNS[conflict.type][0][0]?.toUpperCase()}
                  {NOUNS[conflict.type][0].slice(1)}: {conflict.label}
                </legend>
                <table className="conflict__differences">
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">This library (mine)</th>
                      <th scope="col">The file (theirs)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conflict.differences.map((difference) => (
                      <tr key={difference.field}>
                        <th scope="row">{difference.field}</th>
                        <td>{difference.mine || '—'}</td>
                        <td>{difference.theirs || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div
                  className="conflict__choices"
                  role="radiogroup"
                  aria-label={`For ${conflict.label}`}
                >
                  {(Object.keys(CHOICE_LABELS) as Resolution[]).map((choice) => (
                    <label key={choice} className="check">
                      <input
                        type="radio"
                        name={conflict.key}
                        checked={choices.get(conflict.key) === choice}
                        onChange={() => onChoose(conflict.key, choice)}
                      />
                      {CHOICE_LABELS[choice]}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <UnmappedList items={preview.unmapped} />
    </section>
  );
}

function UnmappedList({ items }: { items: ImportPreview['unmapped'] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label="Not imported">
      <h3 className="transfer__heading">
        Could not become authorities ({items.length}), and are left out:
      </h3>
      <ul className="transfer__unmapped">
        {items.map((item, index) => (
          <li key={index}>
            {item.label}: {item.reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}

function LibraryImportReportView({ report }: { report: LibraryImportReport }) {
  const replaced = Object.values(report.replaced).reduce((sum, count) => sum + count, 0);
  // Lines about choices only when the file differed in what was replaced or kept.
  const chosen = replaced + report.keptMine > 0;
  const keptMine = report.keptMine ? plural(report.keptMine, 'record') : 'nothing';
  return (
    <section aria-label="Import report" className="transfer__preview">
      <p role="status">The import is done.</p>
      <ul className="transfer__summary">
        <li>Added: {listCounts(report.added)}.</li>
        <li>Already here, left as they were: {listCounts(report.same)}.</li>
        {chosen && (
          <>
            <li>Replaced with the file’s, as you chose: {listCounts(report.replaced)}.</li>
            <li>Kept as they were in this library, as you chose: {keptMine}.</li>
          </>
        )}
        <li>The library was backed up first, as {report.backup} (Backups… restores it).</li>
      </ul>
      <UnmappedList items={report.unmapped} />
    </section>
  );
}
