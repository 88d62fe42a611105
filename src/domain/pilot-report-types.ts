/** The Pilot review grid's cell, kind, row and chart types, shared by the layout and its sections. */

/** A cell of the Pilot review sheet. */
export type ReportCell = string | number;

/** How a cell reads: the adapter turns each kind into a number format (money as currency, shares as percent). */
export type CellKind = 'text' | 'count' | 'percent' | 'money' | 'days';

/** What a row is: the report's title, a section title, a table's header row, a table row, or a line of prose. */
export type RowRole = 'title' | 'section' | 'header' | 'row' | 'note';

/** A table the adapter charts: its rows in the grid (0-based, header row included) and the columns plotted. */
export interface ReportChart {
  readonly title: string;
  readonly type: 'column' | 'pie' | 'bar';
  readonly firstRow: number;
  readonly rowCount: number;
  /** 0-based grid columns: the first gives the labels, the others one series each (their header names it). */
  readonly columns: readonly number[];
}

/** Shown for a value with nothing to measure (a rate of no cases). */
export const NOT_AVAILABLE = 'n/a';
