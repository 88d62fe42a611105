import type { KeyValueStore } from '../../src/ports/key-value-store';

export class InMemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string): void {
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.values.set(key, value);
  }

  delete(key: string): void {
    this.values.delete(key);
  }
}
