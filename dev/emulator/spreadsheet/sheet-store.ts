/**
 * The data of one sheet, free of Apps Script API shapes: cell layers, size, frozen panes, column settings and
 * conditional-format rules. Row/column operations apply to every layer at once so values, formulas, notes,
 * formats, backgrounds and validation always move together.
 */
import type { CellValue } from '../api';
import type { GridBox } from './a1-notation';
import { Grid } from './grid';
import type { CfRuleSpec } from './conditional-format-spec';
import type { FilterCriteriaSpec } from './filter-spec';
import type { ValidationSpec } from './validation-spec';
import type { StructureChange } from './structure';
import { adjustBox } from './structure';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export interface CellStyle {
  readonly background?: string;
  readonly fontColor?: string;
  readonly fontWeight?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: string;
}

export interface CfRuleRecord {
  boxes: GridBox[];
  readonly spec: CfRuleSpec;
}

/** An embedded chart: its data ranges (on any sheet), its anchor cell on its own sheet, and its options. */
export interface ChartRecord {
  readonly id: number;
  readonly spec: ChartSpec;
}

/** What an EmbeddedChartBuilder edits; copied on build, insert and getCharts, so objects never share state. */
export interface ChartSpec {
  type: string | null;
  ranges: Array<{ sheet: SheetStore; box: GridBox }>;
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

/** A deep-enough copy of a chart spec (ranges and options are new containers; values are immutable). */
export function copyChartSpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: spec.ranges.map((r) => ({ sheet: r.sheet, box: { ...r.box } })), anchor: { ...spec.anchor }, options: { ...spec.options } };
}

export class SheetStore {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  /** Sheet.hideSheet(): not shown in the tab bar; its data stays readable by scripts. */
  hidden = false;
  readonly values = new Grid<CellValue>();
  readonly formulas = new Grid<string>();
  readonly notes = new Grid<string>();
  readonly formats = new Grid<string>();
  readonly styles = new Grid<CellStyle>();
  readonly validations = new Grid<ValidationSpec>();
  /** Per-column settings keyed by 1-based column. */
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  cfRules: CfRuleRecord[] = [];
  filter: GridBox | null = null;
  /** The basic filter's criteria by 1-based column (cleared with the filter). */
  filterCriteria = new Map<number, FilterCriteriaSpec>();
  /** Embedded charts on this sheet, in insertion order (what getCharts lists). */
  charts: ChartRecord[] = [];

  constructor(
    public name: string,
    readonly sheetId: number,
  ) {}

  layers(): Array<Grid<unknown>> {
    return [this.values, this.formulas, this.notes, this.formats, this.styles, this.validations];
  }

  /** Last row / column with a value or formula (what getLastRow / getLastColumn report). */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn());
  }

  /** Applies an insert / delete / reorder to every layer and to the sheet's own range-shaped settings. */
  applyStructure(change: StructureChange): void {
    for (const layer of this.layers()) {
      switch (change.kind) {
        case 'insertRows': layer.insertRows(change.at, change.count); break;
        case 'deleteRows': layer.deleteRows(change.at, change.count); break;
        case 'insertColumns': layer.insertColumns(change.at, change.count); break;
        case 'deleteColumns': layer.deleteColumns(change.at, change.count); break;
        case 'reorderRows': layer.reorderRows(change.at, change.order); break;
      }
    }
    if (change.kind === 'insertRows') this.maxRows += change.count;
    if (change.kind === 'deleteRows') this.maxRows -= change.count;
    if (change.kind === 'insertColumns' || change.kind === 'deleteColumns') {
      const sign = change.kind === 'insertColumns' ? 1 : -1;
      this.maxColumns += sign * change.count;
      this.hiddenColumns = new Set(shiftKeys([...this.hiddenColumns].map((c) => [c, true] as const), change).map(([c]) => c));
      this.columnWidths = new Map(shiftKeys([...this.columnWidths], change));
      this.filterCriteria = new Map(shiftKeys([...this.filterCriteria], change));
    }
    for (const rule of this.cfRules) rule.boxes = rule.boxes.map((b) => adjustBox(b, change)).filter((b): b is GridBox => b !== null);
    this.cfRules = this.cfRules.filter((r) => r.boxes.length > 0);
    if (this.filter) this.filter = adjustBox(this.filter, change);
    if (!this.filter) this.filterCriteria.clear();
  }
}

function shiftKeys<V>(entries: ReadonlyArray<readonly [number, V]>, change: StructureChange): Array<[number, V]> {
  const out: Array<[number, V]> = [];
  for (const [col, v] of entries) {
    const moved = adjustBox({ row: 1, col, numRows: 1, numCols: 1 }, change);
    if (moved) out.push([moved.col, v]);
  }
  return out;
}
