import type { CodeUsage } from './pilot-lines';
import type { MedianDays, PilotMetrics } from './pilot-metrics';
import type { RateComparison } from './pilot-rates';
import { roundTo } from './statistics';
import { STATUSES } from './vocabulary';

/** A cell of the Pilot review sheet. */
export type ReportCell = string | number;

/** A table the adapter can chart: its rows in `pilotReportRows` (0-based, heading row included). */
export interface ReportChart {
  readonly title: string;
  readonly type: 'column' | 'pie' | 'bar';
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Shown for a value with nothing to measure (a rate of no cases). */
export const NOT_AVAILABLE = 'n/a';
const WIDTH = 4;

interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly ReportCell[]>;
  readonly chart?: ReportChart['type'];
}

/** The Pilot review sheet as a rectangular grid (4 columns): a heading block, then one table per section. */
export function pilotReportRows(metrics: PilotMetrics): ReportCell[][] {
  return layout(metrics).rows;
}

/** Where the chartable tables sit in `pilotReportRows` (statuses, denials, rates by payer). */
export function pilotReportCharts(metrics: PilotMetrics): ReportChart[] {
  return layout(metrics).charts;
}

function layout(m: PilotMetrics): { rows: ReportCell[][]; charts: ReportChart[] } {
  const rows: ReportCell[][] = [
    ['SCA pilot review'],
    ['Period', `${m.period.from} to ${m.period.to}`],
    ['Payer', m.filter.payer?.trim() || 'All'],
    ['Service line', m.filter.serviceLine?.trim() || 'All'],
    ['Cases in period', m.caseCount],
    ['Basis', basisOf(m)],
  ];
  const charts: ReportChart[] = [];
  for (const section of sections(m)) {
    rows.push([], [section.title]);
    const firstRow = rows.length;
    rows.push([...section.header], ...section.rows.map((r) => [...r]));
    if (section.chart) charts.push({ title: section.title, type: section.chart, firstRow, rowCount: section.rows.length + 1, columnCount: section.header.length });
  }
  return { rows: rows.map((r) => [...r, ...Array<ReportCell>(WIDTH - r.length).fill('')]), charts };
}

/** Statuses of a case still waiting for a decision. */
const OPEN: readonly (keyof PilotMetrics['byStatus'])[] = ['Identified', 'Assembling packet', 'Submitted', 'In negotiation'];

/** Which cases the numbers count, so the page can be handed on without a conversation. */
function basisOf(m: PilotMetrics): string {
  const open = OPEN.reduce((n, status) => n + m.byStatus[status], 0);
  const decided = m.approval.firstDecisions;
  return `Cases identified, submitted or decided from ${m.period.from} to ${m.period.to}, both days included. ` +
    `Approval rates count the ${decided} ${decided === 1 ? 'case' : 'cases'} with a decision; ` +
    `${open} still open (no decision yet) ${open === 1 ? 'is' : 'are'} counted separately, by status.`;
}

function sections(m: PilotMetrics): Section[] {
  const a = m.approval;
  return [
    { title: 'Cases by status', header: ['Status', 'Cases'], rows: STATUSES.map((s) => [s, m.byStatus[s]]), chart: 'column' },
    {
      title: 'Approval',
      header: ['Measure', 'Value', 'Cases'],
      rows: [
        ['First-pass approval rate (%)', percent(a.firstPassRate), a.firstDecisions],
        ['Overall approval rate (%)', percent(a.overallRate), a.approved + a.denied],
        ['Approved', a.approved, ''],
        ['Denied', a.denied, ''],
        ['Appeal pending', a.appealPending, ''],
      ],
    },
    {
      title: 'Days (median)',
      header: ['Step', 'Median days', 'Cases'],
      rows: [
        daysRow('Identified → submitted', m.days.identifiedToSubmitted),
        daysRow('Submitted → decision', m.days.submittedToDecision),
        daysRow('Decision → written confirmation', m.days.decisionToWritten),
      ],
    },
    {
      title: 'Denials by reason',
      header: ['Reason', 'Cases'],
      rows: m.denialsByReason.length > 0 ? m.denialsByReason.map((d) => [d.reason, d.count]) : [['No denials', 0]],
      chart: 'pie',
    },
    {
      title: 'Rate achieved vs requested',
      header: ['Payer', 'Requested rate', 'Approved rate', 'Achieved (%)'],
      rows: [...m.rates.byPayer, m.rates.overall].map(rateRow),
      chart: 'bar',
    },
    {
      title: 'Units and revenue',
      header: ['Measure', 'Value'],
      rows: [
        ['Units approved', m.units.approved],
        ['Units used', m.units.used],
        ['Units used (%)', percent(m.units.usedShare)],
        ['Revenue authorized', m.revenue.authorized],
        ['Revenue at risk (ending within 30 days, no renewal)', m.revenue.atRisk],
        ['Agreements at risk', m.revenue.atRiskCases],
      ],
    },
    ...codeSections(m.byCode ?? []),
  ];
}

/** Per code, when approved cases have Terms lines: units used vs approved, rate achieved vs requested. */
function codeSections(byCode: readonly CodeUsage[]): Section[] {
  if (byCode.length === 0) return [];
  return [
    { title: 'Units per code (Terms lines)', header: ['Code', 'Units approved', 'Units used', 'Used (%)'], rows: byCode.map((u) => [u.code, u.unitsApproved, u.unitsUsed, percent(u.usedShare)]) },
    { title: 'Rate per code (Terms lines)', header: ['Code', 'Requested rate', 'Approved rate', 'Achieved (%)'], rows: byCode.map((u) => [u.code, money(u.requestedRate), money(u.approvedRate), percent(u.achieved)]) },
  ];
}

function daysRow(label: string, d: MedianDays): ReportCell[] {
  return [label, d.median === null ? NOT_AVAILABLE : roundTo(d.median, 1), d.cases];
}

function rateRow(r: RateComparison): ReportCell[] {
  return [r.payer, money(r.requestedRate), money(r.approvedRate), percent(r.achieved)];
}

function percent(share: number | null): ReportCell {
  return share === null ? NOT_AVAILABLE : roundTo(share * 100, 1);
}

function money(value: number | null): ReportCell {
  return value === null ? NOT_AVAILABLE : roundTo(value, 2);
}
