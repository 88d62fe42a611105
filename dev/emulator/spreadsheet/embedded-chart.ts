/**
 * Embedded charts, as Apps Script's EmbeddedChart, EmbeddedChartBuilder, ContainerInfo and ChartOptions.
 * A chart is data (type, ranges, anchor cell, options); nothing is drawn. Builders and charts hold their
 * own copy of the spec: changes reach the sheet only through Sheet.insertChart / updateChart, as in Sheets.
 * `asColumnChart()` & co. return the same builder (with `setTitle`), which covers what the typed builders
 * share; their type-specific styling methods are not emulated.
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { CHART_TYPE, enumName } from './enums';
import { expose } from './expose';
import { copyChartSpec, type ChartSpec } from './sheet-store';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A new chart's spec: no type yet, no ranges, anchored at A1 of `sheet`'s first cell. */
export function emptyChartSpec(): ChartSpec {
  return { type: null, ranges: [], anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {}, numHeaders: -1 };
}

export class EmbeddedChartBuilderImpl {
  self!: Builder;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly spec: ChartSpec,
    /** The chart being modified (modify()), so updateChart knows which one; null for newChart(). */
    readonly chartId: number | null,
  ) {}

  /** "Does not add the range if it has already been added to the chart" (EmbeddedChartBuilder.addRange). */
  addRange(range: Range): Builder {
    const r = this.ctx.unwrapRange(range);
    if (!this.spec.ranges.some((x) => x.sheet === r.store && sameBox(x.box, r.box))) this.spec.ranges.push({ sheet: r.store, box: { ...r.box } });
    return this.self;
  }
  removeRange(range: Range): Builder {
    const r = this.ctx.unwrapRange(range);
    const i = this.spec.ranges.findIndex((x) => x.sheet === r.store && sameBox(x.box, r.box));
    if (i >= 0) this.spec.ranges.splice(i, 1);
    return this.self;
  }
  clearRanges(): Builder {
    this.spec.ranges = [];
    return this.self;
  }
  getRanges(): Range[] { return this.spec.ranges.map((r) => this.ctx.range(r.sheet, r.box)); }
  setChartType(type: unknown): Builder {
    const name = enumName(type);
    if (!(name in CHART_TYPE)) throw new Error(`Emulator: unknown chart type ${name}`);
    this.spec.type = name;
    return this.self;
  }
  getChartType(): string | null { return this.spec.type; }
  asAreaChart(): Builder { return this.setChartType('AREA'); }
  asBarChart(): Builder { return this.setChartType('BAR'); }
  asColumnChart(): Builder { return this.setChartType('COLUMN'); }
  asComboChart(): Builder { return this.setChartType('COMBO'); }
  asHistogramChart(): Builder { return this.setChartType('HISTOGRAM'); }
  asLineChart(): Builder { return this.setChartType('LINE'); }
  asPieChart(): Builder { return this.setChartType('PIE'); }
  asScatterChart(): Builder { return this.setChartType('SCATTER'); }
  asTableChart(): Builder { return this.setChartType('TABLE'); }
  /** The typed builders' setTitle is the 'title' option. */
  setTitle(title: string): Builder { return this.setOption('title', title); }
  setOption(option: string, value: unknown): Builder {
    this.spec.options[String(option)] = value;
    return this.self;
  }
  setNumHeaders(headers: number): Builder {
    this.spec.numHeaders = headers;
    return this.self;
  }
  /** setPosition(anchorRowPos, anchorColPos, offsetX, offsetY): 1-based anchor cell, pixel offsets. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    if (!(anchorRowPos >= 1) || !(anchorColPos >= 1)) throw new Error('Emulator: a chart anchor row and column start at 1');
    this.spec.anchor = { row: anchorRowPos, col: anchorColPos, offsetX: offsetX || 0, offsetY: offsetY || 0 };
    return this.self;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo { return containerInfo(this.ctx, this.spec); }
  build(): Chart {
    if (this.spec.type === null) throw new Error('Emulator: set a chart type (setChartType or asColumnChart…) before build()');
    return embeddedChart(this.ctx, copyChartSpec(this.spec), this.chartId);
  }
}

export class EmbeddedChartImpl {
  self!: Chart;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly spec: ChartSpec,
    /** Stable within the spreadsheet once inserted; null for a chart built but not inserted (as in Apps Script). */
    readonly id: number | null,
  ) {}

  getChartId(): number | null { return this.id; }
  getRanges(): Range[] { return this.spec.ranges.map((r) => this.ctx.range(r.sheet, r.box)); }
  getOptions(): GoogleAppsScript.Charts.ChartOptions { return chartOptions(this.ctx, this.spec.options); }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo { return containerInfo(this.ctx, this.spec); }
  getNumHeaders(): number { return this.spec.numHeaders; }
  modify(): Builder {
    return expose(new EmbeddedChartBuilderImpl(this.ctx, copyChartSpec(this.spec), this.id), 'EmbeddedChartBuilder', this.ctx.host);
  }
}

class ContainerInfoImpl {
  self!: GoogleAppsScript.Spreadsheet.ContainerInfo;
  constructor(readonly anchor: ChartSpec['anchor']) {}
  getAnchorRow(): number { return this.anchor.row; }
  getAnchorColumn(): number { return this.anchor.col; }
  getOffsetX(): number { return this.anchor.offsetX; }
  getOffsetY(): number { return this.anchor.offsetY; }
}

class ChartOptionsImpl {
  self!: GoogleAppsScript.Charts.ChartOptions;
  constructor(readonly options: Readonly<Record<string, unknown>>) {}
  /** The option's value, or null when it was never set. */
  get(option: string): unknown { return Object.prototype.hasOwnProperty.call(this.options, option) ? this.options[option] : null; }
  getOrDefault(option: string): unknown { return this.get(option); }
}

/** A counted EmbeddedChart over its own copy of `spec`. */
export function embeddedChart(ctx: WorkbookObjects, spec: ChartSpec, id: number | null): Chart {
  return expose(new EmbeddedChartImpl(ctx, spec, id), 'EmbeddedChart', ctx.host);
}

/** A counted builder for a new chart anchored on `spec`'s defaults. */
export function newChartBuilder(ctx: WorkbookObjects): Builder {
  return expose(new EmbeddedChartBuilderImpl(ctx, emptyChartSpec(), null), 'EmbeddedChartBuilder', ctx.host);
}

function containerInfo(ctx: WorkbookObjects, spec: ChartSpec): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return expose(new ContainerInfoImpl({ ...spec.anchor }), 'ContainerInfo', ctx.host);
}

function chartOptions(ctx: WorkbookObjects, options: Record<string, unknown>): GoogleAppsScript.Charts.ChartOptions {
  return expose(new ChartOptionsImpl({ ...options }), 'ChartOptions', ctx.host);
}

function sameBox(a: { row: number; col: number; numRows: number; numCols: number }, b: typeof a): boolean {
  return a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

stubUnimplemented(EmbeddedChartBuilderImpl, 'EmbeddedChartBuilder');
stubUnimplemented(EmbeddedChartImpl, 'EmbeddedChart');
stubUnimplemented(ContainerInfoImpl, 'ContainerInfo');
stubUnimplemented(ChartOptionsImpl, 'ChartOptions');
