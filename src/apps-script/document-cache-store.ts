import type { KeyValueStore } from '../ports/key-value-store';

/** Six hours: the longest CacheService keeps a value. */
const SIX_HOURS_S = 21_600;

/** The document cache as a short-lived store: where a record goes when properties cannot take it. */
export class DocumentCacheStore implements KeyValueStore {
  private readonly cache = CacheService.getDocumentCache();

  get(key: string): string | null {
    return this.cache?.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.cache?.put(key, value, SIX_HOURS_S);
  }

  delete(key: string): void {
    this.cache?.remove(key);
  }
}
