/** Small persistent records (document properties): values are strings, at most 9 KB each. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}
