import type { NodeKey } from 'lexical';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CitationForm, CitationStyle } from '../../../../../shared/citations/format';

export interface CitationUses {
  /** The form each citation node takes where it stands. */
  forms: ReadonlyMap<NodeKey, CitationForm>;
  /** Citations right before a sentence's period, which they absorb if they end in one. */
  beforePeriod: ReadonlySet<NodeKey>;
  /** Each cited authority's citation nodes, in reading order. */
  uses: ReadonlyMap<number, readonly NodeKey[]>;
}

const EMPTY: CitationUses = { forms: new Map(), beforePeriod: new Set(), uses: new Map() };

/** The brief's resolved citation forms, shared by its citation chips and the cited-authorities panel. */
export class CitationUsesStore {
  private current = EMPTY;
  private readonly listeners = new Set<() => void>();

  get = (): CitationUses => this.current;

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
  if (a.forms.size !== b.forms.size || a.uses.size !== b.uses.size) return false;
  if (a.beforePeriod.size !== b.beforePeriod.size) return false;
  for (const key of a.beforePeriod) if (!b.beforePeriod.has(key)) return false;
  for (const [key, form] of a.forms) if (b.forms.get(key) !== form) return false;
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
}

/** Absent outside a brief (the snippet editor): citations there show in full. */
export const CitationContext = createContext<CitationContextValue | null>(null);

export function useCitationForm(key: NodeKey): CitationForm {
  const context = useContext(CitationContext);
  const store = context?.store;
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.get().forms.get(key) ?? 'full',
  );
}

export function useBeforePeriod(key: NodeKey): boolean {
  const store = useContext(CitationContext)?.store;
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.get().beforePeriod.has(key) ?? false,
  );
}

export function useCitationStyle(): CitationStyle {
  return useContext(CitationContext)?.style ?? 'bluebook';
}

export function useCitationUses(store: CitationUsesStore): CitationUses {
  return useSyncExternalStore(store.subscribe, store.get);
}

function noSubscription(): () => void {
  return () => undefined;
}
