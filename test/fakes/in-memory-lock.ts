import type { DocumentLock } from '../../src/ports/document-lock';

export class InMemoryLock implements DocumentLock {
  held = false;
  acquisitions = 0;

  withLock<T>(_timeoutMs: number, work: () => T): T {
    if (this.held) throw Object.assign(new Error('Lock busy'), { reason: 'busy' });
    this.held = true;
    this.acquisitions += 1;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}
