import type { CaseRepository } from '../../ports/case-repository';
import type { Clock } from '../../ports/clock';
import type { HistoryLog } from '../../ports/history-log';
import type { CaseRecord } from '../../ports/case-repository';

/** What creating a case needs. */
export interface NewCasePorts {
  readonly cases: CaseRepository;
  readonly history: HistoryLog;
  readonly clock: Clock;
}

/**
 * Creates a case (next Case ID, Status Identified, Owner = the user when known) and records its
 * identification in History (Status '' → Identified: the pilot review dates a case from it).
 */
export function createCase(ports: NewCasePorts, user: string): CaseRecord {
  const record = ports.cases.create(user ? { status: 'Identified', owner: user } : { status: 'Identified' });
  const caseId = record.case?.caseId ?? '';
  ports.history.append([{ at: ports.clock.now(), user, caseId, field: 'Status', from: '', to: 'Identified', via: 'menu' }]);
  return record;
}
