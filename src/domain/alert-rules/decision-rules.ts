import { addDays, daysBetween, type IsoDate } from '../calendar-date';
import type { ScaCase } from '../case';
import { safeDate, safeText } from '../safe-values';
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
  const submitted = safeDate(c.submittedOn);
  const decided = safeDate(c.decisionOn);
  let since: IsoDate | null;
  if (c.status === 'Appealed') since = later(submitted, decided);
  else since = submitted && decided && decided >= submitted ? null : submitted;
  if (!since) return [];
  const turnaround = ctx.turnaroundDays(safeText(c.payer));
  const waited = daysBetween(since, ctx.today);
  if (waited <= turnaround) return [];
  const what = c.status === 'Appealed' ? 'Appeal waiting' : 'Waiting';
  return [{
    kind: 'waiting_past_turnaround',
    severity: 'warning',
    dueDate: addDays(since, turnaround),
    message: `${what} ${plural(waited, 'day')} for a decision since ${since} (payer turnaround ${plural(turnaround, 'day')})`,
  }];
}

/**
 * Approved (verbal) with no written confirmation for more than `verbalWithoutWrittenDays` calendar days
 * since Decision on (else Submitted on, an earlier bound; with neither, at once: record the date).
 * Warning; urgent when services have started (Start date ≤ today) on the verbal approval.
 * @example verbalAlerts(verbalOn('2026-03-05'), at('2026-03-09')) // warning with 3 days (4 > 3)
 */
export function verbalAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  if (c.status !== 'Approved (verbal)' || safeDate(c.writtenConfirmationOn)) return [];
  const start = safeDate(c.startDate);
  const started = start !== null && start <= ctx.today;
  const severity = started ? 'urgent' : 'warning';
  const startedText = started ? `; services started ${start}` : '';
  const decided = safeDate(c.decisionOn);
  const since = decided ?? safeDate(c.submittedOn);
  if (!since) {
    return [{ kind: 'verbal_without_written', severity, dueDate: null, message: `Verbal approval with no decision date and no written confirmation${startedText}` }];
  }
  const days = daysBetween(since, ctx.today);
  if (days <= ctx.verbalWithoutWrittenDays) return [];
  return [{
    kind: 'verbal_without_written',
    severity,
    dueDate: addDays(since, ctx.verbalWithoutWrittenDays),
    message: `No written confirmation ${plural(days, 'day')} after ${decided ? 'verbal approval' : 'submission'} (${since})${startedText}`,
  }];
}

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
