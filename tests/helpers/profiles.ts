import { courtProfileFrom } from '../../src/shared/brief/profile-files';
// The app's profile loader uses Vite's import.meta.glob, which tsx (the benchmarks) lacks.
import ca2Merits from '../../resources/profiles/ca2-merits.json';
import ca2Rehearing from '../../resources/profiles/ca2-rehearing.json';
import ca7Merits from '../../resources/profiles/ca7-merits.json';
import ca7Rehearing from '../../resources/profiles/ca7-rehearing.json';
import frapMerits from '../../resources/profiles/frap-merits.json';
import frapRehearing from '../../resources/profiles/frap-rehearing.json';

/** Every court profile by id, read as the app reads them (with FRAP 26 and 29, which all share). */
export const PROFILES = new Map(
  [ca2Merits, ca2Rehearing, ca7Merits, ca7Rehearing, frapMerits, frapRehearing]
    .map(courtProfileFrom)
    .map((profile) => [profile.id, profile]),
);
