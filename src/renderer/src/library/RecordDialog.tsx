import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../api';
import { ConfirmDialog, Dialog } from '../ui/Dialog';

interface Props {
  title: string;
  /** What the user calls one record, for the delete confirmation ("authority"). */
  noun: string;
  children: ReactNode;
  onSave(): Promise<void>;
  /** Present when the record exists and can be deleted. */
  onDelete?: () => Promise<void>;
  onClose(): void;
  wide?: boolean;
  saveLabel?: string;
}

/** The frame shared by the authority, fact and snippet editors: save, delete with confirmation, errors shown in place. */
export function RecordDialog({
  title,
  noun,
  children,
  onSave,
  onDelete,
  onClose,
  wide,
  saveLabel = 'Save',
}: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(onSave);
  };
  const formId = `form-${noun}`;

  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide={wide}
      actions={
        <>
          {onDelete && (
            <button
              type="button"
              className="button button--danger button--left"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              Delete {noun}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {saveLabel}
          </button>
        </>
      }
    >
      <form id={formId} className="record-form" onSubmit={submit}>
        {children}
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming && onDelete && (
        <ConfirmDialog
          title={`Delete this ${noun}?`}
          message={`The ${noun} is removed from the library. This cannot be undone.`}
          confirmLabel={`Delete ${noun}`}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run(onDelete);
          }}
        />
      )}
    </Dialog>
  );
}
