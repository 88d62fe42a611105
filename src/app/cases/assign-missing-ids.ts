import type { CaseRepository, RowSpan } from '../../ports/case-repository';
import type { Clock } from '../../ports/clock';
import type { HistoryEntry, HistoryLog } from '../../ports/history-log';
import type { Via } from '../../domain/vocabulary';

/** What giving IDs to hand-typed rows needs. */
export interface AssignIdsPorts {
  readonly cases: CaseRepository;
  readonly history: HistoryLog;
  readonly clock: Clock;
}

/**
 * Gives the next Case ID to every row (or every row in `rows`) that has case data and no ID, and records
 * each assignment in History. Duplicate IDs are left for a person to resolve. Returns how many were assigned.
 */
export function assignMissingIds(ports: AssignIdsPorts, who: { user: string; via: Via }, rows?: RowSpan): number {
  const assigned = ports.cases.assignMissingIds(rows);
  const at = ports.clock.now();
  const entries: HistoryEntry[] = assigned.map((a) => ({ at, user: who.user, caseId: a.caseId, field: 'Case ID', from: '', to: a.caseId, via: who.via }));
  ports.history.append(entries);
  return assigned.length;
}
