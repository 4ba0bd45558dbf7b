import { useState } from 'react';
import { BriefMetadata, Counsel, type BriefMetadataInput } from '../../../shared/brief/metadata';
import type { Brief } from '../../../shared/library';
import { call } from '../api';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';

interface Props {
  brief: Brief;
  onClose(): void;
  onSaved(brief: Brief): void;
}

type YesNo = 'yes' | 'no' | '';
const toYesNo = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');
const fromYesNo = (value: YesNo): boolean | null => (value === '' ? null : value === 'yes');

/** What the cover and signature block say of each counsel, in the order they print. */
const COUNSEL_FIELDS: {
  key: Exclude<keyof Counsel, 'ofRecord'>;
  label: string;
  multiline?: boolean;
}[] = [
  { key: 'name', label: 'Name' },
  { key: 'firm', label: 'Firm or organization' },
  { key: 'address', label: 'Address', multiline: true },
  { key: 'telephone', label: 'Telephone' },
  { key: 'email', label: 'Email' },
  { key: 'barMembership', label: 'Bar membership' },
];

/** The facts the cover, statements, signature and certificates are built from. */
export function BriefDetailsDialog({ brief, onClose, onSaved }: Props) {
  const [details, setDetails] = useState<BriefMetadata>(brief.metadata);
  const set = (change: Partial<BriefMetadataInput>) =>
    setDetails((current) => BriefMetadata.parse({ ...current, ...change }));
  const setCounsel = (index: number, change: Partial<Counsel>) =>
    set({
      counsel: details.counsel.map((counsel, i) =>
        i === index ? { ...counsel, ...change } : counsel,
      ),
    });

  const save = async () => {
    onSaved(await call('brief:set-metadata', { id: brief.id, metadata: details }));
  };

  return (
    <RecordDialog title="Brief details" noun="details" onSave={save} onClose={onClose} wide>
      <Field
        label="Docket number"
        value={details.docketNumber}
        placeholder="No. 11-1989"
        onChange={(docketNumber) => set({ docketNumber })}
      />
      <Field
        label="Filing date"
        value={details.filingDate}
        placeholder="March 5, 2012"
        onChange={(filingDate) => set({ filingDate })}
      />
      <Field
        label="Petitioner / appellant"
        value={details.petitioner}
        onChange={(petitioner) => set({ petitioner })}
      />
      <Field
        label="Respondent / appellee"
        value={details.respondent}
        onChange={(respondent) => set({ respondent })}
      />
      <Field
        label="Proceeding below"
        value={details.proceedingBelow}
        onChange={(proceedingBelow) => set({ proceedingBelow })}
        wide
      />
      <Field
        label="Amici curiae (one per line)"
        value={details.amici.join('\n')}
        multiline
        onChange={(text) =>
          set({
            amici: text
              .split('\n')
              .map((name) => name.trim())
              .filter(Boolean),
          })
        }
      />
      <div className="field">
        <Field
          label="Party supported"
          value={details.partySupported}
          placeholder="Petitioner"
          onChange={(partySupported) => set({ partySupported })}
        />
        <label htmlFor="details-supports">Supports</label>
        <select
          id="details-supports"
          value={details.supports}
          onChange={(event) => set({ supports: event.target.value as BriefMetadata['supports'] })}
        >
          <option value="reversal">Reversal</option>
          <option value="affirmance">Affirmance</option>
          <option value="neither">Neither party</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="details-authority">Authority to file</label>
        <select
          id="details-authority"
          value={details.authority}
          onChange={(event) => set({ authority: event.target.value as BriefMetadata['authority'] })}
        >
          <option value="consent">All parties consented</option>
          <option value="motion-for-leave">Motion for leave of court</option>
          <option value="government">Government amicus (no consent needed)</option>
        </select>
      </div>
      {(
        [
          ['partyCounselAuthored', 'Did a party’s counsel author the brief in whole or in part?'],
          ['partyOrCounselFunded', 'Did a party or its counsel contribute money to fund it?'],
        ] as const
      ).map(([key, question]) => (
        <div className="field" key={key}>
          <label htmlFor={`details-${key}`}>{question}</label>
          <select
            id={`details-${key}`}
            value={toYesNo(details.rule29[key])}
            onChange={(event) =>
              set({ rule29: { ...details.rule29, [key]: fromYesNo(event.target.value as YesNo) } })
            }
          >
            <option value="">Not answered</option>
            <option value="no">No</option>
            <option value="yes">Yes</option>
          </select>
        </div>
      ))}
      <Field
        label="Anyone else who contributed money (name each; empty for none)"
        value={details.rule29.otherContributors}
        onChange={(otherContributors) => set({ rule29: { ...details.rule29, otherContributors } })}
        wide
      />
      {details.counsel.map((counsel, index) => (
        <fieldset className="field--wide counsel" key={index}>
          <legend>{index === 0 ? 'Counsel of record' : `Counsel ${index + 1}`}</legend>
          {COUNSEL_FIELDS.map(({ key, label, multiline }) => (
            <Field
              key={key}
              label={label}
              value={counsel[key]}
              multiline={multiline}
              onChange={(value) => setCounsel(index, { [key]: value })}
            />
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => set({ counsel: details.counsel.filter((_, i) => i !== index) })}
          >
            Remove counsel
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small field--wide"
        onClick={() =>
          set({
            counsel: [
              ...details.counsel,
              Counsel.parse({ ofRecord: details.counsel.length === 0 }),
            ],
          })
        }
      >
        + Counsel
      </button>
      <Field
        label="Certificate of service: served on"
        value={details.serviceList}
        multiline
        onChange={(serviceList) => set({ serviceList })}
        wide
      />
    </RecordDialog>
  );
}
