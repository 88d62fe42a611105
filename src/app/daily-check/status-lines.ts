import { formatInstantIn } from '../../domain/instant-text';
import type { AlertsState } from './alerts-health';
import type { DailyCheckSummary } from './daily-check-summary';

export const ALERTS_STATUS_LABEL = 'Daily alerts';
export const LAST_CHECK_LABEL = 'Last daily check';

/** "Daily alerts" status line: on or off, who changed it, when, and the hour. */
export function alertsStatusLine(state: AlertsState, timeZone: string): readonly [string, string] {
  const when = formatInstantIn(new Date(state.at), timeZone);
  const who = state.by || 'someone';
  const text = state.on
    ? `ON — turned on by ${who} on ${when}; runs every day around ${String(state.hour).padStart(2, '0')}:00 (${state.timeZone})`
    : `OFF — turned off by ${who} on ${when}`;
  return [ALERTS_STATUS_LABEL, text];
}

/** "Last daily check" status line after a run that finished. */
export function lastCheckLine(at: Date, timeZone: string, s: DailyCheckSummary): readonly [string, string] {
  const pending = s.emails.pending ? `, ${s.emails.pending} waiting for email quota` : '';
  return [
    LAST_CHECK_LABEL,
    `${formatInstantIn(at, timeZone)} — ${s.casesRead} cases read, ${s.casesFlagged} flagged, ${s.emails.sent} emails sent${pending}${notSent(s.emails.errors)}`,
  ];
}

/** "Last daily check" status line after a run that failed. */
export function failedCheckLine(at: Date, timeZone: string, message: string): readonly [string, string] {
  return [LAST_CHECK_LABEL, `FAILED ${formatInstantIn(at, timeZone)} — ${message} (see Run log)`];
}

/** Addresses that got no digest, and why, so a manager sees it in Settings (the Run log has them all). */
function notSent(errors: readonly string[]): string {
  if (errors.length === 0) return '';
  const shown = errors.slice(0, NOT_SENT_SHOWN).join('; ');
  const more = errors.length > NOT_SENT_SHOWN ? `; and ${errors.length - NOT_SENT_SHOWN} more (see Run log)` : '';
  return `. Not sent: ${shown}${more}`;
}

const NOT_SENT_SHOWN = 3;
