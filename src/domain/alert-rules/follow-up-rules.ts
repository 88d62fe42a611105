import type { ScaCase } from '../case';
import { plural, type AlertDraft, type RuleContext } from './rule-context';

/**
 * Next follow-up today → warning; before today → urgent (overdue). Any open status, Denied included
 * (a denial is often followed up for an appeal).
 * @example followUpAlerts(followUpOn('2026-03-08'), at('2026-03-09')) // urgent "Follow-up overdue by 1 day (2026-03-08)"
 */
export function followUpAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  const nextDay = ctx.days.day(c.nextFollowUp);
  if (nextDay === null || c.status === 'Closed') return [];
  const late = ctx.todayDay - nextDay;
  if (late < 0) return [];
  const next = ctx.days.iso(nextDay);
  if (late === 0) return [{ kind: 'follow_up_due', severity: 'warning', dueDate: next, message: 'Follow-up due today' }];
  return [{ kind: 'follow_up_overdue', severity: 'urgent', dueDate: next, message: `Follow-up overdue by ${plural(late, 'day')} (${next})` }];
}
