/// <reference types="vite/client" />
import type { CourtProfile } from '../shared/brief/profiles';
import { courtProfileFrom } from '../shared/brief/profile-files';
import type { Brief } from '../shared/library';
import { AppError } from './errors';

/** Every court profile in resources/profiles; a new court is a new file there, nothing else. */
const files = import.meta.glob<{ default: unknown }>('../../resources/profiles/*.json', {
  eager: true,
});

export const COURT_PROFILES: readonly CourtProfile[] = Object.values(files)
  .map((file) => courtProfileFrom(file.default))
  .sort((a, b) => a.court.localeCompare(b.court) || a.stage.localeCompare(b.stage));

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
