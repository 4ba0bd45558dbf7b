import { useState } from 'react';
import type { Matter, SampleRemoval } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { MatterDialog } from './MatterDialog';
import { plural } from '../../../shared/words';
import { holdings } from './words';

interface Props {
  matters: Matter[];
  onChanged(): void;
  onSampleRemoved(removal: SampleRemoval): void;
  onClose(): void;
}

/** Every matter, archived ones too: edit, archive or restore, delete, and the sample's removal. */
export function MattersDialog({ matters, onChanged, onSampleRemoved, onClose }: Props) {
  const [editing, setEditing] = useState<Matter | 'new' | null>(null);
  const [removingSample, setRemovingSample] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const sample = matters.find((matter) => matter.sample);

  return (
    <Dialog
      title="Matters"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button button--left" onClick={() => setEditing('new')}>
            New matter
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="field__hint">
        Facts, snippets and briefs belong to a matter, or to none (General). A brief’s search shows
        its own matter’s facts and General’s unless you ask for all matters. Archiving puts a matter
        away with everything in it; nothing is deleted.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="backups" aria-label="Matters">
        {matters.length === 0 && <li className="results__empty">No matters yet.</li>}
        {matters.map((matter) => (
          <li key={matter.id} className="backups__row matters__row">
            <span>
              {matter.name}
              {matter.sample && <span className="badge">Sample</span>}
              {matter.archivedAt && <span className="badge badge--muted">Archived</span>}
            </span>
            <span className="backups__why">{holdings(matter)}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => setEditing(matter)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void act(() =>
                  call('matter:set-archived', { id: matter.id, archived: !matter.archivedAt }),
                )
              }
            >
              {matter.archivedAt ? 'Restore' : 'Archive'}
            </button>
          </li>
        ))}
      </ul>
      {sample && (
        <p className="matters__sample">
          “{sample.name}” is a sample brief and library to try Amicus with.{' '}
          <button type="button" className="link-button" onClick={() => setRemovingSample(true)}>
            Remove sample…
          </button>
        </p>
      )}
      {editing && (
        <MatterDialog
          matter={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      )}
      {removingSample && sample && (
        <RemoveSampleDialog
          sample={sample}
          onCancel={() => setRemovingSample(false)}
          onRemoved={(removal) => {
            setRemovingSample(false);
            onSampleRemoved(removal);
            onChanged();
          }}
          onError={(message) => {
            setRemovingSample(false);
            setError(message);
          }}
        />
      )}
    </Dialog>
  );
}

export function RemoveSampleDialog({
  sample,
  onCancel,
  onRemoved,
  onError,
}: {
  sample: Matter;
  onCancel(): void;
  onRemoved(removal: SampleRemoval): void;
  onError(message: string): void;
}) {
  const remove = () =>
    call('matter:remove-sample', {}).then(onRemoved, (caught: unknown) =>
      onError(errorMessage(caught)),
    );
  return (
    <ConfirmDialog
      title="Remove the sample?"
      message={`“${sample.name}” and what came with it (${holdings(sample)}, and the sample authorities) will be deleted. Anything you added stays: your own facts, snippets or briefs in it move to General, and sample authorities your own briefs or snippets cite, or that you edited, stay in the library.`}
      confirmLabel="Remove sample"
      onCancel={onCancel}
      onConfirm={() => void remove()}
    />
  );
}

/** "Removed the sample: 1 brief, 12 facts, …" */
export function sampleRemovedMessage({ removed, movedToGeneral, authoritiesKept }: SampleRemoval) {
  const parts = [
    plural(removed.briefs, 'brief'),
    plural(removed.facts, 'fact'),
    plural(removed.snippets, 'snippet'),
    plural(removed.authorities, 'authority', 'authorities'),
  ];
  const kept = [
    movedToGeneral > 0 && `${plural(movedToGeneral, 'record')} you added moved to General`,
    authoritiesKept > 0 && `${plural(authoritiesKept, 'authority', 'authorities')} you use kept`,
  ].filter(Boolean);
  return `Removed the sample: ${parts.join(', ')}.${kept.length ? ` ${kept.join('; ')}.` : ''}`;
}
