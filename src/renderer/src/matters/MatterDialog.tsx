import { useState } from 'react';
import type { Matter } from '../../../shared/library';
import { call } from '../api';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';
import { ConfidentialIdentifiers } from './ConfidentialIdentifiers';

interface Props {
  /** The matter to edit; null for a new one. */
  matter: Matter | null;
  onClose(): void;
  onSaved(matter: Matter | null): void;
}

/**
 * A client's case: its name as the user knows it, the court and docket it is in, and what of the
 * client's must stay out of public filings.
 */
export function MatterDialog({ matter, onClose, onSaved }: Props) {
  const [name, setName] = useState(matter?.name ?? '');
  const [court, setCourt] = useState(matter?.court ?? '');
  const [docket, setDocket] = useState(matter?.docket ?? '');
  const [notes, setNotes] = useState(matter?.notes ?? '');
  const [confidential, setConfidential] = useState(matter?.confidential ?? []);

  const save = async () => {
    // A row left empty is not an identifier.
    const identifiers = confidential.filter((identifier) => identifier.value.trim());
    const fields = { name, court, docket, notes, confidential: identifiers };
    onSaved(
      matter
        ? await call('matter:update', { id: matter.id, ...fields })
        : await call('matter:create', fields),
    );
  };
  const remove = matter
    ? async () => {
        await call('matter:delete', { id: matter.id });
        onSaved(null);
      }
    : undefined;

  return (
    <RecordDialog
      title={matter ? 'Edit matter' : 'New matter'}
      noun="matter"
      saveLabel={matter ? 'Save' : 'Create matter'}
      onSave={save}
      onDelete={remove}
      onClose={onClose}
      wide
    >
      <Field label="Name" value={name} onChange={setName} placeholder="Hoxha v. Garland" required />
      <Field label="Docket" value={docket} onChange={setDocket} placeholder="No. 25-1234" />
      <Field
        label="Court"
        value={court}
        onChange={setCourt}
        placeholder="United States Court of Appeals for the Second Circuit"
        wide
      />
      <Field label="Notes" value={notes} onChange={setNotes} multiline wide />
      <ConfidentialIdentifiers identifiers={confidential} onChange={setConfidential} />
    </RecordDialog>
  );
}
