import type { IsoDate } from '../../domain/calendar-date';
import type { DocumentLock } from '../../ports/document-lock';
import type { KeyValueStore } from '../../ports/key-value-store';

const KEY = 'sca.dailyRunClaim';
const LOCK_TIMEOUT_MS = 30_000;

/**
 * Claims `today`'s unattended run for `by`, under the document lock, so that two daily triggers that both
 * fire (two users' triggers, around a take-over) run the check once. Returns null when claimed, or who
 * claimed the day first.
 */
export function claimDay(lock: DocumentLock, store: KeyValueStore, today: IsoDate, by: string): string | null {
  return lock.withLock(LOCK_TIMEOUT_MS, () => {
    const claim = parse(store.get(KEY));
    if (claim?.date === today) return claim.by || 'another run';
    store.set(KEY, JSON.stringify({ date: today, by }));
    return null;
  }, { sheetWrites: false }); // the claim is a document property: no sheet write to flush
}

/** Gives the day back after a run that did not complete, so that a later trigger may still do it. */
export function releaseDay(store: KeyValueStore, today: IsoDate): void {
  if (parse(store.get(KEY))?.date === today) store.delete(KEY);
}

function parse(raw: string | null): { date: string; by: string } | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { date?: unknown; by?: unknown };
    return typeof v.date === 'string' ? { date: v.date, by: String(v.by ?? '') } : null;
  } catch {
    return null;
  }
}
