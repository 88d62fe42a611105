/**
 * What an embedded chart plots, read the way Sheets reads its ranges (EmbeddedChart.getRanges / getNumHeaders,
 * default merge strategy MERGE_COLUMNS): the ranges' columns side by side, the first column the labels (domain),
 * every other column one series, named by its header row(s). For the preview, which draws the chart; Apps
 * Script itself returns no such data.
 */
import { readStored } from './cell-values';
import type { ChartRendering } from './contract';
import { formatValue } from './number-format';
import type { ChartSpec } from './sheet-store';

type Column = { values: unknown[]; formats: Array<string | undefined>; tz: string };

/** One column per column of each range, in range order (the chart's data table before headers are split off). */
function columnsOf(spec: ChartSpec, timeZone: string): Column[] {
  const columns: Column[] = [];
  for (const { sheet, box } of spec.ranges) {
    const values = readStored(sheet, box);
    const formats = sheet.formats.read(box.row, box.col, box.numRows, box.numCols, undefined);
    for (let c = 0; c < box.numCols; c++) columns.push({ values: values.map((r) => r[c] ?? ''), formats: formats.map((r) => r[c]), tz: timeZone });
  }
  return columns;
}

/** numHeaders -1 lets Sheets guess: a text first cell over a series column is a header, as the report's tables have. */
function headerRows(spec: ChartSpec, columns: readonly Column[]): number {
  if (spec.numHeaders >= 0) return spec.numHeaders;
  return typeof columns[1]?.values[0] === 'string' && columns[1].values[0] !== '' ? 1 : 0;
}

function display(column: Column, i: number): string {
  const v = column.values[i];
  return formatValue((v ?? '') as Parameters<typeof formatValue>[0], column.formats[i], column.tz);
}

/** Labels, series (name, numbers or null, display text as formatted in the sheet) of the chart's ranges. */
export function chartData(spec: ChartSpec, timeZone: string): ChartRendering['data'] {
  const columns = columnsOf(spec, timeZone);
  const [domain, ...rest] = columns;
  if (!domain) return { labels: [], series: [] };
  const headers = headerRows(spec, columns);
  const rows = Math.max(...columns.map((c) => c.values.length)) - headers;
  const index = Array.from({ length: Math.max(0, rows) }, (_, i) => i + headers);
  return {
    labels: index.map((i) => display(domain, i)),
    series: rest.map((column) => ({
      name: headers > 0 ? display(column, headers - 1) : '',
      values: index.map((i) => (typeof column.values[i] === 'number' && Number.isFinite(column.values[i]) ? (column.values[i] as number) : null)),
      display: index.map((i) => display(column, i)),
    })),
  };
}
