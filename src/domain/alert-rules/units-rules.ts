import type { ScaCase } from '../case';
import { safeCount } from '../safe-values';
import { AGREEMENT_STATUSES, plural, type AlertDraft, type RuleContext } from './rule-context';

/** Days of use needed before a run-out projection is trusted. */
export const MIN_DAYS_FOR_PROJECTION = 7;

/**
 * Units over-used (urgent), exhausted (urgent) or low (warning: 0 < remaining ≤ unitsLowPercent % of
 * approved), for cases with an agreement and a positive number of approved units. Empty Units used = 0.
 * @example unitsAlerts(withUnits(10, 8), ctx) // warning "2 of 10 approved units left (20%)" at 20 %
 */
export function unitsAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  const approved = safeCount(c.unitsApproved);
  if (!approved || !AGREEMENT_STATUSES.includes(c.status)) return [];
  const used = safeCount(c.unitsUsed) ?? 0;
  const remaining = approved - used;
  if (remaining < 0) {
    return [{ kind: 'units_over_used', severity: 'urgent', dueDate: null, message: `Units used (${used}) exceed units approved (${approved}) by ${-remaining}` }];
  }
  if (remaining === 0) {
    return [{ kind: 'units_exhausted', severity: 'urgent', dueDate: null, message: `All ${approved} approved units used` }];
  }
  const alerts: AlertDraft[] = [];
  // Integer comparison: remaining / approved ≤ percent / 100 without rounding error.
  if (remaining * 100 <= ctx.unitsLowPercent * approved) {
    const percent = Math.round((remaining * 100) / approved);
    alerts.push({ kind: 'units_low', severity: 'warning', dueDate: null, message: `${remaining} of ${approved} approved units left (${percent}%)` });
  }
  const projection = projectedRunOut(c, ctx, used, remaining);
  if (projection) alerts.push(projection);
  return alerts;
}

/**
 * Active agreements: at the pace so far (units used ÷ days since start, at least 7 days and some use),
 * the remaining units run out on today + ⌊remaining ÷ pace⌋; alert when that is before the end date.
 * @example start 2026-03-01, today 2026-03-11, 10 of 30 used → runs out 2026-03-31; alerts if end > 2026-03-31
 */
function projectedRunOut(c: ScaCase, ctx: RuleContext, used: number, remaining: number): AlertDraft | null {
  const start = ctx.days.day(c.startDate);
  const end = ctx.days.day(c.endDate);
  if (c.status !== 'Active' || start === null || end === null || used <= 0) return null;
  const elapsed = ctx.todayDay - start;
  const daysToEnd = end - ctx.todayDay;
  if (elapsed < MIN_DAYS_FOR_PROJECTION || daysToEnd <= 0) return null;
  const daysOfUnitsLeft = Math.floor((remaining * elapsed) / used);
  if (daysOfUnitsLeft >= daysToEnd) return null;
  const runOut = ctx.days.iso(ctx.todayDay + daysOfUnitsLeft);
  return {
    kind: 'projected_run_out',
    severity: 'warning',
    dueDate: runOut,
    message: `At the current pace units run out around ${runOut}, before the end date ${ctx.days.iso(end)} (${plural(remaining, 'unit')} left)`,
  };
}
