/// <reference types="vite/client" />
import { CourtProfile } from '../shared/brief/profiles';

/** Every court profile in resources/profiles; a new court is a new file there, nothing else. */
const files = import.meta.glob<{ default: unknown }>('../../resources/profiles/*.json', {
  eager: true,
});

export const COURT_PROFILES: readonly CourtProfile[] = Object.values(files)
  .map((file) => CourtProfile.parse(file.default))
  .sort((a, b) => a.court.localeCompare(b.court) || a.stage.localeCompare(b.stage));

export const DEFAULT_PROFILE_ID = 'frap-merits';
