import type { StatusChange } from '../domain/status-change';

/** The status changes recorded so far (the `History` sheet's Status rows). */
export interface StatusHistory {
  /** Every readable status change, in one batched read. */
  statusChanges(): readonly StatusChange[];
}
