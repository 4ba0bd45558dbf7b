import frap26 from '../../../resources/rules/frap-26.json';
import frap29 from '../../../resources/rules/frap-29.json';
import { AmicusRule, CourtProfile, TimeRule } from './profiles';

/** FRAP 29's versions, which every profile follows. */
const AMICUS_RULE = AmicusRule.parse(frap29);
/** FRAP 26(a)'s counting of days and its legal holidays, which every profile follows. */
const TIME_RULE = TimeRule.parse(frap26);

/** A court profile as stored in resources/profiles, read with the rules every court shares. */
export function courtProfileFrom(file: unknown): CourtProfile {
  return CourtProfile.parse({ ...(file as object), amicusRule: AMICUS_RULE, timeRule: TIME_RULE });
}
