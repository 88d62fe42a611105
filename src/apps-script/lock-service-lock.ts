import type { DocumentLock, LockOptions } from '../ports/document-lock';

/**
 * The document lock: every writer of this spreadsheet's add-on data takes it. Re-entrant within one
 * execution: a use case holding it may call a repository method that takes it too, and the inner
 * release must not free the outer holder's lock.
 */
export class LockServiceLock implements DocumentLock {
  private depth = 0;
  private lock: GoogleAppsScript.Lock.Lock | null = null;

  withLock<T>(timeoutMs: number, work: () => T, options: LockOptions = {}): T {
    if (this.depth > 0) return this.nested(work);
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(timeoutMs)) {
      throw new LockBusyError();
    }
    this.lock = lock;
    try {
      return this.nested(work);
    } finally {
      this.lock = null;
      if (options.sheetWrites === false) lock.releaseLock();
      else releaseAfterFlush(lock);
    }
  }

  private nested<T>(work: () => T): T {
    this.depth += 1;
    try {
      return work();
    } finally {
      this.depth -= 1;
    }
  }
}

/**
 * Pending writes are applied before the next execution may take the lock, or it could read the sheet as it
 * was before ours (Apps Script batches writes until flush or the end of the execution). The lock is released
 * even when the flush fails.
 */
function releaseAfterFlush(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}

export class LockBusyError extends Error {
  readonly reason = 'busy' as const;
  constructor() {
    super('Someone else is updating the tracker right now. Please try again in a moment.');
    this.name = 'LockBusyError';
  }
}
