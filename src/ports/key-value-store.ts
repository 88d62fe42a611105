/** Small persistent records (document properties): values are strings, at most 9 KB each. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** A store whose records can be listed by key prefix in one read (document properties: getProperties). */
export interface ListableStore extends KeyValueStore {
  /** Every record whose key starts with `prefix`. */
  entries(prefix: string): ReadonlyArray<readonly [key: string, value: string]>;
}
