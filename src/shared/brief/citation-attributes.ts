import { z } from 'zod';
import type { CitationFields } from './editor-json';

/**
 * A citation as the data-* attributes Amicus writes on the HTML it copies, so that a paste back
 * into Amicus restores the live citation. Pasted HTML can come from anywhere, so reading it back
 * checks every attribute and refuses the whole citation if one is wrong.
 */
export const CITATION_ATTRIBUTES = {
  authorityId: 'data-amicus-authority',
  pin: 'data-amicus-pin',
  signal: 'data-amicus-signal',
  parenthetical: 'data-amicus-parenthetical',
  forceFull: 'data-amicus-force-full',
  /** The authority's full citation when copied, to tell another library's authority apart. */
  authorityCite: 'data-amicus-cites',
} as const;

/** Longer than any real pin cite, signal or parenthetical; a bound on what a paste can hold. */
const MAX_USE_LENGTH = 2_000;
const useText = z.string().max(MAX_USE_LENGTH).default('');

const PastedCitation = z.object({
  authorityId: z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .transform(Number)
    .refine(Number.isSafeInteger),
  pin: useText,
  signal: useText,
  parenthetical: useText,
  forceFull: z.enum(['true']).optional(),
  authorityCite: z.string().max(MAX_USE_LENGTH).optional(),
});

export interface PastedCitationFields {
  fields: CitationFields;
  /** The cited authority's full citation where it was copied, when it was known there. */
  authorityCite?: string;
}

/** The attributes to write for a citation, with its authority's full citation when known. */
export function citationAttributes(
  fields: CitationFields,
  authorityCite?: string,
): [name: string, value: string][] {
  const attributes: [string, string][] = [
    [CITATION_ATTRIBUTES.authorityId, String(fields.authorityId)],
  ];
  if (authorityCite !== undefined)
    attributes.push([CITATION_ATTRIBUTES.authorityCite, authorityCite]);
  for (const key of ['pin', 'signal', 'parenthetical'] as const)
    if (fields[key]) attributes.push([CITATION_ATTRIBUTES[key], fields[key]]);
  if (fields.forceFull) attributes.push([CITATION_ATTRIBUTES.forceFull, 'true']);
  return attributes;
}

/** A citation read back from pasted attributes, or null when any of them is malformed. */
export function citationFromAttributes(
  attribute: (name: string) => string | null,
): PastedCitationFields | null {
  const parsed = PastedCitation.safeParse(
    Object.fromEntries(
      Object.entries(CITATION_ATTRIBUTES).map(([key, name]) => [key, attribute(name) ?? undefined]),
    ),
  );
  if (!parsed.success) return null;
  const { authorityId, pin, signal, parenthetical, forceFull, authorityCite } = parsed.data;
  return {
    fields: { authorityId, pin, signal, parenthetical, forceFull: forceFull === 'true' },
    authorityCite,
  };
}
