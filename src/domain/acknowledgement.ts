/**
 * Acknowledged alerts: someone saw an alert and chose to quiet it until a date, or until it gets worse
 * (a lower end-date tier, fewer units left, a higher severity), or both (whichever comes first). The
 * daily digest leaves out quiet alerts; the Flags cell and the sidebar still show them.
 */
import { ALERT_KINDS, type Alert, type AlertKind, type Severity } from './alert';
import { sanitiseTiers } from './alert-rules/rule-context';
import { daysBetween, type IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { caseIdKey } from './case-id';

/** One acknowledgement, as kept on the `Acknowledgements` sheet. */
export interface Acknowledgement {
  readonly caseId: string;
  readonly kind: AlertKind;
  readonly by: string;
  readonly on: IsoDate;
  /** Quiet through this date (inclusive); null = no date limit. */
  readonly quietUntil: IsoDate | null;
  /** Comes back as soon as the alert is worse than when acknowledged. */
  readonly untilWorse: boolean;
  /** The alert's severity when acknowledged. */
  readonly severity: Severity;
  /** The alert's level when acknowledged (lower = worse): end-date tier in days, or units left; null when none. */
  readonly level: number | null;
  readonly note: string;
}

/** How bad an alert is now: its severity and level (see Acknowledgement.level). */
export interface AlertMeasure {
  readonly severity: Severity;
  readonly level: number | null;
}

const RANK: Readonly<Record<Severity, number>> = { urgent: 0, warning: 1, info: 2 };
const UNIT_KINDS: readonly AlertKind[] = ['units_over_used', 'units_exhausted', 'units_low', 'projected_run_out'];

/** True for a known alert kind. */
export function isAlertKind(kind: string): kind is AlertKind {
  return (ALERT_KINDS as readonly string[]).includes(kind);
}

/**
 * The level of an alert on `c` today (lower = worse): for the end date, the smallest tier the days left
 * fall within; for units, the units left; null for alerts without a scale (follow-ups, waiting, verbal).
 * @example alertLevel('end_date_approaching', caseEnding('2026-04-01'), '2026-03-25', [30, 14, 7]) // 7
 */
export function alertLevel(kind: AlertKind, c: ScaCase, today: IsoDate, endDateTiers: readonly number[]): number | null {
  if (kind === 'end_date_approaching') {
    if (c.endDate === null) return null;
    const daysLeft = daysBetween(today, c.endDate);
    return sanitiseTiers(endDateTiers).find((tier) => daysLeft <= tier) ?? null;
  }
  if (UNIT_KINDS.includes(kind)) {
    return c.unitsApproved === null ? null : c.unitsApproved - (c.unitsUsed ?? 0);
  }
  return null;
}

/** True when `now` is worse than when acknowledged: more urgent, or a lower level. */
export function isWorse(ack: Pick<Acknowledgement, 'severity' | 'level'>, now: AlertMeasure): boolean {
  if (RANK[now.severity] < RANK[ack.severity]) return true;
  return ack.level !== null && now.level !== null && now.level < ack.level;
}

/**
 * True while the acknowledgement keeps the alert quiet: on or before `quietUntil` (when set) and, when
 * `untilWorse`, not worse than when acknowledged.
 * @example isQuiet({ quietUntil: '2026-03-20', untilWorse: false, … }, measure, '2026-03-21') // false
 */
export function isQuiet(ack: Acknowledgement, now: AlertMeasure, today: IsoDate): boolean {
  if (ack.quietUntil !== null && today > ack.quietUntil) return false;
  if (ack.untilWorse && isWorse(ack, now)) return false;
  return true;
}

const keyOf = (caseId: string, kind: string): string => `${caseIdKey(caseId)}|${kind}`;

/** The latest acknowledgement per case and alert kind (by date; on a tie, the later row). */
export function latestAcknowledgements(acks: readonly Acknowledgement[]): Map<string, Acknowledgement> {
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acks) {
    const key = keyOf(ack.caseId, ack.kind);
    const known = latest.get(key);
    if (!known || ack.on >= known.on) latest.set(key, ack);
  }
  return latest;
}

/** The acknowledgement of `alert`, from `latestAcknowledgements`, or null. */
export function acknowledgementOf(alert: Pick<Alert, 'caseId' | 'kind'>, latest: ReadonlyMap<string, Acknowledgement>): Acknowledgement | null {
  return latest.get(keyOf(alert.caseId, alert.kind)) ?? null;
}

/**
 * The alerts the digest should still carry: those without an acknowledgement keeping them quiet today.
 * `levelOf` gives an alert's level now (see alertLevel). Linear in alerts + acknowledgements.
 * @example digestAlerts(alerts, acks, levelOf, '2026-03-09') // alerts minus the acknowledged, not-yet-worse ones
 */
export function digestAlerts(
  alerts: readonly Alert[],
  acks: readonly Acknowledgement[],
  levelOf: (alert: Alert) => number | null,
  today: IsoDate,
): Alert[] {
  if (acks.length === 0) return [...alerts];
  const latest = latestAcknowledgements(acks);
  return alerts.filter((alert) => {
    const ack = acknowledgementOf(alert, latest);
    return ack === null || !isQuiet(ack, { severity: alert.severity, level: levelOf(alert) }, today);
  });
}

/**
 * The digest's alerts for a whole run: `alerts` minus those an acknowledgement keeps quiet today, levels
 * measured on each alert's case (`cases`, keyed by caseIdKey).
 */
export function unacknowledgedAlerts(
  alerts: readonly Alert[],
  acks: readonly Acknowledgement[],
  cases: ReadonlyMap<string, ScaCase>,
  today: IsoDate,
  endDateTiers: readonly number[],
): Alert[] {
  return digestAlerts(
    alerts,
    acks,
    (alert) => {
      const c = cases.get(caseIdKey(alert.caseId));
      return c ? alertLevel(alert.kind, c, today, endDateTiers) : null;
    },
    today,
  );
}
