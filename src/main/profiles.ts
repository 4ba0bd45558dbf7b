import ca2Merits from '../../resources/profiles/ca2-merits.json';
import ca2Rehearing from '../../resources/profiles/ca2-rehearing.json';
import ca7Merits from '../../resources/profiles/ca7-merits.json';
import ca7Rehearing from '../../resources/profiles/ca7-rehearing.json';
import frapMerits from '../../resources/profiles/frap-merits.json';
import frapRehearing from '../../resources/profiles/frap-rehearing.json';
import type { CourtProfile } from '../shared/brief/profiles';
import { courtProfileFrom } from '../shared/brief/profile-files';
import type { Brief } from '../shared/library';
import { AppError } from './errors';

/**
 * Every court profile in resources/profiles (a test checks none is left out). Imported one by one
 * rather than globbed so the benchmarks and scripts, which run outside Vite, read them too.
 */
const FILES: unknown[] = [
  ca2Merits,
  ca2Rehearing,
  ca7Merits,
  ca7Rehearing,
  frapMerits,
  frapRehearing,
];

export const COURT_PROFILES: readonly CourtProfile[] = FILES.map(courtProfileFrom).sort(
  (a, b) => a.court.localeCompare(b.court) || a.stage.localeCompare(b.stage),
);

export const DEFAULT_PROFILE_ID = 'frap-merits';

/**
 * The brief's court profile, before the brief's own overrides and the rules' dates are applied
 * (briefRules does both); the FRAP default if its profile is gone.
 */
export function courtProfileOf(brief: Pick<Brief, 'courtProfile'>): CourtProfile {
  const profile =
    COURT_PROFILES.find((candidate) => candidate.id === brief.courtProfile) ??
    COURT_PROFILES.find((candidate) => candidate.id === DEFAULT_PROFILE_ID);
  if (!profile) throw new AppError('internal', 'No court profile is installed.');
  return profile;
}
