/** Serialises writers of one document (ID assignment, the daily check, sidebar saves). */
export interface DocumentLock {
  /** Runs `work` holding the lock; throws a `LockTimeoutError`-like error when it can't be had within `timeoutMs`. */
  withLock<T>(timeoutMs: number, work: () => T): T;
}
