import { daysBetween } from '../calendar-date';
import type { ScaCase } from '../case';
import { safeDate } from '../safe-values';
import { plural, type AlertDraft, type RuleContext } from './rule-context';

/**
 * Next follow-up today → warning; before today → urgent (overdue). Any open status, Denied included
 * (a denial is often followed up for an appeal).
 * @example followUpAlerts(followUpOn('2026-03-08'), at('2026-03-09')) // urgent "Follow-up overdue by 1 day (2026-03-08)"
 */
export function followUpAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  const next = safeDate(c.nextFollowUp);
  if (!next || c.status === 'Closed') return [];
  const late = daysBetween(next, ctx.today);
  if (late < 0) return [];
  if (late === 0) return [{ kind: 'follow_up_due', severity: 'warning', dueDate: next, message: 'Follow-up due today' }];
  return [{ kind: 'follow_up_overdue', severity: 'urgent', dueDate: next, message: `Follow-up overdue by ${plural(late, 'day')} (${next})` }];
}
