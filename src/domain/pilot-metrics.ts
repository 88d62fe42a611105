import { usageByCode, type CodeUsage, type LineUsage } from './pilot-lines';
import { daysBetween, isIsoDate, type IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { caseTimeline, eventsByCase, type CaseTimeline } from './case-timeline';
import { payerRates, type RateComparison } from './pilot-rates';
import { BY_PAYER, BY_SERVICE_LINE, groupRows, unitsByServiceLine, unitsRow, type GroupRow, type Reviewed, type UnitsRow } from './pilot-groups';
import { revenueAtRisk } from './pilot-revenue';
import { payerKey } from './plan-rule-lookup';
import { safeCount, safeText } from './safe-values';
import { median, ratio, roundTo } from './statistics';
import type { StatusChange } from './status-change';
import { DENIAL_REASONS, STATUSES, type Status } from './vocabulary';

/** The review period, both ends inclusive. */
export interface PilotPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Narrow the review to one payer and/or one service line (trimmed, case-insensitive). */
export interface PilotFilter {
  readonly payer?: string;
  readonly serviceLine?: string;
}

/** A median number of days and how many cases it is over. */
export interface MedianDays {
  readonly median: number | null;
  readonly cases: number;
}

/** The pilot review's numbers. A rate or median with nothing to measure is null, never NaN. */
export interface PilotMetrics {
  readonly period: PilotPeriod;
  readonly filter: PilotFilter;
  /** The period's cases: decided within it, plus those open at its end (decidedCount + openCount). */
  readonly caseCount: number;
  /** Cases whose first decision (approval or denial) falls in the period, both ends included: the basis of every rate. */
  readonly decidedCount: number;
  /** Cases identified or submitted in the period with no decision by its last day, counted apart. */
  readonly openCount: number;
  /** Current status of the period's cases (decided and open). */
  readonly byStatus: Readonly<Record<Status, number>>;
  readonly approval: {
    /** Cases with a first decision; approved first time (no Denied or Appealed step before approval); rate. */
    readonly firstDecisions: number;
    readonly approvedFirstPass: number;
    readonly firstPassRate: number | null;
    /** Final outcomes: approved ÷ (approved + denied); appeals still pending are left out. */
    readonly approved: number;
    readonly denied: number;
    readonly appealPending: number;
    readonly overallRate: number | null;
  };
  readonly days: {
    readonly identifiedToSubmitted: MedianDays;
    readonly submittedToDecision: MedianDays;
    readonly decisionToWritten: MedianDays;
  };
  /** Cases denied at least once, by Denial reason ('Not recorded' when empty), most frequent first. */
  readonly denialsByReason: ReadonlyArray<{ readonly reason: string; readonly count: number }>;
  /** Approved vs requested rate, weighted by units approved: overall and per payer. */
  readonly rates: { readonly overall: RateComparison; readonly byPayer: readonly RateComparison[] };
  /** Units used vs approved on the period's approved cases. */
  readonly units: { readonly used: number; readonly approved: number; readonly usedShare: number | null };
  /** One line per payer and per service line, each list ending with its total line. */
  readonly byPayer: readonly GroupRow[];
  readonly byServiceLine: readonly GroupRow[];
  /** Units used vs approved per service line, ending with the total line. */
  readonly unitsByServiceLine: readonly UnitsRow[];
  /** Units approved × approved rate on the period's approved cases; units left × rate on agreements at risk. */
  readonly revenue: { readonly authorized: number; readonly atRisk: number; readonly atRiskCases: number };
  /** Units and rates per code on the period's approved cases with Terms lines (absent without lines). */
  readonly byCode?: readonly CodeUsage[];
}

/**
 * Pilot review over the period. The rates, days, denials, rates achieved and units count the cases **decided**
 * in the period (first approval or denial dated within it, both ends included); cases identified or submitted
 * in it with no decision by its last day are **open** and counted apart (a decision after the period's end
 * leaves a case open for this period). Dates come from History events first, case fields where events are
 * missing. Cases without a Case ID are left out. Revenue at risk looks at every open agreement of the filter.
 * Throws RangeError when a period end is not a calendar date.
 * @example computePilotMetrics(cases, events, { from: '2026-01-01', to: '2026-03-31' }).approval.firstPassRate // 0.75
 */
export function computePilotMetrics(
  cases: readonly ScaCase[],
  events: readonly StatusChange[],
  period: PilotPeriod,
  filter: PilotFilter = {},
  lines?: LineUsage,
): PilotMetrics {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) throw new RangeError(`Not a review period: ${period.from} to ${period.to}`);
  const history = eventsByCase(events);
  const matching = cases.filter((c) => safeText(c.caseId) !== '' && matchesFilter(c, filter));
  const within = (d: IsoDate | null): boolean => d !== null && d >= period.from && d <= period.to;
  const decided: Reviewed[] = [];
  const open: Reviewed[] = [];
  for (const c of matching) {
    const t = caseTimeline(c, history.get(safeText(c.caseId)) ?? []);
    // A case decided before the period is neither (its History may start later, e.g. after an import).
    const decidedBefore = t.decidedOn !== null && t.decidedOn < period.from;
    if (within(t.decidedOn)) decided.push({ c, t });
    else if (!decidedBefore && (within(t.identifiedOn) || within(t.submittedOn))) open.push({ c, t });
  }
  const reviewed = [...decided, ...open];
  const approvedCases = decided.filter((r) => r.t.outcome === 'approved').map((r) => r.c);
  const atRisk = revenueAtRisk(matching, cases, period);
  const units = unitsRow(BY_SERVICE_LINE.total, approvedCases);
  return {
    period,
    filter,
    caseCount: reviewed.length,
    decidedCount: decided.length,
    openCount: open.length,
    byStatus: countByStatus(reviewed),
    approval: approvalOf(decided),
    days: {
      identifiedToSubmitted: medianDays(reviewed, (t) => [t.identifiedOn, t.submittedOn]),
      submittedToDecision: medianDays(decided, (t) => [t.submittedOn, t.decidedOn]),
      decisionToWritten: medianDays(decided, (t) => [t.approvedOn, t.writtenOn]),
    },
    denialsByReason: denialsOf(decided),
    rates: payerRates(approvedCases),
    units: { used: units.unitsUsed, approved: units.unitsApproved, usedShare: units.usedShare },
    byPayer: groupRows(decided, open, BY_PAYER),
    byServiceLine: groupRows(decided, open, BY_SERVICE_LINE),
    unitsByServiceLine: unitsByServiceLine(approvedCases),
    revenue: { authorized: roundTo(authorized(approvedCases), 2), atRisk: roundTo(atRisk.amount, 2), atRiskCases: atRisk.cases },
    ...(lines ? { byCode: usageByCode(approvedCases, lines) } : {}),
  };
}

