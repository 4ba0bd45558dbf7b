import { useState } from 'react';
import type { Fact, Matter } from '../../../shared/library';
import { call } from '../api';
import { Field, tagsToText, textToTags } from '../ui/Field';
import { RecordDialog } from './RecordDialog';

interface Props {
  fact: Fact | null;
  matters: Matter[];
  defaultMatterId: number | null;
  onClose(): void;
  onSaved(): void;
}

export function FactForm({ fact, matters, defaultMatterId, onClose, onSaved }: Props) {
  const [matterId, setMatterId] = useState(
    fact?.matterId ?? defaultMatterId ?? matters[0]?.id ?? 0,
  );
  const [text, setText] = useState(fact?.text ?? '');
  const [recordCite, setRecordCite] = useState(fact?.recordCite ?? '');
  const [source, setSource] = useState(fact?.source ?? '');
  const [tags, setTags] = useState(tagsToText(fact?.tags ?? []));

  const save = async () => {
    if (!matterId) throw new Error('Choose the matter this fact belongs to.');
    const input = { matterId, text, recordCite, source, tags: textToTags(tags) };
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
      <div className="field field--wide">
        <label htmlFor="fact-matter">Matter</label>
        <select
          id="fact-matter"
          value={matterId}
          onChange={(event) => setMatterId(Number(event.target.value))}
        >
          {matters.map((matter) => (
            <option key={matter.id} value={matter.id}>
              {matter.name} {matter.docket && `(${matter.docket})`}
            </option>
          ))}
        </select>
      </div>
      <Field label="Fact" value={text} onChange={setText} multiline required wide />
      <Field
        label="Record cite"
        value={recordCite}
        onChange={setRecordCite}
        placeholder="A.R. 123"
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
    </RecordDialog>
  );
}
