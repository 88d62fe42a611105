import { usageByCode, type CodeUsage, type LineUsage } from './pilot-lines';
import { daysBetween, isIsoDate, type IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { caseTimeline, eventsByCase, type CaseTimeline } from './case-timeline';
import { payerRates, type RateComparison } from './pilot-rates';
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
  /** Cases identified, submitted or decided within the period. */
  readonly caseCount: number;
  /** Current status of the period's cases. */
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
  /** Units approved × approved rate on the period's approved cases; units left × rate on agreements at risk. */
  readonly revenue: { readonly authorized: number; readonly atRisk: number; readonly atRiskCases: number };
  /** Units and rates per code on the period's approved cases with Terms lines (absent without lines). */
  readonly byCode?: readonly CodeUsage[];
}

interface Reviewed {
  readonly c: ScaCase;
  readonly t: CaseTimeline;
}

/**
 * Pilot review over the period. A case is in the period when it was identified, submitted or decided
 * within it (History events first, case fields where events are missing). Cases without a Case ID are
 * left out. Revenue at risk looks at every open agreement of the filter (see pilot-revenue).
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
  const reviewed: Reviewed[] = [];
  for (const c of matching) {
    const t = caseTimeline(c, history.get(safeText(c.caseId)) ?? []);
    if ([t.identifiedOn, t.submittedOn, t.decidedOn].some((d) => d !== null && d >= period.from && d <= period.to)) reviewed.push({ c, t });
  }
  const approvedCases = reviewed.filter((r) => r.t.outcome === 'approved').map((r) => r.c);
  const atRisk = revenueAtRisk(matching, cases, period);
  return {
    period,
    filter,
    caseCount: reviewed.length,
    byStatus: countByStatus(reviewed),
    approval: approvalOf(reviewed),
    days: {
      identifiedToSubmitted: medianDays(reviewed, (t) => [t.identifiedOn, t.submittedOn]),
      submittedToDecision: medianDays(reviewed, (t) => [t.submittedOn, t.decidedOn]),
      decisionToWritten: medianDays(reviewed, (t) => [t.approvedOn, t.writtenOn]),
    },
    denialsByReason: denialsOf(reviewed),
    rates: payerRates(approvedCases),
    units: unitsOf(approvedCases),
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

function unitsOf(approvedCases: readonly ScaCase[]): PilotMetrics['units'] {
  let used = 0;
  let approved = 0;
  for (const c of approvedCases) {
    const a = safeCount(c.unitsApproved);
    if (!a) continue;
    approved += a;
    used += safeCount(c.unitsUsed) ?? 0;
  }
  return { used, approved, usedShare: ratio(used, approved) };
}

function authorized(approvedCases: readonly ScaCase[]): number {
  return approvedCases.reduce((sum, c) => sum + (safeCount(c.unitsApproved) ?? 0) * (safeCount(c.approvedRate) ?? 0), 0);
}
