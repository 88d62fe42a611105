/**
 * Alerts per Terms line: units low, exhausted or over-used in the line's current period (the agreement,
 * the week, the month), and a pace projection — at the last 4 weeks' pace, when the period's units run
 * out — so more units are asked for before they are gone, not after. Cases with lines get these instead
 * of the whole-case units alerts (their case columns are only a summary).
 */
import type { Alert, AlertKind } from '../alert';
import { addDays, daysBetween, type IsoDate } from '../calendar-date';
import type { ScaCase } from '../case';
import { caseIdKey } from '../case-id';
import { formatDisplayDate } from '../display-date';
import { periodOf } from '../terms-visits/allowance-period';
import type { TermsLine } from '../terms-visits/terms-sheet';
import type { LineVisit } from '../terms-visits/visit-run';
import { AGREEMENT_STATUSES, type AlertDraft } from './rule-context';

/** Days of use looked back at for the pace. */
export const PACE_WINDOW_DAYS = 28;
/** A line must have run this many days before its pace is trusted. */
export const MIN_PACE_DAYS = 7;

/** What the line rules read. */
export interface LineRuleInput {
  readonly today: IsoDate;
  /** Settings' units-low threshold, in percent of the period's allowance. */
  readonly unitsLowPercent: number;
  readonly cases: readonly ScaCase[];
  readonly linesByCase: ReadonlyMap<string, readonly TermsLine[]>;
  /** Accepted visits per Terms row. */
  readonly visitsByLine: ReadonlyMap<number, readonly LineVisit[]>;
}

/** The alert kinds the line rules replace for a case with lines. */
const UNIT_KINDS: ReadonlySet<AlertKind> = new Set<AlertKind>(['units_low', 'units_exhausted', 'units_over_used', 'projected_run_out']);

/**
 * Per-line alerts for every case with lines and an agreement (not Closed), for lines whose dates hold today.
 * @example lineAlerts({ today: '2026-03-20', … 97153 24/month with 22 used in March … }) // [{ kind: 'units_low', message: '97153: 2 of 24 units left for March 2026 (8%)', … }]
 */
export function lineAlerts(input: LineRuleInput): Alert[] {
  const alerts: Alert[] = [];
  for (const c of input.cases) {
    const lines = input.linesByCase.get(caseIdKey(c.caseId));
    if (!lines || c.caseId === '' || !AGREEMENT_STATUSES.includes(c.status)) continue;
    for (const line of lines) {
      for (const d of alertsOfLine(line, input.visitsByLine.get(line.rowNumber) ?? [], input)) {
        alerts.push({ ...d, caseId: c.caseId, owner: c.owner });
      }
    }
  }
  return alerts;
}

/** The case alerts with the whole-case units alerts of cases with lines removed, plus the line alerts. */
export function withLineAlerts(caseAlerts: readonly Alert[], lines: ReadonlyMap<string, readonly TermsLine[]>, perLine: readonly Alert[]): Alert[] {
  const kept = caseAlerts.filter((a) => !(UNIT_KINDS.has(a.kind) && lines.has(caseIdKey(a.caseId))));
  return [...kept, ...perLine];
}

function alertsOfLine(line: TermsLine, visits: readonly LineVisit[], input: LineRuleInput): AlertDraft[] {
  const { today } = input;
  if (today < line.start || today > line.end || line.units <= 0) return [];
  const period = periodOf(today, line.per, { first: line.start, last: line.end });
  let used = 0;
  for (const v of visits) if (v.date >= period.first && v.date <= period.last) used += v.units;
  const label = line.modifier ? `${line.code}-${line.modifier}` : line.code;
  const when = line.per === 'total' ? '' : line.per === 'week' ? ` for the week of ${period.first}` : ` for ${monthName(today)}`;
  const remaining = line.units - used;
  if (remaining < 0) {
    return [{ kind: 'units_over_used', severity: 'urgent', dueDate: null, message: `${label}: ${used} of ${line.units} units used${when} (${-remaining} over)` }];
  }
  if (remaining === 0) {
    const resets = line.per === 'total' || period.last >= line.end ? '' : `; more from ${addDays(period.last, 1)}`;
    return [{ kind: 'units_exhausted', severity: 'urgent', dueDate: null, message: `${label}: all ${line.units} units used${when}${resets}` }];
  }
  const drafts: AlertDraft[] = [];
  if (remaining * 100 <= input.unitsLowPercent * line.units) {
    const percent = Math.round((remaining * 100) / line.units);
    drafts.push({ kind: 'units_low', severity: 'warning', dueDate: null, message: `${label}: ${remaining} of ${line.units} units left${when} (${percent}%)` });
  }
  const projection = paceProjection(line, visits, today, remaining, period.last, label);
  if (projection) drafts.push(projection);
  return drafts;
}

/**
 * At the pace of the last 4 weeks (or of the days since the line started, when fewer, at least 7), the
 * day the period's remaining units run out; an alert when that is before the period's last day.
 * @example 40 units total from 2026-03-01 to 2026-06-30, 20 used in the 4 weeks to 2026-04-28 → runs out 2026-05-26, before 30 Jun
 */
function paceProjection(line: TermsLine, visits: readonly LineVisit[], today: IsoDate, remaining: number, last: IsoDate, label: string): AlertDraft | null {
  const window = Math.min(PACE_WINDOW_DAYS, daysBetween(line.start, today) + 1);
  if (window < MIN_PACE_DAYS) return null;
  const from = addDays(today, -(window - 1));
  let recent = 0;
  for (const v of visits) if (v.date >= from && v.date <= today) recent += v.units;
  if (recent <= 0) return null;
  const runOut = addDays(today, Math.floor((remaining * window) / recent));
  if (runOut >= last) return null;
  const pace = window === PACE_WINDOW_DAYS ? "the last 4 weeks' pace" : `the pace of the last ${window} days`;
  const what = line.per === 'total' ? label : `${label}'s units${line.per === 'week' ? ' for the week' : ` for ${monthName(today)}`}`;
  const before = line.per === 'total' || last === line.end ? `before the end date ${formatDisplayDate(last)}` : `before the ${line.per} ends ${formatDisplayDate(last)}`;
  return { kind: 'projected_run_out', severity: 'warning', dueDate: runOut, message: `At ${pace}, ${what} ${line.per === 'total' ? 'runs' : 'run'} out on ${formatDisplayDate(runOut)}, ${before}` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}
