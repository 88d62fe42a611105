import type { KeyValueStore } from '../ports/key-value-store';

/**
 * A store that falls back to a second one when the first fails (document properties full or unavailable):
 * used for "already told today" records, which must keep working when properties are what broke.
 */
export class FallbackStore implements KeyValueStore {
  constructor(
    private readonly primary: KeyValueStore,
    private readonly fallback: KeyValueStore,
  ) {}

  get(key: string): string | null {
    let value: string | null = null;
    try {
      value = this.primary.get(key);
    } catch {
      // Read the fallback below.
    }
    return value ?? this.fallback.get(key);
  }

  set(key: string, value: string): void {
    try {
      this.primary.set(key, value);
    } catch {
      this.fallback.set(key, value);
    }
  }

  delete(key: string): void {
    try {
      this.primary.delete(key);
    } catch {
      // The fallback may hold it instead.
    }
    this.fallback.delete(key);
  }
}
