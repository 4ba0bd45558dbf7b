import { useState } from 'react';
import type { CourtProfile } from '../../../shared/brief/profiles';
import type { Brief, Matter } from '../../../shared/library';
import { call } from '../api';
import { RecordDialog } from '../library/RecordDialog';
import { MatterSelect } from '../ui/MatterSelect';
import { Field } from '../ui/Field';
import { CourtSelect } from './CourtSelect';

interface Props {
  profiles: CourtProfile[];
  matters: Matter[];
  defaultMatterId: number | null;
  onClose(): void;
  onCreated(brief: Brief): void;
}

/** Asks for the court and stage, and starts the brief with FRAP 29(a)(4)'s written sections. */
export function NewBriefDialog({ profiles, matters, defaultMatterId, onClose, onCreated }: Props) {
  const [title, setTitle] = useState('Untitled brief');
  const [courtProfile, setCourtProfile] = useState(profiles[0]?.id ?? 'frap-merits');
  const [matterId, setMatterId] = useState<number | null>(defaultMatterId);
  const [outline, setOutline] = useState(true);

  const create = async () => {
    onCreated(await call('brief:create', { title, matterId, courtProfile, outline }));
  };

  return (
    <RecordDialog
      title="New brief"
      noun="brief"
      saveLabel="Create brief"
      onSave={create}
      onClose={onClose}
      wide
    >
      <Field label="Title" value={title} onChange={setTitle} required wide />
      <CourtSelect profiles={profiles} value={courtProfile} onChange={setCourtProfile} />
      <MatterSelect matters={matters} value={matterId} onChange={setMatterId} />
      <label className="field--wide check">
        <input
          type="checkbox"
          checked={outline}
          onChange={(event) => setOutline(event.target.checked)}
        />
        Start with the written sections FRAP 29(a)(4) requires, in order
      </label>
    </RecordDialog>
  );
}
