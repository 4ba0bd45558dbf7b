import { useState, type ReactNode } from 'react';
import {
  BriefMetadata,
  Counsel,
  newAmicus,
  type Amicus,
  PETITIONS,
  positionAt,
  SERVICE_METHODS,
  SUPPORTS,
} from '../../../shared/brief/metadata';
import type { CourtProfile } from '../../../shared/brief/profiles';
import { briefRules, type BriefRules } from '../../../shared/brief/rules';
import { longDate, todayIso } from '../../../shared/dates';
import type { Brief } from '../../../shared/library';
import { call } from '../api';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';

interface Props {
  brief: Brief;
  /** The brief's court profile, before its overrides. */
  profile: CourtProfile;
  onClose(): void;
  onSaved(brief: Brief): void;
}

type YesNo = 'yes' | 'no' | '';
const toYesNo = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');
const fromYesNo = (value: YesNo): boolean | null => (value === '' ? null : value === 'yes');

/** What the cover and signature blocks say of each counsel, in the order they print. */
const COUNSEL_FIELDS: {
  key: Exclude<keyof Counsel, 'ofRecord' | 'signs'>;
  label: string;
  multiline?: boolean;
}[] = [
  { key: 'name', label: 'Name' },
  { key: 'firm', label: 'Firm or organization' },
  { key: 'address', label: 'Office address', multiline: true },
  { key: 'telephone', label: 'Telephone' },
  { key: 'email', label: 'Email' },
  { key: 'barMembership', label: 'Bar admission' },
];

const SUPPORT_LABELS: Record<BriefMetadata['supports'], string> = {
  reversal: 'Reversal',
  affirmance: 'Affirmance',
  neither: 'Neither party',
  grant: 'Granting the petition',
  denial: 'Denying the petition',
};

const PETITION_LABELS: Record<BriefMetadata['petition'], string> = {
  'en-banc': 'Rehearing en banc',
  panel: 'Panel rehearing',
  'panel-and-en-banc': 'Panel rehearing and rehearing en banc',
};

