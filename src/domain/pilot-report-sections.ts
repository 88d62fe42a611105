/** The Pilot review's tables, in reading order, with the kind of each value column and the chart drawn over some. */
import type { CodeUsage } from './pilot-lines';
import type { GroupRow, UnitsRow } from './pilot-groups';
import type { MedianDays, PilotMetrics } from './pilot-metrics';
import type { RateComparison } from './pilot-rates';
import { NOT_AVAILABLE, type CellKind, type ReportCell, type ReportChart } from './pilot-report-types';
import { roundTo } from './statistics';
import { STATUSES } from './vocabulary';

export interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly ReportCell[]>;
  /** The kind of each column after the first (the labels). */
  readonly kinds: readonly CellKind[];
  readonly chart?: { readonly title: string; readonly type: ReportChart['type']; readonly columns: readonly number[] };
}

/** Chart titles: fixed words (never data), so a re-run finds and replaces exactly its own charts. */
export const CHART_TITLES = {
  approval: 'Approval rate by payer',
  days: 'Days to decision (median)',
  denials: 'Denials by reason',
  rates: 'Rate achieved vs requested',
  units: 'Units used vs approved',
} as const;

/** 'Median days' is submitted → first decision, as in the Days (median) table. */
const GROUP_HEADER = ['Decided', 'Approved', 'Approval rate', 'Median days', 'Open'];
const GROUP_KINDS: CellKind[] = ['count', 'count', 'percent', 'days', 'count'];

export function reportSections(m: PilotMetrics): Section[] {
  const a = m.approval;
  return [
    {
      title: 'Approval',
      header: ['Measure', 'Value', 'Cases'],
      kinds: ['percent', 'count'],
      rows: [
        ['First-pass approval rate', share(a.firstPassRate), a.firstDecisions],
        ['Overall approval rate', share(a.overallRate), a.approved + a.denied],
      ],
    },
    { title: 'Outcomes', header: ['Outcome', 'Cases'], kinds: ['count'], rows: [['Approved', a.approved], ['Denied', a.denied], ['Appeal pending', a.appealPending]] },
    {
      title: 'By payer',
      header: ['Payer', ...GROUP_HEADER],
      kinds: GROUP_KINDS,
      rows: m.byPayer.map(groupRow),
      chart: { title: CHART_TITLES.approval, type: 'column', columns: [0, 3] },
    },
    { title: 'By service line', header: ['Service line', ...GROUP_HEADER], kinds: GROUP_KINDS, rows: m.byServiceLine.map(groupRow) },
    {
      title: 'Days (median)',
      header: ['Step', 'Median days', 'Cases'],
      kinds: ['days', 'count'],
      rows: [
        daysRow('Identified → submitted', m.days.identifiedToSubmitted),
        daysRow('Submitted → decision', m.days.submittedToDecision),
        daysRow('Decision → written confirmation', m.days.decisionToWritten),
      ],
      chart: { title: CHART_TITLES.days, type: 'bar', columns: [0, 1] },
    },
    {
      title: 'Denials by reason',
      header: ['Reason', 'Cases'],
      kinds: ['count'],
      rows: m.denialsByReason.length > 0 ? m.denialsByReason.map((d) => [d.reason, d.count]) : [['No denials', 0]],
      chart: { title: CHART_TITLES.denials, type: 'pie', columns: [0, 1] },
    },
    {
      title: 'Rate achieved vs requested',
      header: ['Payer', 'Requested rate', 'Approved rate', 'Achieved'],
      kinds: ['money', 'money', 'percent'],
      rows: [...m.rates.byPayer, m.rates.overall].map(rateRow),
      chart: { title: CHART_TITLES.rates, type: 'column', columns: [0, 1, 2] },
    },
    {
      title: 'Units used vs approved',
      header: ['Service line', 'Units approved', 'Units used', 'Used'],
      kinds: ['count', 'count', 'percent'],
      rows: m.unitsByServiceLine.map(unitsRow),
      chart: { title: CHART_TITLES.units, type: 'column', columns: [0, 1, 2] },
    },
    {
      title: 'Revenue',
      header: ['Measure', 'Amount', 'Cases'],
      kinds: ['money', 'count'],
      rows: [
        ['Revenue authorized', m.revenue.authorized, ''],
        ['At risk: ends within 30 days, no renewal', m.revenue.atRisk, m.revenue.atRiskCases],
      ],
    },
    { title: 'Cases by status', header: ['Status', 'Cases'], kinds: ['count'], rows: STATUSES.map((s) => [s, m.byStatus[s]]) },
    ...codeSections(m.byCode ?? []),
  ];
}

/** Per code, when approved cases have Terms lines: units used vs approved, rate achieved vs requested. */
function codeSections(byCode: readonly CodeUsage[]): Section[] {
  if (byCode.length === 0) return [];
  return [
    {
      title: 'Units per code (Terms lines)',
      header: ['Code', 'Units approved', 'Units used', 'Used'],
      kinds: ['count', 'count', 'percent'],
      rows: byCode.map((u) => [u.code, u.unitsApproved, u.unitsUsed, share(u.usedShare)]),
    },
    {
      title: 'Rate per code (Terms lines)',
      header: ['Code', 'Requested rate', 'Approved rate', 'Achieved'],
      kinds: ['money', 'money', 'percent'],
      rows: byCode.map((u) => [u.code, money(u.requestedRate), money(u.approvedRate), share(u.achieved)]),
    },
  ];
}

function groupRow(g: GroupRow): ReportCell[] {
  return [g.name, g.decided, g.approved, share(g.approvalRate), g.medianDaysToDecision === null ? NOT_AVAILABLE : roundTo(g.medianDaysToDecision, 1), g.open];
}

function unitsRow(u: UnitsRow): ReportCell[] {
  return [u.name, u.unitsApproved, u.unitsUsed, share(u.usedShare)];
}

function daysRow(label: string, d: MedianDays): ReportCell[] {
  return [label, d.median === null ? NOT_AVAILABLE : roundTo(d.median, 1), d.cases];
}

function rateRow(r: RateComparison): ReportCell[] {
  return [r.payer, money(r.requestedRate), money(r.approvedRate), share(r.achieved)];
}

/** A share as a fraction (0.853), shown as a percentage by the cell's format; 4 decimals keep 85.3 %. */
function share(value: number | null): ReportCell {
  return value === null ? NOT_AVAILABLE : roundTo(value, 4);
}

function money(value: number | null): ReportCell {
  return value === null ? NOT_AVAILABLE : roundTo(value, 2);
}
