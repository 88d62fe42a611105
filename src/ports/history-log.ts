import type { Via } from '../domain/vocabulary';

/** One line of the `History` sheet: who changed what, when, old → new, and through which path. */
export interface HistoryEntry {
  readonly at: Date;
  /** Email when known ('' when Apps Script does not reveal it, e.g. simple triggers on consumer accounts). */
  readonly user: string;
  readonly caseId: string;
  /** Header text of the changed column, e.g. 'Status' or 'Packet: Credentials'. */
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly via: Via;
}

export interface HistoryLog {
  /** Appends entries in one batched write. */
  append(entries: readonly HistoryEntry[]): void;
}
