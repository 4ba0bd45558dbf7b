import { useEffect, useMemo, useState } from 'react';
import {
  citedAuthorityIds,
  documentBlocks,
  inlinesToPlainText,
} from '../../../shared/brief/editor-json';
import { formatCitation } from '../../../shared/citations/format';
import { runsToText } from '../../../shared/citations/runs';
import type { Brief, BriefVersion, BriefVersionContent } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { useAuthorities } from '../library/authority-cache';
import { ConfirmDialog, Dialog } from '../ui/Dialog';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const numbers = new Intl.NumberFormat('en-US');

/** A kept version read as text, its citations in full, for choosing which one to restore. */
function VersionText({ version }: { version: BriefVersionContent }) {
  const blocks = useMemo(() => documentBlocks(version.content), [version.content]);
  const ids = useMemo(() => citedAuthorityIds(blocks), [blocks]);
  const authorities = useAuthorities(ids);
  const byId = new Map((authorities ?? []).map((authority) => [authority.id, authority]));
  return (
    <div className="history__text" aria-label="Version text">
      {blocks.length === 0 && <p className="results__empty">This version is empty.</p>}
      {blocks.map((block, index) => {
        const text = inlinesToPlainText(block.inlines, (use) => {
          const authority = byId.get(use.authorityId);
          return authority ? runsToText(formatCitation(authority, use)) : '[citation]';
        });
        return block.kind === 'heading' ? <h4 key={index}>{text}</h4> : <p key={index}>{text}</p>;
      })}
    </div>
  );
}

interface Props {
  brief: Brief;
  onClose(): void;
  /** The brief restored, or the copy made from a version. */
  onRestored(brief: Brief, asCopy: boolean): void;
}

/** "Brief history…": the versions kept of a brief, previewed, restored in place or as a copy. */
export function BriefHistoryDialog({ brief, onClose, onRestored }: Props) {
  const [versions, setVersions] = useState<BriefVersion[] | null>(null);
  const [chosen, setChosen] = useState<BriefVersionContent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('brief:history', { id: brief.id }).then(setVersions, (caught: unknown) =>
      setError(errorMessage(caught)),
    );
  }, [brief.id]);

  const choose = (version: BriefVersion) =>
    call('brief:version', { id: version.id }).then(setChosen, (caught: unknown) =>
      setError(errorMessage(caught)),
    );
  const restore = async (asCopy: boolean) => {
    if (!chosen) return;
    setConfirming(false);
    try {
      onRestored(await call('brief:restore-version', { id: chosen.id, asCopy }), asCopy);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <Dialog
      title={`History of “${brief.title}”`}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button"
            disabled={!chosen}
            onClick={() => void restore(true)}
          >
            Restore as a copy
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!chosen}
            onClick={() => setConfirming(true)}
          >
            Restore this version
          </button>
        </>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="history">
        <ul className="history__list" aria-label="Versions">
          {versions?.length === 0 && (
            <li className="results__empty">No versions yet: one is kept at the first save.</li>
          )}
          {versions?.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className="history__version"
                aria-current={chosen?.id === version.id}
                onClick={() => void choose(version)}
              >
                <span>{when.format(new Date(version.createdAt))}</span>
                <span className="history__words">{numbers.format(version.words)} words</span>
              </button>
            </li>
          ))}
        </ul>
        {chosen ? (
          <VersionText version={chosen} />
        ) : (
          <p className="history__text results__empty">Choose a version to read it.</p>
        )}
      </div>
      {confirming && chosen && (
        <ConfirmDialog
          title="Restore this version?"
          message={`The brief will read as it did on ${when.format(new Date(chosen.createdAt))}. The text it has now is kept in its history first.`}
          confirmLabel="Restore version"
          onConfirm={() => void restore(false)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Dialog>
  );
}
