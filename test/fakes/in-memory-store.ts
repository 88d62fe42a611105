import type { ListableStore } from '../../src/ports/key-value-store';

/** Document properties in memory, with their limits: 9 KB per value, 500 KB per store (keys + values). */
export class InMemoryStore implements ListableStore {
  readonly values = new Map<string, string>();
  private size = 0;

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string): void {
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    const before = this.values.get(key);
    const size = this.size - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (size > 500 * 1024) throw new Error('You have exceeded the property storage quota.');
    this.values.set(key, value);
    this.size = size;
  }

  delete(key: string): void {
    const before = this.values.get(key);
    if (before !== undefined) this.size -= key.length + before.length;
    this.values.delete(key);
  }

  entries(prefix: string): Array<[string, string]> {
    return [...this.values].filter(([key]) => key.startsWith(prefix));
  }

  /** Keys plus values, as the 500 KB store limit counts them. */
  bytes(): number {
    return this.size;
  }
}
