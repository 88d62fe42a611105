import type { ScaCase } from '../case';
import { safeText } from '../safe-values';
import { plural, type AlertDraft, type RuleContext } from './rule-context';

/**
 * Submitted / In negotiation / Appealed with no decision yet, past the payer's expected turnaround
 * (Plan rules, else Settings default), in calendar days: warning once submitted + turnaround < today.
 * Waiting starts at Submitted on; for an appeal at the later of Submitted on and Decision on (the
 * denial). A Submitted / In negotiation case with a Decision on at or after Submitted on is decided.
 * @example waitingAlerts(submittedOn('2026-03-01'), at('2026-03-16')) // warning with 14 days turnaround
 */
export function waitingAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  if (c.status !== 'Submitted' && c.status !== 'In negotiation' && c.status !== 'Appealed') return [];
  const submitted = ctx.days.day(c.submittedOn);
  const decided = ctx.days.day(c.decisionOn);
  let since: number | null;
  if (c.status === 'Appealed') since = submitted === null ? decided : decided === null ? submitted : Math.max(submitted, decided);
  else since = submitted !== null && decided !== null && decided >= submitted ? null : submitted;
  if (since === null) return [];
  const turnaround = ctx.turnaroundDays(safeText(c.payer));
  const waited = ctx.todayDay - since;
  if (waited <= turnaround) return [];
  const what = c.status === 'Appealed' ? 'Appeal waiting' : 'Waiting';
  return [{
    kind: 'waiting_past_turnaround',
    severity: 'warning',
    dueDate: ctx.days.iso(since + turnaround),
    message: `${what} ${plural(waited, 'day')} for a decision since ${ctx.days.iso(since)} (payer turnaround ${plural(turnaround, 'day')})`,
  }];
}

/**
 * Approved (verbal) with no written confirmation for more than `verbalWithoutWrittenDays` calendar days
 * since Decision on (else Submitted on, an earlier bound; with neither, at once: record the date).
 * Warning; urgent when services have started (Start date ≤ today) on the verbal approval.
 * @example verbalAlerts(verbalOn('2026-03-05'), at('2026-03-09')) // warning with 3 days (4 > 3)
 */
export function verbalAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  if (c.status !== 'Approved (verbal)' || ctx.days.day(c.writtenConfirmationOn) !== null) return [];
  const start = ctx.days.day(c.startDate);
  const started = start !== null && start <= ctx.todayDay;
  const severity = started ? 'urgent' : 'warning';
  const startedText = started ? `; services started ${ctx.days.iso(start)}` : '';
  const decided = ctx.days.day(c.decisionOn);
  const since = decided ?? ctx.days.day(c.submittedOn);
  if (since === null) {
    return [{ kind: 'verbal_without_written', severity, dueDate: null, message: `Verbal approval with no decision date and no written confirmation${startedText}` }];
  }
  const days = ctx.todayDay - since;
  if (days <= ctx.verbalWithoutWrittenDays) return [];
  return [{
    kind: 'verbal_without_written',
    severity,
    dueDate: ctx.days.iso(since + ctx.verbalWithoutWrittenDays),
    message: `No written confirmation ${plural(days, 'day')} after ${decided !== null ? 'verbal approval' : 'submission'} (${ctx.days.iso(since)})${startedText}`,
  }];
}
