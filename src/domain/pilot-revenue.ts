import { addDays } from './calendar-date';
import type { ScaCase } from './case';
import { indexRenewals } from './renewal-index';
import { caseIdKey } from './case-id';
import { safeCount, safeDate } from './safe-values';

/** Days after the period's end within which an ending agreement puts its unused units at risk. */
export const AT_RISK_WINDOW_DAYS = 30;

/**
 * Unused units × approved rate on open agreements (Approved (written) or Active) whose end date falls
 * between the period's start and 30 days after its end, with units left and no open renewal (any
 * renewal not Denied or Closed, looked up among all cases).
 * @example period to 2026-03-31: an Active case ending 2026-04-30 with 5 units left at $100 → 500 at risk
 */
export function revenueAtRisk(candidates: readonly ScaCase[], allCases: readonly ScaCase[], period: { from: string; to: string }): { amount: number; cases: number } {
  const renewals = indexRenewals(allCases);
  const horizon = addDays(period.to, AT_RISK_WINDOW_DAYS);
  let amount = 0;
  let cases = 0;
  for (const c of candidates) {
    if (c.status !== 'Active' && c.status !== 'Approved (written)') continue;
    const end = safeDate(c.endDate);
    const approved = safeCount(c.unitsApproved);
    const rate = safeCount(c.approvedRate);
    if (!end || end < period.from || end > horizon || !approved || rate === null) continue;
    const left = approved - (safeCount(c.unitsUsed) ?? 0);
    if (left <= 0 || renewals.has(caseIdKey(c.caseId))) continue;
    amount += left * rate;
    cases += 1;
  }
  return { amount, cases };
}