function matchesFilter(c: ScaCase, filter: PilotFilter): boolean {
  const payer = safeText(filter.payer);
  const line = safeText(filter.serviceLine).toLowerCase();
  return (!payer || payerKey(safeText(c.payer)) === payerKey(payer)) && (!line || safeText(c.serviceLine).toLowerCase() === line);
}

function countByStatus(reviewed: readonly Reviewed[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const { c } of reviewed) if (c.status in counts) counts[c.status] += 1;
  return counts;
}

function approvalOf(reviewed: readonly Reviewed[]): PilotMetrics['approval'] {
  const count = (p: (t: CaseTimeline) => boolean): number => reviewed.filter((r) => p(r.t)).length;
  const firstDecisions = count((t) => t.firstDecision !== null);
  const approvedFirstPass = count((t) => t.firstDecision === 'approved');
  const approved = count((t) => t.outcome === 'approved');
  const denied = count((t) => t.outcome === 'denied');
  return {
    firstDecisions,
    approvedFirstPass,
    firstPassRate: ratio(approvedFirstPass, firstDecisions),
    approved,
    denied,
    appealPending: count((t) => t.outcome === 'appeal pending'),
    overallRate: ratio(approved, approved + denied),
  };
}

/** Median of whole days between two milestones; negative spans (data entry errors) are left out. */
function medianDays(reviewed: readonly Reviewed[], pick: (t: CaseTimeline) => [IsoDate | null, IsoDate | null]): MedianDays {
  const spans: number[] = [];
  for (const { t } of reviewed) {
    const [from, to] = pick(t);
    if (from && to && to >= from) spans.push(daysBetween(from, to));
  }
  return { median: median(spans), cases: spans.length };
}

function denialsOf(reviewed: readonly Reviewed[]): PilotMetrics['denialsByReason'] {
  const counts = new Map<string, number>();
  for (const { c, t } of reviewed) {
    if (t.firstDecision !== 'denied' && t.outcome !== 'denied' && t.outcome !== 'appeal pending') continue;
    const reason = safeText(c.denialReason) || 'Not recorded';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const order = (reason: string): number => {
    const i = (DENIAL_REASONS as readonly string[]).indexOf(reason);
    return i < 0 ? DENIAL_REASONS.length : i;
  };
  return Array.from(counts, ([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || order(a.reason) - order(b.reason));
}

function authorized(approvedCases: readonly ScaCase[]): number {
  return approvedCases.reduce((sum, c) => sum + (safeCount(c.unitsApproved) ?? 0) * (safeCount(c.approvedRate) ?? 0), 0);
}
