import type { Alert } from '../alert';
import type { IsoDate } from '../calendar-date';
import { createDayCache, type DayCache } from '../day-cache';
import type { ScaCase } from '../case';
import type { PlanRule } from '../plan-rule';
import type { RenewalIndex } from '../renewal-index';
import type { Settings } from '../settings';
import type { Status } from '../vocabulary';

/** An alert before the case's ID and owner are stamped on it. */
export type AlertDraft = Omit<Alert, 'caseId' | 'owner'>;

/** What every rule may read besides the case: today, thresholds (already sane), plan turnaround, renewals. */
export interface RuleContext {
  readonly today: IsoDate;
  /** Today as a day number; rules compare day numbers from `days`, never parse dates themselves. */
  readonly todayDay: number;
  readonly days: DayCache;
  /** End-date tiers in days, ascending and distinct. */
  readonly tiers: readonly number[];
  readonly unitsLowPercent: number;
  readonly verbalWithoutWrittenDays: number;
  readonly turnaroundDays: (payer: string) => number;
  readonly renewals: RenewalIndex;
}

/** A family of alert rules: a pure function of one case and the context. */
export type AlertRule = (c: ScaCase, ctx: RuleContext) => readonly AlertDraft[];

/** Statuses in which an agreement (terms, units, dates) exists. */
export const AGREEMENT_STATUSES: readonly Status[] = ['Approved (verbal)', 'Approved (written)', 'Active'];

/** Default end-date tiers when Settings holds none that are usable. */
export const DEFAULT_END_DATE_TIERS: readonly number[] = [30, 14, 7];

/** Builds the context once per run; bad settings fall back to the documented defaults. */
export function ruleContext(
  today: IsoDate,
  settings: Settings,
  planRuleFor: (payer: string) => PlanRule,
  renewals: RenewalIndex,
): RuleContext {
  const defaultTurnaround = nonNegative(settings.defaultTurnaroundDays, 14);
  const turnaroundByPayer = new Map<string, number>();
  const days = createDayCache();
  const todayDay = days.day(today);
  if (todayDay === null) throw new RangeError(`Not a calendar date: ${today}`);
  return {
    today,
    todayDay,
    days,
    tiers: sanitiseTiers(settings.endDateTiers),
    unitsLowPercent: Math.min(nonNegative(settings.unitsLowPercent, 20), 100),
    verbalWithoutWrittenDays: nonNegative(settings.verbalWithoutWrittenDays, 3),
    renewals,
    turnaroundDays(payer) {
      let days = turnaroundByPayer.get(payer);
      if (days === undefined) {
        days = nonNegative(planRuleFor(payer)?.turnaroundDays, defaultTurnaround);
        turnaroundByPayer.set(payer, days);
      }
      return days;
    },
  };
}

/** Whole, positive, distinct tiers, ascending; none usable → 7 / 14 / 30. */
export function sanitiseTiers(tiers: readonly number[] | undefined): readonly number[] {
  const usable = (Array.isArray(tiers) ? tiers : [])
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0)
    .map((t) => Math.floor(t));
  const distinct = Array.from(new Set(usable)).sort((a, b) => a - b);
  return distinct.length > 0 ? distinct : [...DEFAULT_END_DATE_TIERS].sort((a, b) => a - b);
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** '1 day', '3 days'. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
