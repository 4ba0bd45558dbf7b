import { useState } from 'react';
import type { CourtProfile } from '../../../shared/brief/profiles';
import type { ImportReport } from '../../../shared/contract';
import type { Brief, Matter } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { addAuthorities } from '../library/add-authorities';
import { NewAuthoritiesList } from '../library/NewAuthoritiesList';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { fileBase64 } from '../ui/file-base64';
import { MatterSelect } from '../ui/MatterSelect';
import { CourtSelect } from './CourtSelect';

interface Props {
  profiles: CourtProfile[];
  matters: Matter[];
  defaultMatterId: number | null;
  onClose(): void;
  /** The brief made from the draft, to open. */
  onImported(brief: Brief): void;
  /** Links every citation of the open brief (once new authorities are in the library). */
  onLinkAll(): void;
}

const COUNTS: [keyof ImportReport, string][] = [
  ['headings', 'Headings'],
  ['paragraphs', 'Paragraphs'],
  ['quotations', 'Block quotations'],
  ['listItems', 'List items'],
  ['footnotes', 'Footnotes'],
  ['citationsLinked', 'Citations linked'],
  ['authoritiesLinked', 'Library authorities cited'],
];

function tallyLine({ what, count }: { what: string; count: number }) {
  return (
    <li key={what}>
      {what.charAt(0).toUpperCase() + what.slice(1)}: {count.toLocaleString('en-US')}
    </li>
  );
}

/** "Import Word draft": a new brief from a .docx, then what came in and how. */
export function ImportDraftDialog({
  profiles,
  matters,
  defaultMatterId,
  onClose,
  onImported,
  onLinkAll,
}: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [courtProfile, setCourtProfile] = useState(profiles[0]?.id ?? 'frap-merits');
  const [matterId, setMatterId] = useState<number | null>(defaultMatterId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ brief: Brief; report: ImportReport } | null>(null);
  const [added, setAdded] = useState(false);

  const importDraft = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('brief:import-docx', {
        fileName: file.name,
        base64: await fileBase64(file),
        title: title.trim() || 'Imported draft',
        matterId,
        courtProfile,
      });
      setImported(result);
      onImported(result.brief);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const addAndLink = async (report: ImportReport) => {
    setBusy(true);
    setError(null);
    try {
      await addAuthorities(report.newAuthorities.map(({ fields }) => fields));
      setAdded(true);
      onLinkAll();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const errorLine = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );

  if (imported) {
    const { brief, report } = imported;
    return (
      <Dialog
        title="Word draft imported"
        onClose={onClose}
        wide
        actions={
          <button type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        }
      >
        <div className="import-report" role="region" aria-label="Import report">
          <p>
            “{brief.title}” was made from {file?.name}. Check it against the draft before relying on
            it.
          </p>
          <dl>
            {COUNTS.map(([key, label]) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{String(report[key])}</dd>
              </div>
            ))}
          </dl>
          {report.newAuthorities.length > 0 && (
            <>
              <h3>Not in the library ({report.newAuthorities.length})</h3>
              <p>Their citations are still text in the brief.</p>
              <NewAuthoritiesList authorities={report.newAuthorities} />
              <button
                type="button"
                className="button button--small button--primary"
                disabled={busy || added}
                onClick={() => void addAndLink(report)}
              >
                {added ? 'Added and linked' : 'Add to library and link'}
              </button>
            </>
          )}
          <h3>Left as text</h3>
          {report.leftAsText.length > 0 ? (
            <ul aria-label="Left as text">{report.leftAsText.map(tallyLine)}</ul>
          ) : (
            <p>Nothing: every part of the draft has its place in the brief.</p>
          )}
          {report.leftOut.length > 0 && (
            <>
              <h3>Not brought in</h3>
              <ul aria-label="Not brought in">{report.leftOut.map(tallyLine)}</ul>
            </>
          )}
          {errorLine}
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      title="Import Word draft"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!file || busy}
            onClick={() => void importDraft()}
          >
            {busy ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <div className="record-form">
        <div className="field field--wide">
          <label htmlFor="import-draft-file">Word draft (.docx)</label>
          <input
            id="import-draft-file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !title) setTitle(chosen.name.replace(/\.docx$/i, ''));
            }}
          />
          <div className="field__hint">
            Headings, paragraphs, lists, block quotations, bold, italic, underline and footnotes
            come in as they are; citations the library holds are linked. Up to 50 MB of text.
          </div>
        </div>
        <Field label="Title" value={title} onChange={setTitle} wide />
        <CourtSelect profiles={profiles} value={courtProfile} onChange={setCourtProfile} />
        <MatterSelect matters={matters} value={matterId} onChange={setMatterId} />
      </div>
      {errorLine}
    </Dialog>
  );
}
