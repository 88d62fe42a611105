/** How much of a Terms line is used, in all and in the period holding a given day (what the sidebar shows). */
import type { IsoDate } from '../calendar-date';
import { periodOf, type PeriodSpan } from './allowance-period';
import type { TermsLine } from './terms-sheet';
import type { LineVisit } from './visit-run';

/** Units of a line: used in all, and used / left in the period holding the day (null when the day is outside the line). */
export interface PeriodUsage {
  readonly used: number;
  readonly period: (PeriodSpan & { readonly used: number; readonly left: number }) | null;
}

/**
 * The usage of one line on `day`, from the line's accepted visits.
 * @example periodUsage(monthlyLine24, [{ date: '2026-03-02', units: 4 }], '2026-03-09').period // { first: '2026-03-01', last: '2026-03-31', used: 4, left: 20 }
 */
export function periodUsage(line: Pick<TermsLine, 'units' | 'per' | 'start' | 'end'>, visits: readonly LineVisit[], day: IsoDate): PeriodUsage {
  const used = visits.reduce((n, v) => n + v.units, 0);
  if (day < line.start || day > line.end) return { used, period: null };
  const span = periodOf(day, line.per, { first: line.start, last: line.end });
  const inPeriod = visits.filter((v) => v.date >= span.first && v.date <= span.last).reduce((n, v) => n + v.units, 0);
  return { used, period: { ...span, used: inPeriod, left: Math.max(0, line.units - inPeriod) } };
}
