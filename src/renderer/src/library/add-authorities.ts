import { AuthorityFields } from '../../../shared/library';
import { call } from '../api';
import { authorityCache } from './authority-cache';

/** Adds authorities read from text to the library, one after another, and caches each. */
export async function addAuthorities(list: readonly AuthorityFields[]): Promise<void> {
  for (const fields of list) {
    authorityCache.put(await call('authority:create', AuthorityFields.parse(fields)));
  }
}
