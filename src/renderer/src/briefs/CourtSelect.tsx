import { useId } from 'react';
import type { CourtProfile } from '../../../shared/brief/profiles';

/** A labelled choice of court and stage, with each one's word limit. */
export function CourtSelect({
  profiles,
  value,
  onChange,
}: {
  profiles: CourtProfile[];
  value: string;
  onChange(profileId: string): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Court and stage</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.court} — {profile.stage} ({profile.wordLimit.toLocaleString('en-US')} words)
          </option>
        ))}
      </select>
    </div>
  );
}
