import type { CaseField } from '../../domain/case-columns';
import type { Via } from '../../domain/vocabulary';
import type { CaseRepository } from '../../ports/case-repository';
import type { Clock } from '../../ports/clock';
import type { HistoryLog } from '../../ports/history-log';
import type { CaseRecord } from '../../ports/case-repository';

/** What creating a case needs. */
export interface NewCasePorts {
  readonly cases: Pick<CaseRepository, 'create'>;
  readonly history: HistoryLog;
  readonly clock: Pick<Clock, 'now'>;
}

/**
 * Creates a case (next Case ID, Status Identified, Owner = the user when known, then `fields` — the New case
 * form's values, already inert text) and records its identification in History (Status '' → Identified: the
 * pilot review dates a case from it).
 */
export function createCase(
  ports: NewCasePorts,
  user: string,
  fields: Partial<Record<CaseField, unknown>> = {},
  via: Via = 'menu',
): CaseRecord {
  const record = ports.cases.create({ ...(user ? { owner: user } : {}), ...fields, status: 'Identified' });
  const caseId = record.case?.caseId ?? '';
  ports.history.append([{ at: ports.clock.now(), user, caseId, field: 'Status', from: '', to: 'Identified', via }]);
  return record;
}
