import type { DocumentLock } from '../ports/document-lock';

/** The document lock: every writer of this spreadsheet's add-on data takes it. */
export class LockServiceLock implements DocumentLock {
  withLock<T>(timeoutMs: number, work: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(timeoutMs)) {
      throw new LockBusyError();
    }
    try {
      return work();
    } finally {
      lock.releaseLock();
    }
  }
}

export class LockBusyError extends Error {
  readonly reason = 'busy' as const;
  constructor() {
    super('Someone else is updating the tracker right now. Please try again in a moment.');
    this.name = 'LockBusyError';
  }
}
