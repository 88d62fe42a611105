/**
 * What the local preview draws for a sheet: display values, the editing control each cell's validation
 * implies, background colours (conditional format first, then the cell's own), notes, protected columns and charts.
 */
import type { GridBox } from './a1-notation';
import { readStored } from './cell-values';
import { chartData } from './chart-data';
import { conditionalFormats } from './conditional-format-eval';
import { rowsHiddenByFilter } from './filter';
import type { WorkbookObjects } from './objects';
import { toA1 } from './a1-notation';
import type { ChartRendering, RenderExtent, SheetRendering } from './contract';
import { formatValue } from './number-format';
import type { ChartSpec, SheetStore } from './sheet-store';
import type { ValidationSpec } from './validation-spec';

type Control = SheetRendering['controls'][number][number];

/** The used range (at least A1). */
export function usedBox(store: SheetStore): GridBox {
  return { row: 1, col: 1, numRows: Math.max(1, store.lastRow()), numCols: Math.max(1, store.lastColumn()) };
}

function controlFor(ctx: WorkbookObjects, spec: ValidationSpec | undefined): Control {
  if (!spec) return null;
  const [a, showDropdown] = spec.values;
  switch (spec.criteria) {
    case 'CHECKBOX': return { kind: 'checkbox' };
    case 'VALUE_IN_LIST': return showDropdown === false ? null : { kind: 'list', values: (Array.isArray(a) ? a : []).map(String) };
    case 'VALUE_IN_RANGE': {
      if (showDropdown === false) return null;
      const values = ctx.unwrapRange(a).getDisplayValues().flat().filter((v) => v !== '');
      return { kind: 'list', values };
    }
    case 'DATE_IS_VALID_DATE': case 'DATE_AFTER': case 'DATE_BEFORE': case 'DATE_BETWEEN': case 'DATE_EQUAL_TO':
    case 'DATE_NOT_BETWEEN': case 'DATE_ON_OR_AFTER': case 'DATE_ON_OR_BEFORE':
      return { kind: 'date' };
    default: return null;
  }
}

/**
 * The used range, widened to `extent` rows and columns when asked (never past the sheet's size): Sheets shows
 * the empty rows and columns below and right of the data, where a person types a new row.
 */
function renderedBox(store: SheetStore, extent: RenderExtent | undefined): GridBox {
  const used = usedBox(store);
  return {
    ...used,
    numRows: Math.max(used.numRows, Math.min(store.maxRows, Math.max(extent?.rows ?? 0, store.lastRow() + (extent?.emptyRowsBelow ?? 0)))),
    numCols: Math.max(used.numCols, Math.min(store.maxColumns, extent?.columns ?? 0)),
  };
}

export function renderSheet(ctx: WorkbookObjects, store: SheetStore, extent?: RenderExtent): SheetRendering {
  const box = renderedBox(store, extent);
  const tz = ctx.timeZone;
  const values = readStored(store, box);
  const formats = store.formats.read(box.row, box.col, box.numRows, box.numCols, undefined);
  const styles = store.styles.read(box.row, box.col, box.numRows, box.numCols, undefined);
  const specs = store.validations.read(box.row, box.col, box.numRows, box.numCols, undefined);
  const cf = conditionalFormats(store, box, { timeZone: tz, now: () => ctx.host.now(), cell: (r, c) => store.values.get(r, c) });
  const protectedColumns = new Set<number>();
  for (const p of ctx.state.protections) {
    if (p.sheet !== store || p.type !== 'RANGE') continue;
    for (let c = p.box.col; c < p.box.col + p.box.numCols; c++) protectedColumns.add(c);
  }
  const columns = Array.from({ length: box.numCols }, (_, j) => box.col + j);
  return {
    name: store.name,
    sheetId: store.sheetId,
    maxRows: store.maxRows,
    maxColumns: store.maxColumns,
    frozenRows: store.frozenRows,
    frozenColumns: store.frozenColumns,
    columnWidths: columns.map((c) => store.columnWidths.get(c) ?? null),
    hiddenColumns: columns.filter((c) => store.hiddenColumns.has(c)),
    hiddenRows: [...rowsHiddenByFilter(store, tz)].sort((a, b) => a - b),
    wraps: styles.map((line) => line.map((style) => style?.wrap === true)),
    filter: store.filter && {
      range: { ...store.filter },
      criteria: [...store.filterCriteria].map(([column, criteria]) => ({ column, criteria })).sort((a, b) => a.column - b.column),
    },
    display: values.map((line, i) => line.map((v, j) => formatValue(v, formats[i]?.[j], tz))),
    controls: specs.map((line) => line.map((s) => controlFor(ctx, s))),
    backgrounds: cf.map((line, i) => line.map((f, j) => f?.background ?? styles[i]?.[j]?.background ?? null)),
    notes: store.notes.read(box.row, box.col, box.numRows, box.numCols, ''),
    protectedColumns: [...protectedColumns].sort((a, b) => a - b),
    bold: styles.map((line) => line.map((s) => s?.fontWeight === 'bold')),
    charts: store.charts.map((c) => renderChart(ctx, store, c.spec)),
  };
}

/** A chart as the preview draws it: no Sheets styling, just what it plots. */
function renderChart(ctx: WorkbookObjects, store: SheetStore, spec: ChartSpec): ChartRendering {
  const { title, width, height } = spec.options;
  return {
    title: typeof title === 'string' ? title : '',
    type: spec.type ?? '',
    anchor: { ...spec.anchor },
    width: typeof width === 'number' ? width : null,
    height: typeof height === 'number' ? height : null,
    ranges: spec.ranges.map((r) => (r.sheet === store ? '' : `'${r.sheet.name}'!`) + toA1(r.box)),
    data: chartData(spec, ctx.timeZone),
  };
}
