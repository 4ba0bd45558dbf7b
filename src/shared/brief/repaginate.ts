import { z } from 'zod';
import {
  printPages,
  printRecordCite,
  repaginate,
  repaginateText,
  type PageMapEntry,
  type RecordCiteStyle,
  type RecordKind,
  type RecordRef,
} from './record-cites';

/** A cite the page map did not reach, where it stands, and the pages it could not find. */
export const OutsideCite = z.object({ cite: z.string(), pages: z.string() });
export type OutsideCite = z.infer<typeof OutsideCite>;

/** What a page map changed in a matter's facts and briefs, and what it could not. */
export const RepaginationReport = z.object({
  facts: z.object({
    rewritten: z.number().int().nonnegative(),
    outside: z.array(OutsideCite.extend({ factId: z.number().int(), text: z.string() })),
  }),
  briefs: z.array(
    z.object({
      briefId: z.number().int(),
      title: z.string(),
      rewritten: z.number().int().nonnegative(),
      outside: z.array(OutsideCite),
    }),
  ),
});
export type RepaginationReport = z.infer<typeof RepaginationReport>;

export interface PageMapping {
  from: RecordKind;
  to: RecordKind;
  map: readonly PageMapEntry[];
}

/** A fact's reference moved by the map, printed in the court's style; null when not its record. */
export function repaginateFact(
  ref: RecordRef | null,
  { from, to, map }: PageMapping,
  style: RecordCiteStyle,
): { ref: RecordRef; cite: string } | { outside: OutsideCite } | null {
  if (!ref || ref.record !== from) return null;
  const moved = repaginate(ref, map, to);
  if (moved.ref) return { ref: moved.ref, cite: printRecordCite(moved.ref, style) };
  return {
    outside: { cite: printRecordCite(ref, style), pages: printPages(moved.outside) },
  };
}

interface SerializedText {
  type: 'text';
  text: string;
}

const isText = (node: unknown): node is SerializedText =>
  typeof node === 'object' &&
  node !== null &&
  (node as { type?: unknown }).type === 'text' &&
  typeof (node as { text?: unknown }).text === 'string';

/**
 * A brief's stored editor state with its cites to the `from` record re-paginated wherever text
 * runs hold them (body and footnotes alike); `content` is null when nothing changed.
 */
export function repaginateBrief(
  content: string,
  { from, to, map }: PageMapping,
  style: RecordCiteStyle,
): { content: string | null; rewritten: number; outside: OutsideCite[] } {
  if (!content) return { content: null, rewritten: 0, outside: [] };
  const state = JSON.parse(content) as unknown;
  let rewritten = 0;
  const outside: OutsideCite[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    if (isText(node)) {
      const result = repaginateText(node.text, from, map, to, style);
      node.text = result.text;
      rewritten += result.rewritten.length;
      outside.push(
        ...result.outside.map(({ cite, pages }) => ({ cite, pages: printPages(pages) })),
      );
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(state);
  return { content: rewritten > 0 ? JSON.stringify(state) : null, rewritten, outside };
}
