/** Checking a visit against the case's written terms, under the payer's visit policy. */
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import type { PlanRule } from './plan-rule';

/** A visit to check: date of service, one code, units billed. */
export interface VisitToCheck {
  readonly date: IsoDate;
  readonly code: string;
  readonly units: number;
}

/** Stable codes of visit findings. */
export type VisitFindingCode =
  | 'no_written_agreement'
  | 'before_start'
  | 'after_end'
  | 'code_not_authorized'
  | 'exceeds_remaining_units';

/** One reason a visit falls outside the terms. */
export interface VisitFinding {
  readonly code: VisitFindingCode;
  readonly message: string;
}

/** ok: bill it; warn: findings to review; block: do not record under this agreement. */
export interface VisitCheck {
  readonly result: 'ok' | 'warn' | 'block';
  readonly findings: readonly VisitFinding[];
}

const WRITTEN_STATUSES: readonly ScaCase['status'][] = ['Approved (written)', 'Active', 'Closed'];

/** The terms are in writing: written confirmation recorded and the case approved in writing, active, or closed after that. */
export function hasWrittenAgreement(c: ScaCase): boolean {
  return c.writtenConfirmationOn !== null && WRITTEN_STATUSES.includes(c.status);
}

/** Units approved minus units used, never below 0; null when no units are approved. */
export function remainingUnits(c: ScaCase, unitsAlreadyUsed: number): number | null {
  return c.unitsApproved === null ? null : Math.max(0, c.unitsApproved - unitsAlreadyUsed);
}

/**
 * Findings for a visit: no written agreement, before the start date, after the end date (both dates
 * inclusive), a code not among the approved codes, more units than remain. The plan's visit policy
 * turns findings into a result: Allow → ok, Warn → warn, Block → block.
 * @example checkVisit({ date: '2026-06-30', code: '90837', units: 1 }, caseEndingOn('2026-06-30'), rule, 0).result // 'ok'
 */
export function checkVisit(visit: VisitToCheck, c: ScaCase, planRule: PlanRule, unitsAlreadyUsed: number): VisitCheck {
  const findings: VisitFinding[] = [];
  if (!hasWrittenAgreement(c)) {
    findings.push({
      code: 'no_written_agreement',
      message: `${c.caseId} has no written agreement yet (status ${c.status}); a verbal approval does not cover visits.`,
    });
  }
  if (c.startDate !== null && visit.date < c.startDate) {
    findings.push({ code: 'before_start', message: `${visit.date} is before the agreement starts (${c.startDate}).` });
  }
  if (c.endDate !== null && visit.date > c.endDate) {
    findings.push({ code: 'after_end', message: `${visit.date} is after the agreement ends (${c.endDate}).` });
  }
  const code = visit.code.trim().toUpperCase();
  if (hasWrittenAgreement(c) || c.approvedCodes.length > 0) {
    if (!c.approvedCodes.includes(code)) {
      const approved = c.approvedCodes.length > 0 ? c.approvedCodes.join(', ') : 'none on the row';
      findings.push({ code: 'code_not_authorized', message: `Code ${code || '(empty)'} is not among the approved codes (${approved}).` });
    }
  }
  const remaining = remainingUnits(c, unitsAlreadyUsed);
  if (remaining !== null && visit.units > remaining) {
    findings.push({
      code: 'exceeds_remaining_units',
      message: `${visit.units} units exceed the ${remaining} remaining of ${c.unitsApproved ?? 0} approved.`,
    });
  }
  const result = findings.length === 0 || planRule.visitPolicy === 'Allow' ? 'ok' : planRule.visitPolicy === 'Warn' ? 'warn' : 'block';
  return { result, findings };
}
