import { useState } from 'react';
import type { BackupInfo, BackupReason } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../ui/Dialog';

const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  periodic: 'While editing',
  manual: 'Backed up by hand',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

interface Props {
  backups: readonly BackupInfo[];
  /** After a restore: the page starts again on the restored library. */
  onRestored(keptAside: string): void;
}

/** The library's backups, newest first, each restorable after a confirmation. */
export function BackupList({ backups, onRestored }: Props) {
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (backups.length === 0) return <p className="results__empty">No backups yet.</p>;

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    setBusy(true);
    setError(null);
    try {
      const { keptAside } = await call('library:restore', { name: backup.name });
      onRestored(keptAside);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="backups" aria-label="Backups">
        {backups.map((backup) => (
          <li key={backup.name} className="backups__row">
            <span className="backups__when">{when.format(new Date(backup.createdAt))}</span>
            <span className="backups__why">{REASON_LABELS[backup.reason]}</span>
            <span className="backups__size">{size(backup.bytes)}</span>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              aria-label={`Restore the backup of ${when.format(new Date(backup.createdAt))}`}
              onClick={() => setConfirming(backup)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {confirming && (
        <ConfirmDialog
          title="Restore this backup?"
          message={`The library will be as it was on ${when.format(new Date(confirming.createdAt))}. The library as it is now is kept beside it, not deleted.`}
          confirmLabel="Restore backup"
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
