import { useState } from 'react';
import type { CourtProfile } from '../../../shared/brief/profiles';
import { CITATION_STYLE_RULES, CITATION_STYLES } from '../../../shared/citations/styles';
import type { Brief, Matter } from '../../../shared/library';
import { call } from '../api';
import { RecordDialog } from '../library/RecordDialog';
import { Field } from '../ui/Field';
import { MatterSelect } from '../ui/MatterSelect';
import { CourtSelect } from './CourtSelect';

interface Props {
  brief: Brief;
  profiles: CourtProfile[];
  matters: Matter[];
  onClose(): void;
  onCreated(brief: Brief): void;
}

/**
 * The next brief from this one: the text, footnotes and citations, the amici and counsel, for
 * another matter, court and stage. The earlier case's details are cleared and named.
 */
export function DuplicateBriefDialog({ brief, profiles, matters, onClose, onCreated }: Props) {
  const [title, setTitle] = useState(`${brief.title} (copy)`);
  const [matterId, setMatterId] = useState<number | null>(brief.matterId);
  const [courtProfile, setCourtProfile] = useState(brief.courtProfile);
  const [citationStyle, setCitationStyle] = useState(brief.citationStyle);

  const duplicate = async () => {
    onCreated(
      await call('brief:duplicate', {
        id: brief.id,
        title,
        matterId,
        courtProfile,
        citationStyle,
      }),
    );
  };

  return (
    <RecordDialog
      title="Duplicate brief"
      noun="duplicate"
      saveLabel="Duplicate"
      onSave={duplicate}
      onClose={onClose}
      wide
    >
      <Field label="Title" value={title} onChange={setTitle} required wide />
      <MatterSelect matters={matters} value={matterId} onChange={setMatterId} />
      <CourtSelect profiles={profiles} value={courtProfile} onChange={setCourtProfile} />
      <div className="field">
        <label htmlFor="duplicate-style">Citation style</label>
        <select
          id="duplicate-style"
          value={citationStyle}
          onChange={(event) => setCitationStyle(event.target.value as typeof citationStyle)}
        >
          {CITATION_STYLES.map((style) => (
            <option key={style} value={style}>
              {CITATION_STYLE_RULES[style].label}
            </option>
          ))}
        </select>
      </div>
      <p className="field--wide field__hint">
        The text, footnotes and citations come along, and the citations take the forms of the style
        chosen; the amici and counsel come along. The docket, caption, dates, service, the authority
        to file and the Rule 29(a)(4)(E) answers belong to “{brief.title}” and are cleared; the new
        brief asks for them. Court rules changed for this brief are not copied.
      </p>
    </RecordDialog>
  );
}
