import type { CellInput } from './case-cell-values';

/** A cell to write in a row: 0-based column and value. */
export interface CellWrite {
  readonly column: number;
  readonly value: CellInput;
}

/** Groups writes into runs of adjacent columns, so each run is one setValues. */
export function contiguousRuns(writes: readonly CellWrite[]): { column: number; values: CellInput[] }[] {
  const sorted = [...writes].sort((a, b) => a.column - b.column);
  const runs: { column: number; values: CellInput[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.values.length === w.column) last.values.push(w.value);
    else runs.push({ column: w.column, values: [w.value] });
  }
  return runs;
}

/** Writes one row's cells, one setValues per run of adjacent columns. */
export function writeRowCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowNumber: number, writes: readonly CellWrite[]): void {
  for (const run of contiguousRuns(writes)) sheet.getRange(rowNumber, run.column + 1, 1, run.values.length).setValues([run.values]);
}

/** A cell that holds nothing a person typed: '', null, an unticked checkbox. */
export function isEmptyCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined || cell === false || (typeof cell === 'string' && (cell.trim() === '' || cell.trim().toUpperCase() === 'FALSE'));
}
