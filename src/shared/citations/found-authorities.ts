import { AuthorityFields, type AuthorityFieldsInput } from '../library';
import type { ExtractedCitation } from './extract';
import { authorityFromExtracted, authorityKey } from './to-authority';

/** One authority the text cites, as "Find citations" lists it. */
export interface FoundAuthority {
  /** Identity across documents (see authorityKey), as a string. */
  key: string;
  /** Always valid library fields: a field that cannot be stored is left empty, never thrown. */
  fields: AuthorityFields;
  /** What keeps it from being added as read ("no reporter", "year 0993"); empty when complete. */
  incomplete: string[];
  /** Every citation of it: full, parallel, short form, Id. and supra. */
  uses: number;
  /** Index in the found citations of its first full citation. */
  first: number;
}

export interface FoundAuthorities {
  authorities: FoundAuthority[];
  /** Short forms, Id. and supra that refer to an authority of the text. */
  references: number;
  /** Short forms, Id. and supra whose full citation is not in the text. */
  unresolved: number;
}

/** The fields a kind of authority needs before it can be cited from the library. */
const REQUIRED: Record<AuthorityFields['kind'], [keyof AuthorityFields, string][]> = {
  case: [
    ['name', 'no case name'],
    ['volume', 'no volume'],
    ['reporter', 'no reporter'],
    ['firstPage', 'no first page'],
  ],
  agency: [
    ['volume', 'no volume'],
    ['reporter', 'no reporter'],
    ['firstPage', 'no first page'],
  ],
  statute: [
    ['code', 'no code'],
    ['section', 'no section'],
  ],
  regulation: [
    ['code', 'no code'],
    ['section', 'no section'],
  ],
  secondary: [
    ['reporter', 'no source'],
    ['firstPage', 'no page or section'],
  ],
};

/**
 * Library fields from what the extractor read, never throwing: a field the schema refuses (a
 * year 0993, a name longer than a field holds) is dropped and named, so the authority shows as
 * incomplete instead of failing the whole list.
 */
export function safeAuthorityFields(input: AuthorityFieldsInput): {
  fields: AuthorityFields;
  refused: string[];
} {
  const refused: string[] = [];
  let candidate: Record<string, unknown> = { ...input };
  for (;;) {
    const parsed = AuthorityFields.safeParse(candidate);
    if (parsed.success) return { fields: parsed.data, refused };
    const rejected = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    // The kind comes from the extractor's own fixed mapping: it cannot be refused.
    if (rejected.has('kind') || rejected.has('')) throw parsed.error;
    for (const field of rejected)
      refused.push(`${field} ${JSON.stringify(candidate[field])} not usable`);
    candidate = Object.fromEntries(
      Object.entries(candidate).filter(([field]) => !rejected.has(field)),
    );
  }
}

/** What an authority still lacks, from the extractor's problems and the fields its kind needs. */
function missing(
  citation: ExtractedCitation,
  fields: AuthorityFields,
  refused: string[],
): string[] {
  const gaps = REQUIRED[fields.kind]
    .filter(([field]) => !String(fields[field] ?? '').trim())
    .map(([, gap]) => gap);
  return [...(citation.problems ?? []), ...refused, ...gaps];
}

/**
 * The authorities a text cites, one per authority however often it is cited, in order of first
 * citation, each with its number of uses (its full and parallel citations plus every short form,
 * Id. and supra resolved to it).
 */
export function foundAuthorities(text: string, found: ExtractedCitation[]): FoundAuthorities {
  const byKey = new Map<string, FoundAuthority>();
  const authorityAt: (FoundAuthority | undefined)[] = [];
  // A case cited in full again reads the same: its fields are checked against the schema once.
  const checked = new Map<string, ReturnType<typeof safeAuthorityFields>>();
  let references = 0;
  let unresolved = 0;
  found.forEach((citation, index) => {
    if (citation.resolvesTo !== undefined) {
      const target = citation.resolvesTo === null ? undefined : authorityAt[citation.resolvesTo];
      if (target) {
        target.uses++;
        references++;
      } else unresolved++;
      authorityAt.push(target);
      return;
    }
    const input = authorityFromExtracted(citation, { text, next: found[index + 1] });
    if (!input) {
      authorityAt.push(undefined);
      return;
    }
    const written = JSON.stringify(input);
    const safe = checked.get(written) ?? safeAuthorityFields(input);
    checked.set(written, safe);
    const { fields, refused } = safe;
    const key = JSON.stringify(authorityKey(fields));
    let authority = byKey.get(key);
    if (authority) authority.uses++;
    else {
      authority = {
        key,
        fields,
        incomplete: missing(citation, fields, refused),
        uses: 1,
        first: index,
      };
      byKey.set(key, authority);
    }
    authorityAt.push(authority);
  });
  return { authorities: [...byKey.values()], references, unresolved };
}
