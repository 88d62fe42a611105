/** Shared fixtures for the alert tests: settings, plan rules, and a one-case runner. */
import { computeAlerts } from '../../src/domain/alerts';
import type { Alert } from '../../src/domain/alert';
import type { IsoDate } from '../../src/domain/calendar-date';
import { calendarDateOf, startOfDayIn } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import { planRuleFor } from '../../src/domain/plan-rule-lookup';
import type { Settings } from '../../src/domain/settings';
import { aPlanRule, someSettings } from './builders';

export const SETTINGS: Settings = someSettings();

/** Acme Health expects a decision within 10 days; every other payer gets the Settings default (14). */
export const RULES = [aPlanRule({ payer: 'Acme Health', turnaroundDays: 10 }).build()];

export function rulesFor(settings: Settings = SETTINGS): (payer: string) => ReturnType<typeof planRuleFor> {
  return (payer) => planRuleFor(payer, RULES, settings.defaultTurnaroundDays);
}

/** Alerts of `c` alone (other cases may be given for renewals), as 'kind:severity' plus the alerts. */
export function alertsOf(c: ScaCase, today: IsoDate, settings: Settings = SETTINGS, others: readonly ScaCase[] = []): Alert[] {
  return computeAlerts([c, ...others], today, settings, rulesFor(settings)).filter((a) => a.caseId === c.caseId);
}

export function kindsOf(alerts: readonly Alert[]): string[] {
  return alerts.map((a) => `${a.kind}:${a.severity}`);
}

/**
 * The spreadsheet zones the tests run under. The daily check runs at the alert hour (07:00) in the
 * spreadsheet's zone; `today` is that instant's calendar date there, which must be the intended day
 * even on a DST change.
 */
export const ZONES = ['America/New_York', 'Pacific/Auckland'] as const;

/** Today as the trigger would compute it in `zone` at 07:00 local on `day`. */
export function todayAt7In(day: IsoDate, zone: string): IsoDate {
  const midnight = startOfDayIn(day, zone);
  return calendarDateOf(new Date(midnight.getTime() + 7 * 3_600_000), zone);
}

/** DST changes: US spring forward and fall back 2026, NZ and EU changes, and the day after. */
export const DST_DAYS: readonly IsoDate[] = ['2026-03-08', '2026-03-09', '2026-11-01', '2026-04-05', '2026-09-27', '2026-03-29'];
