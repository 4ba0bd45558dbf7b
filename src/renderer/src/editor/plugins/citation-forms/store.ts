import type { LexicalEditor, NodeKey } from 'lexical';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { samePlacement } from '../../../../../shared/brief/reader';
import {
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  STANDALONE,
  type ActCitations,
  type CitationPlacement,
  type CitationStyle,
} from '../../../../../shared/citations/format';

export interface CitationUses {
  /** Where each citation node stands: its form, capitals, pin and period (placeCitations). */
  placements: ReadonlyMap<NodeKey, CitationPlacement>;
  /** Each cited authority's citation nodes, in reading order. */
  uses: ReadonlyMap<number, readonly NodeKey[]>;
  /** Short forms without a pin cite, which cite the whole case (flagged to the author). */
  unpinnedShort: readonly NodeKey[];
}

const EMPTY: CitationUses = { placements: new Map(), uses: new Map(), unpinnedShort: [] };

/** The brief's resolved citation forms, shared by its citation chips and the cited-authorities panel. */
export class CitationUsesStore {
  private current = EMPTY;
  private readonly listeners = new Set<() => void>();
  private pendingRead: (() => void) | null = null;

  get = (): CitationUses => this.current;

  /**
   * The brief is read after the browser paints; until then, what must have every form right at
   * once (a copy) brings them up to date with the read kept here.
   */
  setPendingRead(read: (() => void) | null): void {
    this.pendingRead = read;
  }

  upToDate(): CitationUses {
    this.pendingRead?.();
    return this.current;
  }

  set(next: CitationUses): void {
    if (sameUses(this.current, next)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

function sameUses(a: CitationUses, b: CitationUses): boolean {
  if (a.placements.size !== b.placements.size || a.uses.size !== b.uses.size) return false;
  if (a.unpinnedShort.join() !== b.unpinnedShort.join()) return false;
  for (const [key, placement] of b.placements)
    if (!samePlacement(a.placements.get(key), placement)) return false;
  for (const [id, keys] of a.uses) {
    const other = b.uses.get(id);
    if (!other || other.length !== keys.length || other.some((key, i) => key !== keys[i]))
      return false;
  }
  return true;
}

export interface CitationContextValue {
  store: CitationUsesStore;
  style: CitationStyle;
  act: ActCitations;
}

/** Absent outside a brief (the snippet editor): citations there show in full. */
export const CitationContext = createContext<CitationContextValue | null>(null);

function placementIn(uses: CitationUses | undefined, key: NodeKey): CitationPlacement {
  return uses?.placements.get(key) ?? STANDALONE;
}

export function useCitationPlacement(key: NodeKey): CitationPlacement {
  const store = useContext(CitationContext)?.store;
  return useSyncExternalStore(store?.subscribe ?? noSubscription, () =>
    placementIn(store?.get(), key),
  );
}

export function useCitationStyle(): { style: CitationStyle; act: ActCitations } {
  const context = useContext(CitationContext);
  return {
    style: context?.style ?? DEFAULT_CITATION_STYLE,
    act: context?.act ?? DEFAULT_ACT_CITATIONS,
  };
}

/** Each brief editor's citation context, for what reads its nodes outside React (copying). */
const contextsByEditor = new WeakMap<LexicalEditor, CitationContextValue>();

export function registerCitationContext(
  editor: LexicalEditor,
  context: CitationContextValue,
): () => void {
  contextsByEditor.set(editor, context);
  return () => {
    if (contextsByEditor.get(editor) === context) contextsByEditor.delete(editor);
  };
}

/**
 * Where a citation stands and the style it is written in: what its chip shows. `upToDate` reads
 * the brief first if a read is pending (a copy must be right); drawing waits for the read instead.
 */
export function citationRendering(
  editor: LexicalEditor,
  key: NodeKey,
  upToDate = true,
): { placement: CitationPlacement; style: CitationStyle; act: ActCitations } {
  const context = contextsByEditor.get(editor);
  return {
    placement: placementIn(upToDate ? context?.store.upToDate() : context?.store.get(), key),
    style: context?.style ?? DEFAULT_CITATION_STYLE,
    act: context?.act ?? DEFAULT_ACT_CITATIONS,
  };
}

export function useCitationUses(store: CitationUsesStore): CitationUses {
  return useSyncExternalStore(store.subscribe, store.get);
}

function noSubscription(): () => void {
  return () => undefined;
}
