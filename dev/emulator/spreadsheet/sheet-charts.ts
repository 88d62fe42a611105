/**
 * A sheet's embedded charts: Sheet.newChart / insertChart / getCharts / updateChart / removeChart. Charts
 * live on their sheet's store (deleting the sheet deletes them); ids come from the workbook's record
 * counter, so they are unique in the spreadsheet and survive a snapshot.
 */
import type { WorkbookObjects } from './objects';
import { EmbeddedChartImpl, embeddedChart, newChartBuilder } from './embedded-chart';
import { rawOf } from './expose';
import { copyChartSpec, type SheetStore } from './sheet-store';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

function chartImpl(chart: unknown): EmbeddedChartImpl {
  const raw = rawOf(chart);
  if (!(raw instanceof EmbeddedChartImpl)) throw new Error('Emulator: expected an EmbeddedChart from this spreadsheet');
  return raw;
}

export function newChart(ctx: WorkbookObjects): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return newChartBuilder(ctx);
}

/** Adds the chart to the sheet under a new id (the built object itself keeps a null id, as in Apps Script). */
export function insertChart(ctx: WorkbookObjects, store: SheetStore, chart: Chart): void {
  const id = ctx.state.nextRecordId++;
  store.charts.push({ id, spec: copyChartSpec(chartImpl(chart).spec) });
}

export function getCharts(ctx: WorkbookObjects, store: SheetStore): Chart[] {
  return store.charts.map((c) => embeddedChart(ctx, copyChartSpec(c.spec), c.id));
}

/** Replaces the sheet's chart that `chart` was modified from (chart.modify()…build()). */
export function updateChart(store: SheetStore, chart: Chart): void {
  const impl = chartImpl(chart);
  const record = store.charts.find((c) => c.id === impl.id);
  // Emulator's own wording: the chart must come from getCharts()/modify() of this sheet.
  if (!record) throw new Error('Emulator: the chart is not on this sheet (insert it with insertChart first).');
  store.charts = store.charts.map((c) => (c === record ? { id: c.id, spec: copyChartSpec(impl.spec) } : c));
}

export function removeChart(store: SheetStore, chart: Chart): void {
  const impl = chartImpl(chart);
  const before = store.charts.length;
  store.charts = store.charts.filter((c) => c.id !== impl.id);
  if (store.charts.length === before) throw new Error('Emulator: the chart is not on this sheet.');
}
