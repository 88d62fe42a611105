import { caseIdKey } from '../../domain/case-id';
import type { ScaCase } from '../../domain/case';
import { LOG_VISIT_SCHEMA, payloadProblem } from '../../domain/terms-visits/visit-payloads';
import type { LogVisitResult, VisitsRefusal } from '../../dto/visits';
import { appendVisit } from '../../sheets/terms-visits/append-visit';
import { withSheetLookupsOnce } from '../../sheets/sheet-lookups';
import { serverCall } from '../menu-action';
import { trackerServices } from '../tracker-services';
import { keepUnderLock } from './keep-under-lock';
import { visitsCall } from './visits-call';

/**
 * google.script.run: logs one visit on Visits and checks it (with every visit of its case) against the
 * terms. The payload is parsed first; under the document lock the case is located by Case ID in the
 * Cases rows read there, the visit appended, then the check written. A refused visit is still logged.
 */
export function logVisit(payload: unknown): LogVisitResult {
  return serverCall(() =>
    visitsCall((): LogVisitResult => {
      const parsed = LOG_VISIT_SCHEMA.safeParse(payload);
      if (!parsed.success) return { ok: false, reason: 'invalid-input', message: payloadProblem(parsed.error) };
      const visit = parsed.data;
      // One wiring for the whole call: the spreadsheet and its zone are asked for once, each sheet looked up once.
      const services = trackerServices(undefined, withSheetLookupsOnce(SpreadsheetApp.getActiveSpreadsheet()));
      const timeZone = services.clock.timeZone();
      const { value, outcome } = keepUnderLock((cases): VisitsRefusal | number => {
        const refusal = caseRefusal(cases, visit.caseId);
        return refusal ?? appendVisit(services.spreadsheet, timeZone, visit);
      }, services);
      if (typeof value !== 'number') return value;
      const checked = outcome.run.rows.get(value);
      return {
        ok: true,
        caseId: visit.caseId,
        rowNumber: value,
        result: checked?.result ?? 'refused',
        reason: checked?.reason ?? '',
        unitsUsed: outcome.run.unitsUsedByCase.get(caseIdKey(visit.caseId)) ?? 0,
      };
    }),
  );
}

/** Null when exactly one case has this Case ID. */
export function caseRefusal(cases: readonly ScaCase[], caseId: string): VisitsRefusal | null {
  const key = caseIdKey(caseId);
  const found = cases.filter((c) => caseIdKey(c.caseId) === key).length;
  if (found === 1) return null;
  if (found === 0) return { ok: false, reason: 'case-not-found', message: `No case on the Cases sheet has the Case ID ${caseId}.` };
  return { ok: false, reason: 'duplicate-case-id', message: `${caseId} is on ${found} rows of Cases; give each case its own ID first.` };
}
