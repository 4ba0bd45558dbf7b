import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Authority } from '../../../shared/library';
import { call } from '../api';

/**
 * The authorities the open documents cite, fetched in batches and shared by every citation on
 * the page: editing an authority in the library re-renders each of its citations at once.
 * `null` marks an authority the library no longer has.
 */
class AuthorityCache {
  private readonly byId = new Map<number, Authority | null>();
  private readonly wanted = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private flushScheduled = false;

  get(id: number): Authority | null | undefined {
    return this.byId.get(id);
  }

  /** Asks for an authority; requests made in the same tick travel in one call. */
  request(id: number): void {
    if (this.byId.has(id)) return;
    this.wanted.add(id);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => void this.fetchWanted());
  }

  put(authority: Authority): void {
    this.byId.set(authority.id, authority);
    this.notify();
  }

  forget(id: number): void {
    this.byId.set(id, null);
    this.notify();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Fetches the authorities not known yet; resolves once each is known (null if absent). */
  async load(ids: readonly number[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => !this.byId.has(id));
    if (unknown.length === 0) return;
    const found = await call('authority:get-many', { ids: unknown });
    for (const id of unknown) this.byId.set(id, null);
    for (const authority of found) this.byId.set(authority.id, authority);
    this.notify();
  }

  private async fetchWanted(): Promise<void> {
    this.flushScheduled = false;
    const ids = [...this.wanted];
    this.wanted.clear();
    // On failure they are left unknown, so the next render asks again.
    await this.load(ids).catch(() => undefined);
  }

  /** Changes with every change to the cache, so a list read from it knows when to re-read. */
  version = 0;

  private notify(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export const authorityCache = new AuthorityCache();

/** The authority with this id: undefined while loading, null when it no longer exists. */
export function useAuthority(id: number): Authority | null | undefined {
  const authority = useSyncExternalStore(authorityCache.subscribe, () => authorityCache.get(id));
  useEffect(() => {
    if (authority === undefined) authorityCache.request(id);
  }, [authority, id]);
  return authority;
}

/** Several authorities, in the order asked for: null until every one is known (deleted ones left out). */
export function useAuthorities(ids: readonly number[]): Authority[] | null {
  const version = useSyncExternalStore(authorityCache.subscribe, () => authorityCache.version);
  useEffect(() => {
    for (const id of ids) if (authorityCache.get(id) === undefined) authorityCache.request(id);
  }, [ids, version]);
  return useMemo(() => {
    const found = ids.map((id) => authorityCache.get(id));
    if (found.some((authority) => authority === undefined)) return null;
    return found.filter((authority): authority is Authority => Boolean(authority));
    // The version stands for the cache's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, version]);
}
