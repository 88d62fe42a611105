/** Serialises writers of one document (ID assignment, the daily check, sidebar saves). */
export interface DocumentLock {
  /** Runs `work` holding the lock; throws a `LockTimeoutError`-like error when it can't be had within `timeoutMs`. */
  withLock<T>(timeoutMs: number, work: () => T, options?: LockOptions): T;
}

export interface LockOptions {
  /**
   * false when `work` writes nothing to the spreadsheet (only properties): the release then skips the
   * flush, which applies pending sheet writes and is the costliest call an execution makes. Default true.
   */
  readonly sheetWrites?: boolean;
}
