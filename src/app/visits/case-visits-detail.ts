import type { IsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import { caseIdKey } from '../../domain/case-id';
import type { PlanRule } from '../../domain/plan-rule';
import { periodUsage } from '../../domain/terms-visits/period-usage';
import type { TermsLine } from '../../domain/terms-visits/terms-sheet';
import { runVisitCheck, type VisitRun } from '../../domain/terms-visits/visit-run';
import type { LineUsageDto, VisitDto } from '../../dto/visits';
import type { VisitsTable } from '../../sheets/terms-visits/visits-rows';

/** How many of a case's visits the sidebar lists. */
const LATEST_VISITS = 20;

/** What the sidebar shows beside a case's Terms lines: each line's usage today, and its latest visits. */
export interface CaseVisitsDetail {
  readonly usage: readonly LineUsageDto[];
  readonly visits: readonly VisitDto[];
  readonly today: IsoDate;
}

/** The detail from a run that already checked the case's visits (a save's keep). */
export function caseVisitsDetail(caseId: string, lines: readonly TermsLine[], visits: VisitsTable, run: VisitRun, today: IsoDate): CaseVisitsDetail {
  const key = caseIdKey(caseId);
  const usage = lines.map((line) => periodUsage(line, run.visitsByLine.get(line.rowNumber) ?? [], today));
  const listed = visits.rows
    .filter((v) => caseIdKey(v.caseId) === key)
    .map((v): VisitDto => {
      const checked = run.rows.get(v.rowNumber);
      return {
        rowNumber: v.rowNumber,
        dateOfService: v.date,
        code: v.code,
        units: v.units,
        note: visits.notes.get(v.rowNumber) ?? '',
        result: checked?.result ?? 'refused',
        reason: checked?.reason ?? '',
      };
    })
    .sort((a, b) => (b.dateOfService ?? '').localeCompare(a.dateOfService ?? '') || b.rowNumber - a.rowNumber)
    .slice(0, LATEST_VISITS);
  return { usage, visits: listed, today };
}

/** The detail read without writing: the case's visits checked again against its lines (as the keep would). */
export function checkedCaseVisits(c: ScaCase | null, caseId: string, lines: readonly TermsLine[], visits: VisitsTable, rule: PlanRule, today: IsoDate): CaseVisitsDetail {
  const key = caseIdKey(caseId);
  const run = runVisitCheck({
    visits: visits.rows.filter((v) => caseIdKey(v.caseId) === key),
    casesById: new Map(c ? [[key, c]] : []),
    linesByCase: new Map([[key, lines]]),
    policyFor: () => rule.visitPolicy,
  });
  return caseVisitsDetail(caseId, lines, visits, run, today);
}
