/// <reference types="vite/client" />
import { CourtProfile, effectiveProfile } from '../shared/brief/profiles';
import type { Brief } from '../shared/library';
import { AppError } from './errors';

/** Every court profile in resources/profiles; a new court is a new file there, nothing else. */
const files = import.meta.glob<{ default: unknown }>('../../resources/profiles/*.json', {
  eager: true,
});

export const COURT_PROFILES: readonly CourtProfile[] = Object.values(files)
  .map((file) => CourtProfile.parse(file.default))
  .sort((a, b) => a.court.localeCompare(b.court) || a.stage.localeCompare(b.stage));

export const DEFAULT_PROFILE_ID = 'frap-merits';

/** The brief's court profile with its overrides; the FRAP default if its profile is gone. */
export function briefProfile(
  brief: Pick<Brief, 'courtProfile' | 'profileOverrides'>,
): CourtProfile {
  const profile =
    COURT_PROFILES.find((candidate) => candidate.id === brief.courtProfile) ??
    COURT_PROFILES.find((candidate) => candidate.id === DEFAULT_PROFILE_ID);
  if (!profile) throw new AppError('internal', 'No court profile is installed.');
  return effectiveProfile(profile, brief.profileOverrides);
}
