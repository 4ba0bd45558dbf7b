import { useCallback, useEffect, useState } from 'react';
import type { LibraryStatus } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { useNotify } from '../ui/toasts';
import { BackupList } from './BackupList';

/** "Back up now" and "Restore from backup…": the library's verified copies in its data folder. */
export function BackupsDialog({ onClose }: { onClose(): void }) {
  const notify = useNotify();
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(
    () =>
      call('library:status', {}).then(setStatus, (caught: unknown) =>
        setError(errorMessage(caught)),
      ),
    [],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backUpNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('library:back-up', {});
      notify('The library is backed up.');
      await refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Backups"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
            Back up now
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="field__hint">
        Amicus copies the library when it starts each day, every 30 minutes while you edit, and
        before an update changes it; each copy is checked before it replaces an older one.
        {status && ` They are kept in ${status.file.replace(/[^/\\]+$/, '')}backups.`}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {status ? (
        <BackupList
          backups={status.backups}
          onRestored={(keptAside) => {
            notify(`Restored. The library it replaced is kept as ${keptAside}.`);
            window.location.reload();
          }}
        />
      ) : (
        <p>Reading the backups…</p>
      )}
    </Dialog>
  );
}
