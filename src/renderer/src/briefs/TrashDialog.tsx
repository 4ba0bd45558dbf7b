import { useCallback, useEffect, useState } from 'react';
import type { TrashedBrief } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { ConfirmDialog, Dialog } from '../ui/Dialog';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Deleted briefs, restorable for 30 days (then gone), or deleted for good sooner. */
export function TrashDialog({ onClose, onRestored }: { onClose(): void; onRestored(): void }) {
  const [trash, setTrash] = useState<TrashedBrief[] | null>(null);
  const [purging, setPurging] = useState<TrashedBrief | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(
    () =>
      call('brief:trash', {}).then(setTrash, (caught: unknown) => setError(errorMessage(caught))),
    [],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <Dialog
      title="Trash"
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className="field__hint">
        Deleted briefs stay here for 30 days, then are deleted for good.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="backups" aria-label="Deleted briefs">
        {trash?.length === 0 && <li className="results__empty">The trash is empty.</li>}
        {trash?.map((brief) => (
          <li key={brief.id} className="backups__row">
            <span>{brief.title}</span>
            <span className="backups__why">Deleted {when.format(new Date(brief.deletedAt))}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void act(async () => {
                  await call('brief:restore-deleted', { id: brief.id });
                  onRestored();
                })
              }
            >
              Restore
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => setPurging(brief)}
            >
              Delete for good
            </button>
          </li>
        ))}
      </ul>
      {purging && (
        <ConfirmDialog
          title="Delete this brief for good?"
          message={`“${purging.title}” and its history will be gone; this cannot be undone. Backups taken before today still hold it.`}
          confirmLabel="Delete for good"
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            const target = purging;
            setPurging(null);
            void act(() => call('brief:delete-forever', { id: target.id }));
          }}
        />
      )}
    </Dialog>
  );
}