/** A select whose options are labelled choices; its value typed as one of them. */
function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  wide,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange(value: T): void;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="field field--check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A list of like records (amici, counsel), each in its own group, with add and remove. */
function Repeated<T>({
  items,
  legend,
  noun,
  onChange,
  create,
  children,
}: {
  items: readonly T[];
  legend(item: T, index: number): string;
  noun: string;
  onChange(items: T[]): void;
  create(): T;
  children(item: T, index: number): ReactNode;
}) {
  return (
    <>
      {items.map((item, index) => (
        <fieldset className="field--wide counsel" key={index}>
          <legend>{legend(item, index)}</legend>
          {children(item, index)}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            Remove {noun}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small field--wide"
        onClick={() => onChange([...items, create()])}
      >
        + {noun.charAt(0).toUpperCase() + noun.slice(1)}
      </button>
    </>
  );
}

/** What the filing deadline is counted from, asked as the rule in force at the stage puts it. */
function DeadlineFields({
  rules,
  details,
  onChange,
}: {
  rules: BriefRules;
  details: BriefMetadata;
  onChange(timing: BriefMetadata['timing']): void;
}) {
  const time = rules.stage?.time;
  const { timing } = details;
  const set = (change: Partial<BriefMetadata['timing']>) => onChange({ ...timing, ...change });
  const position = positionAt(details, rules.profile.stage);
  const opposing = position === 'denial' && time?.opposing;
  const [closedText, setClosedText] = useState(timing.closedDays.join(', '));
  return (
    <>
      <h3 className="field--wide details__heading">Deadline</h3>
      {time && !opposing && (
        <Field
          label={`The day ${position === 'neither' ? time.neither : time.supported}`}
          type="date"
          value={timing.eventDate}
          hint={`The brief is due ${time.days} days later (${time.rule}), counted by ${rules.profile.timeRule.rule}.`}
          onChange={(eventDate) => set({ eventDate })}
        />
      )}
      {time && opposing && (
        <Field
          label={`The date the court set for the response (${time.rule})`}
          type="date"
          value={timing.courtSetDate}
          onChange={(courtSetDate) => set({ courtSetDate })}
        />
      )}
      <Field
        label="A later date the court allowed"
        type="date"
        value={timing.extendedTo}
        onChange={(extendedTo) => set({ extendedTo })}
      />
      {timing.extendedTo && (
        <Field
          label="By the order of"
          value={timing.extendedBy}
          placeholder="Order of Feb. 10, 2026"
          onChange={(extendedBy) => set({ extendedBy })}
        />
      )}
      <Field
        label="Days the clerk’s office was closed"
        value={closedText}
        placeholder="2026-01-27, 2026-01-28"
        hint={`Closings or declared holidays not among the ${rules.profile.timeRule.declared.length} Amicus knows (Fed. R. App. P. 26(a)(3), (6)(B)); dates as YYYY-MM-DD, separated by commas.`}
        onChange={(text) => {
          setClosedText(text);
          set({ closedDays: text.match(/\d{4}-\d{2}-\d{2}/g) ?? [] });
        }}
        wide
      />
    </>
  );
}

/**
 * The facts the cover, statements, signatures and certificates are built from. What it asks
 * follows the brief's stage and the rules in force on its filing date.
 */
export function BriefDetailsDialog({ brief, profile, onClose, onSaved }: Props) {
  const [details, setDetails] = useState<BriefMetadata>(brief.metadata);
  const set = (change: Partial<BriefMetadata>) =>
    setDetails((current) => ({ ...current, ...change }));
  const setAmicus = (index: number, change: Partial<Amicus>) =>
    set({
      amici: details.amici.map((amicus, i) => (i === index ? { ...amicus, ...change } : amicus)),
    });
  const setCounsel = (index: number, change: Partial<Counsel>) =>
    set({
      counsel: details.counsel.map((counsel, i) =>
        i === index ? { ...counsel, ...change } : counsel,
      ),
    });

  const rules = briefRules(profile, brief.profileOverrides, details.filingDate, todayIso());
  const stage = rules.profile.stage;
  const several = details.amici.length > 1;
  const amicusWord = several ? 'the amici' : 'the amicus';
  const routes: [BriefMetadata['authority'], string][] = [
    ...(rules.stage?.consent
      ? [
          ['consent', `All parties consented (${rules.stage.consent})`] as [
            BriefMetadata['authority'],
            string,
          ],
        ]
      : []),
    [
      'motion-for-leave',
      `Motion for leave of court${rules.stage ? ` (${rules.stage.leave})` : ''}`,
    ],
    [
      'government',
      `The United States or a state (no consent or leave${rules.stage ? `, ${rules.stage.government}` : ''})`,
    ],
  ];
  const route = routes.some(([value]) => value === details.authority)
    ? details.authority
    : 'motion-for-leave';

  const save = async () => {
    // The schema says what is wrong (an amicus without a name, a date that is not one).
    const parsed = BriefMetadata.safeParse({ ...details, authority: route });
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Details not valid.');
    onSaved(await call('brief:set-metadata', { id: brief.id, metadata: parsed.data }));
  };

  return (
    <RecordDialog title="Brief details" noun="details" onSave={save} onClose={onClose} wide>
      {brief.metadata.carriedFrom && (
        <div className="field--wide details__carried" role="note">
          <p>
            Copied from “{brief.metadata.carriedFrom.title}”. The amici and counsel came along;
            {brief.metadata.carriedFrom.cleared.length > 0
              ? ` cleared as belonging to that case: ${brief.metadata.carriedFrom.cleared.join(', ')}.`
              : ' nothing else was set there.'}
          </p>
          <Check
            label="I have reviewed these details for this case"
            checked={details.carriedFrom === null}
            onChange={(reviewed) =>
              set({ carriedFrom: reviewed ? null : brief.metadata.carriedFrom })
            }
          />
        </div>
      )}
      <h3 className="field--wide details__heading">The case</h3>
      <Field
        label="Docket number"
        value={details.docketNumber}
        placeholder="No. 11-1989"
        onChange={(docketNumber) => set({ docketNumber })}
      />
      <Field
        label="Filing date"
        type="date"
        value={details.filingDate}
        hint={`The rules in force on ${details.filingDate ? 'this date' : `today, ${longDate(rules.date)},`} govern the brief.`}
        onChange={(filingDate) => set({ filingDate })}
      />
      {profile.court.startsWith('Federal Rules') && (
        <Field
          label="Court"
          value={details.court}
          placeholder="United States Court of Appeals for the Ninth Circuit"
          onChange={(court) => set({ court })}
          wide
        />
      )}
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
      {stage === 'merits' ? (
        <Check
          label="The court sits en banc (rehearing en banc was granted)"
          checked={details.enBanc}
          onChange={(enBanc) => set({ enBanc })}
        />
      ) : (
        <Choice
          id="details-petition"
          label="The petition asks for"
          value={details.petition}
          options={PETITIONS.map((petition) => [petition, PETITION_LABELS[petition]] as const)}
          onChange={(petition) => set({ petition })}
        />
      )}

      <h3 className="field--wide details__heading">Amici curiae</h3>
      <Repeated
        items={details.amici}
        legend={(_, index) => `Amicus ${index + 1}`}
        noun="amicus"
        onChange={(amici) => set({ amici })}
        create={() => newAmicus()}
      >
        {(amicus, index) => (
          <>
            <Field
              label="Name"
              value={amicus.name}
              onChange={(name) => setAmicus(index, { name })}
              wide
            />
            <Check
              label="A corporation (FRAP 26.1 asks for its disclosure)"
              checked={amicus.corporation}
              onChange={(corporation) => setAmicus(index, { corporation })}
            />
            {amicus.corporation && (
              <>
                <Field
                  label="Parent corporations (one per line; empty for none)"
                  value={amicus.parents}
                  multiline
                  onChange={(parents) => setAmicus(index, { parents })}
                />
                <Field
                  label="Publicly held corporations owning 10% or more of its stock (one per line; empty for none)"
                  value={amicus.stockholders}
                  multiline
                  onChange={(stockholders) => setAmicus(index, { stockholders })}
                />
              </>
            )}
            <Field
              label="Disclosure in its own words (optional)"
              value={amicus.disclosure}
              hint="Used instead of the sentence built from the answers above."
              multiline
              onChange={(disclosure) => setAmicus(index, { disclosure })}
            />
            <Field
              label="Statement of identity and interest (optional)"
              value={amicus.interest}
              hint="Placed at the start of the interest section (FRAP 29(a)(4)(D)); it counts toward the limit."
              multiline
              onChange={(interest) => setAmicus(index, { interest })}
            />
          </>
        )}
      </Repeated>

      <h3 className="field--wide details__heading">Position and authority to file</h3>
      <Field
        label="Party supported"
        value={details.partySupported}
        placeholder="Petitioner"
        onChange={(partySupported) => set({ partySupported })}
      />
      <Choice
        id="details-supports"
        label={stage === 'rehearing' ? 'Supports, on rehearing' : 'Supports'}
        value={positionAt(details, stage)}
        options={SUPPORTS[stage].map((value) => [value, SUPPORT_LABELS[value]] as const)}
        onChange={(supports) => set({ supports })}
      />
      <Choice
        id="details-authority"
        label="Authority to file"
        value={route}
        options={routes}
        onChange={(authority) => set({ authority })}
        wide
      />
      {route !== 'government' &&
        rules.version.questions.map((question) =>
          question.answer === 'otherContributors' ? (
            <Field
              key={question.answer}
              label={question.ask}
              value={details.rule29.otherContributors}
              multiline
              onChange={(otherContributors) =>
                set({ rule29: { ...details.rule29, otherContributors } })
              }
              wide
            />
          ) : (
            <Choice
              key={question.answer}
              id={`details-${question.answer}`}
              label={question.ask}
              value={toYesNo(details.rule29[question.answer])}
              options={[
                ['', 'Not answered'],
                ['no', 'No'],
                ['yes', 'Yes'],
              ]}
              onChange={(value) =>
                set({ rule29: { ...details.rule29, [question.answer]: fromYesNo(value) } })
              }
              wide
            />
          ),
        )}

      <DeadlineFields rules={rules} details={details} onChange={(timing) => set({ timing })} />

      <h3 className="field--wide details__heading">Counsel for {amicusWord}</h3>
      <Repeated
        items={details.counsel}
        legend={(counsel, index) =>
          `${counsel.ofRecord ? 'Counsel of record' : `Counsel ${index + 1}`}${counsel.name ? ` — ${counsel.name}` : ''}`
        }
        noun="counsel"
        onChange={(counsel) => set({ counsel })}
        create={() => Counsel.parse({ ofRecord: details.counsel.length === 0 })}
      >
        {(counsel, index) => (
          <>
            {COUNSEL_FIELDS.map(({ key, label, multiline }) => (
              <Field
                key={key}
                label={label}
                value={counsel[key]}
                multiline={multiline}
                onChange={(value) => setCounsel(index, { [key]: value })}
              />
            ))}
            <Check
              label="Counsel of record"
              checked={counsel.ofRecord}
              onChange={(ofRecord) =>
                set({
                  counsel: details.counsel.map((other, i) => ({
                    ...other,
                    ofRecord: i === index ? ofRecord : ofRecord ? false : other.ofRecord,
                  })),
                })
              }
            />
            <Check
              label="Signs the brief"
              checked={counsel.signs}
              onChange={(signs) => setCounsel(index, { signs })}
            />
          </>
        )}
      </Repeated>

      <h3 className="field--wide details__heading">Service</h3>
      <Field
        label="Participants not served through CM/ECF (one per line, with address)"
        value={details.serviceList}
        hint="Empty when every participant is a registered CM/ECF user (FRAP 25(d)(1))."
        multiline
        onChange={(serviceList) => set({ serviceList })}
        wide
      />
      <Choice
        id="details-service-method"
        label="Served on them by"
        value={details.serviceMethod}
        options={SERVICE_METHODS.map((method) => [method, method] as const)}
        onChange={(serviceMethod) => set({ serviceMethod })}
      />
    </RecordDialog>
  );
}
