import type { PilotMetrics } from './pilot-metrics';
import { reportSections, type Section } from './pilot-report-sections';
import type { CellKind, ReportCell, ReportChart, RowRole } from './pilot-report-types';

export { NOT_AVAILABLE, type CellKind, type ReportCell, type ReportChart, type RowRole } from './pilot-report-types';

/** The whole report: a rectangular grid, a kind per cell, a role per row, and the charts over its tables. */
export interface ReportLayout {
  readonly rows: ReportCell[][];
  readonly kinds: CellKind[][];
  readonly roles: RowRole[];
  readonly charts: ReportChart[];
}

/** Columns of the report grid: the widest table (one line per payer / service line) has six. */
export const REPORT_WIDTH = 6;

/** The Pilot review sheet as a rectangular grid (6 columns): a heading block with the basis, then one table per section. */
export function pilotReportRows(metrics: PilotMetrics): ReportCell[][] {
  return pilotReportLayout(metrics).rows;
}

/** Where the charted tables sit in `pilotReportRows`. */
export function pilotReportCharts(metrics: PilotMetrics): ReportChart[] {
  return pilotReportLayout(metrics).charts;
}

/** Grid, kinds, roles and charts in one pass. */
export function pilotReportLayout(m: PilotMetrics): ReportLayout {
  const out = { rows: [] as ReportCell[][], kinds: [] as CellKind[][], roles: [] as RowRole[], charts: [] as ReportChart[] };
  const push = (role: RowRole, cells: readonly ReportCell[], kinds: readonly CellKind[] = []): void => {
    out.rows.push(pad(cells, ''));
    out.kinds.push(pad(cells.map((_, i) => kinds[i] ?? 'text'), 'text'));
    out.roles.push(role);
  };
  push('title', ['SCA pilot review']);
  push('row', ['Period', `${m.period.from} to ${m.period.to}`]);
  push('row', ['Payer', m.filter.payer?.trim() || 'All']);
  push('row', ['Service line', m.filter.serviceLine?.trim() || 'All']);
  push('row', ['Decided in period', m.decidedCount], ['text', 'count']);
  push('row', ['Open at period end', m.openCount], ['text', 'count']);
  for (const line of basisLines(m)) push('note', [line]);
  for (const section of reportSections(m)) addSection(section, out, push);
  return out;
}

function addSection(section: Section, out: { rows: unknown[]; charts: ReportChart[] }, push: (role: RowRole, cells: readonly ReportCell[], kinds?: readonly CellKind[]) => void): void {
  push('note', []);
  push('section', [section.title]);
  const firstRow = out.rows.length;
  push('header', section.header);
  for (const row of section.rows) push('row', row, ['text', ...section.kinds]);
  if (section.chart) out.charts.push({ title: section.chart.title, type: section.chart.type, firstRow, rowCount: section.rows.length + 1, columns: section.chart.columns });
}

function pad<T>(cells: readonly T[], fill: T): T[] {
  return [...cells, ...Array<T>(Math.max(0, REPORT_WIDTH - cells.length)).fill(fill)];
}

/**
 * Which cases the numbers count, in lines short enough to read beside the charts, so the page can be handed
 * on without a conversation.
 */
export function basisLines(m: PilotMetrics): string[] {
  const { from, to } = m.period;
  return [
    `Basis: cases decided (first approval or denial) from ${from} to ${to}, both days included.`,
    'Approval rates, days to decision, denials, rates and units count these decided cases only.',
    `Open cases (identified or submitted in the period, no decision by ${to}) are counted apart.`,
  ];
}
