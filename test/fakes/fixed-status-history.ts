import type { StatusChange } from '../../src/domain/status-change';
import type { StatusHistory } from '../../src/ports/status-history';

/** Status changes given by the test; counts how often they were read. */
export class FixedStatusHistory implements StatusHistory {
  reads = 0;

  constructor(private readonly changes: readonly StatusChange[] = []) {}

  statusChanges(): readonly StatusChange[] {
    this.reads += 1;
    return this.changes;
  }
}
