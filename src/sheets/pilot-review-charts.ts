import type { ReportChart } from '../domain/pilot-report';
import { CHART_TITLES } from '../domain/pilot-report-sections';

/** Chart size in pixels (the 'width' / 'height' options): readable, and two fit a laptop screen side by side. */
export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 300;
/** Sheets' default row height, in pixels. */
const ROW_HEIGHT = 21;
/** Rows from one chart's anchor to the next: the chart's height plus a little air, so charts never overlap. */
export const CHART_SPACING_ROWS = Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1;

/** Titles of the charts earlier versions of the report drew: a re-run removes those too, so nothing piles up. */
const LEGACY_TITLES = ['Cases by status', 'Denials by reason', 'Rate achieved vs requested'];
/** Every title the report's own charts ever had. A manager's chart with another title is never touched. */
export const OWN_CHART_TITLES: ReadonlySet<string> = new Set([...Object.values(CHART_TITLES), ...LEGACY_TITLES]);

function chartTypeOf(type: ReportChart['type']): GoogleAppsScript.Charts.ChartType {
  switch (type) {
    case 'column':
      return Charts.ChartType.COLUMN;
    case 'pie':
      return Charts.ChartType.PIE;
    case 'bar':
      return Charts.ChartType.BAR;
  }
}

/** Contiguous runs of the chart's columns ([0, 3] → [[0], [3]]; [0, 1, 2] → [[0, 2]]), one range each. */
export function columnRuns(columns: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** One series: no legend needed (the title says it); a pie names its slices on the right; several series on top. */
function legendOf(chart: ReportChart): { position: string } {
  if (chart.type === 'pie') return { position: 'right' };
  return { position: chart.columns.length > 2 ? 'top' : 'none' };
}

/**
 * Replaces the report's charts: the previous ones (recognised by their titles, fixed words listed in
 * OWN_CHART_TITLES) are removed first, so running the review again never stacks a second set. Each chart is one
 * builder chain and one insertChart; they stack down the column right of the report (`reportWidth` columns and
 * one of air), each CHART_SPACING_ROWS below the last, so they overlap neither the tables nor each other.
 * `firstRow` is the sheet row of the report grid's row 0.
 */
export function replaceReportCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, charts: readonly ReportChart[], reportWidth: number): void {
  for (const chart of sheet.getCharts()) {
    if (OWN_CHART_TITLES.has(String(chart.getOptions().get('title')))) sheet.removeChart(chart);
  }
  charts.forEach((c, i) => {
    const builder = sheet.newChart().setChartType(chartTypeOf(c.type));
    for (const [from, to] of columnRuns(c.columns)) builder.addRange(sheet.getRange(firstRow + c.firstRow, from + 1, c.rowCount, to - from + 1));
    const chart = builder
      .setNumHeaders(1)
      .setPosition(firstRow + i * CHART_SPACING_ROWS, reportWidth + 2, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', legendOf(c))
      .setOption('width', CHART_WIDTH)
      .setOption('height', CHART_HEIGHT)
      .build();
    sheet.insertChart(chart);
  });
}
