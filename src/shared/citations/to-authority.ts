import type { AuthorityFieldsInput } from '../library';
import type { ExtractedCitation } from './extract';

/**
 * What identifies an authority across documents: its reporter cite (volume, reporter, first
 * page) or its code cite (title, code, section without subsections).
 */
export interface AuthorityKey {
  volume: string;
  reporter: string;
  firstPage: string;
  title: string;
  code: string;
  section: string;
}

/** A library authority from a full citation found in text; null for short forms, Id. and supra. */
export function authorityFromExtracted(citation: ExtractedCitation): AuthorityFieldsInput | null {
  const common = { year: citation.year ?? null, parenthetical: citation.weight ?? '' };
  switch (citation.kind) {
    case 'case':
    case 'agency':
      return {
        ...common,
        kind: citation.kind,
        name: citation.name ?? '',
        volume: citation.volume ?? '',
        reporter: citation.reporter ?? '',
        firstPage: citation.page ?? '',
        court: citation.court ?? '',
      };
    case 'federal_register':
      return {
        ...common,
        kind: 'regulation',
        volume: citation.volume ?? '',
        reporter: 'Fed. Reg.',
        firstPage: citation.page ?? '',
      };
    case 'statute':
    case 'regulation':
      return {
        ...common,
        kind: citation.kind,
        title: citation.title ?? '',
        code: citation.code ?? '',
        section: `${citation.section ?? ''}${citation.pin ?? ''}`,
      };
    case 'other':
      return {
        ...common,
        kind: 'secondary',
        name: citation.name ?? '',
        volume: citation.volume ?? '',
        reporter: citation.reporter ?? '',
        firstPage: citation.page ?? '',
      };
    default:
      return null;
  }
}

export function authorityKey(fields: AuthorityFieldsInput): AuthorityKey {
  return {
    volume: fields.volume ?? '',
    reporter: fields.reporter ?? '',
    firstPage: fields.firstPage ?? '',
    title: fields.title ?? '',
    code: fields.code ?? '',
    section: fields.section ?? '',
  };
}
