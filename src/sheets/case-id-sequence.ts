import { caseIdNumber, nextCaseIds } from '../domain/case-id';
import type { KeyValueStore } from '../ports/key-value-store';

/** Document property holding the last Case ID number handed out. */
export const CASE_ID_COUNTER_KEY = 'sca-tracker.lastCaseNumber';

/**
 * Hands out Case IDs: max(stored counter, highest ID in the sheet) + 1, and remembers the last one so an
 * ID whose row was deleted is never handed out again. The caller holds the document lock.
 */
export class CaseIdSequence {
  constructor(private readonly store: KeyValueStore) {}

  /** The next `count` IDs given the Case ID cells now in the sheet; advances the stored counter. */
  take(existing: readonly unknown[], count: number): string[] {
    if (count < 1) return [];
    const stored = Number(this.store.get(CASE_ID_COUNTER_KEY) ?? '0');
    const ids = nextCaseIds(Number.isFinite(stored) ? stored : 0, existing, count);
    const last = caseIdNumber(ids[ids.length - 1]);
    if (last !== null) this.store.set(CASE_ID_COUNTER_KEY, String(last));
    return ids;
  }
}
