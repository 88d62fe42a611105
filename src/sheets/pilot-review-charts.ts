import type { ReportChart } from '../domain/pilot-report';

/** Rows between two stacked charts: a default embedded chart is about 18 rows tall. */
const CHART_SPACING_ROWS = 20;

/** Column where the charts sit: right of the 4-column report, with one column of air. */
export const CHART_COLUMN = 6;

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

/**
 * Replaces the report's charts: the previous ones (recognised by their titles, which are the report's
 * table titles) are removed first, so running the review again never stacks a second set. A chart the
 * manager made with another title stays. `firstRow` is the sheet row of the report grid's row 0.
 */
export function replaceReportCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, charts: readonly ReportChart[]): void {
  const titles = new Set(charts.map((c) => c.title));
  for (const chart of sheet.getCharts()) {
    if (titles.has(String(chart.getOptions().get('title')))) sheet.removeChart(chart);
  }
  charts.forEach((c, i) => {
    const range = sheet.getRange(firstRow + c.firstRow, 1, c.rowCount, c.columnCount);
    const chart = sheet
      .newChart()
      .setChartType(chartTypeOf(c.type))
      .addRange(range)
      .setNumHeaders(1)
      .setPosition(firstRow + i * CHART_SPACING_ROWS, CHART_COLUMN, 0, 0)
      .setOption('title', c.title)
      .build();
    sheet.insertChart(chart);
  });
}
