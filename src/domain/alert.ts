import type { IsoDate } from './calendar-date';

/** Every alert the daily check can raise; the Flags cell and the digest show them. */
export const ALERT_KINDS = [
  'expired_while_active',
  'end_date_approaching',
  'renewal_in_progress',
  'units_over_used',
  'units_exhausted',
  'units_low',
  'projected_run_out',
  'follow_up_overdue',
  'follow_up_due',
  'waiting_past_turnaround',
  'verbal_without_written',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** How soon someone must act: urgent (today), warning (soon), info (nothing to do yet). */
export type Severity = 'urgent' | 'warning' | 'info';

/** One thing that needs action on one case. Messages carry IDs, dates and numbers only — never patient data. */
export interface Alert {
  readonly kind: AlertKind;
  readonly severity: Severity;
  readonly caseId: string;
  readonly owner: string;
  readonly dueDate: IsoDate | null;
  readonly message: string;
}

/** Severities, most urgent first. */
export const SEVERITIES: readonly Severity[] = ['urgent', 'warning', 'info'];

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { urgent: 0, warning: 1, info: 2 };
const KIND_RANK = new Map<AlertKind, number>(ALERT_KINDS.map((k, i) => [k, i]));

/** Sort order used everywhere: severity, due date (none last), case ID, kind. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareDue(a.dueDate, b.dueDate) ||
    compareText(a.caseId, b.caseId) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    compareText(a.message, b.message)
  );
}

/**
 * Sorts a copy in `compareAlerts` order, comparing one precomputed key per alert: a run's 20,000 alerts
 * sort several times faster than with field-by-field comparisons.
 */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const keyed = alerts.map((alert) => ({ key: sortKey(alert), alert }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map((k) => k.alert);
}

/** Severity rank, due date ('~' sorts after any date), case ID, kind rank, message; \u0000 ends each text. */
function sortKey(a: Alert): string {
  const kind = String(KIND_RANK.get(a.kind) ?? 0).padStart(2, '0');
  return `${SEVERITY_RANK[a.severity]}${a.dueDate ?? '~'}\u0000${a.caseId}\u0000${kind}${a.message}`;
}

function compareDue(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
