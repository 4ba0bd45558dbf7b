import { useState } from 'react';
import { describeRecordCite } from '../../../shared/brief/fact-text';
import type { Fact, Matter } from '../../../shared/library';
import { call } from '../api';
import { Field, tagsToText, textToTags } from '../ui/Field';
import { MatterSelect } from '../ui/MatterSelect';
import { RecordDialog } from './RecordDialog';

interface Props {
  fact: Fact | null;
  matters: Matter[];
  defaultMatterId: number | null;
  onClose(): void;
  onSaved(): void;
}

export function FactForm({ fact, matters, defaultMatterId, onClose, onSaved }: Props) {
  const [matterId, setMatterId] = useState<number | null>(fact ? fact.matterId : defaultMatterId);
  const [text, setText] = useState(fact?.text ?? '');
  const [recordCite, setRecordCite] = useState(fact?.recordCite ?? '');
  const [source, setSource] = useState(fact?.source ?? '');
  const [tags, setTags] = useState(tagsToText(fact?.tags ?? []));
  const [confidential, setConfidential] = useState(fact?.confidential ?? false);

  const save = async () => {
    const input = { matterId, text, recordCite, source, tags: textToTags(tags), confidential };
    if (fact) await call('fact:update', { ...input, id: fact.id });
    else await call('fact:create', input);
    onSaved();
  };
  const remove = fact
    ? async () => {
        await call('fact:delete', { id: fact.id });
        onSaved();
      }
    : undefined;

  return (
    <RecordDialog
      title={fact ? 'Edit fact' : 'New fact'}
      noun="fact"
      onSave={save}
      onDelete={remove}
      onClose={onClose}
      wide
    >
      <MatterSelect matters={matters} value={matterId} onChange={setMatterId} />
      <Field label="Fact" value={text} onChange={setText} multiline required wide />
      <Field
        label="Record cite"
        value={recordCite}
        onChange={setRecordCite}
        placeholder="A.R. 123"
        hint={describeRecordCite(recordCite)}
      />
      <Field label="Source" value={source} onChange={setSource} placeholder="Hearing testimony" />
      <Field
        label="Tags"
        value={tags}
        onChange={setTags}
        placeholder="comma, separated"
        hint="Separate tags with commas."
        wide
      />
      <label className="field field--check field--wide">
        <input
          type="checkbox"
          checked={confidential}
          onChange={(event) => setConfidential(event.target.checked)}
        />
        Confidential: warn before an export shows it
      </label>
    </RecordDialog>
  );
}
