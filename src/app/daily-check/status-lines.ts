import { formatInstantIn } from '../../domain/instant-text';
import type { AlertsState } from './alerts-health';
import type { DailyCheckSummary } from './run-daily-check';

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
    `${formatInstantIn(at, timeZone)} — ${s.casesRead} cases read, ${s.casesFlagged} flagged, ${s.emails.sent} emails sent${pending}`,
  ];
}

/** "Last daily check" status line after a run that failed. */
export function failedCheckLine(at: Date, timeZone: string, message: string): readonly [string, string] {
  return [LAST_CHECK_LABEL, `FAILED ${formatInstantIn(at, timeZone)} — ${message} (see Run log)`];
}
