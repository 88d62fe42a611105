/**
 * JSON-safe encoding of the values a workbook holds: Dates as {"$date": ISO}, Ranges (in validation
 * criteria) as {"$range": {sheet: gid, box}}, arrays element-wise; a sparse Grid as rows of cells with
 * null for empty.
 */
import type { GridBox } from './a1-notation';
import type { WorkbookObjects } from './objects';
import { rawOf } from './expose';
import { Grid } from './grid';
import { RangeImpl } from './range';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function encodeValue(v: unknown): Json {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { $date: v.toISOString() };
  const raw = rawOf(v);
  if (raw instanceof RangeImpl) return { $range: { sheet: raw.store.sheetId, box: boxJson(raw.box) } };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v === undefined) return null;
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v as Json;
}

export function decodeValue(j: Json, ctx: WorkbookObjects): unknown {
  if (Array.isArray(j)) return j.map((x) => decodeValue(x, ctx));
  if (j === null || typeof j !== 'object') return j;
  const date = j['$date'];
  if (typeof date === 'string') return new Date(date);
  const range = j['$range'] as { sheet: number; box: GridBox } | undefined;
  if (range) {
    const store = ctx.state.sheets.find((s) => s.sheetId === range.sheet);
    if (!store) throw new Error(`Emulator: snapshot refers to a missing sheet ${range.sheet}`);
    return ctx.range(store, range.box);
  }
  return Object.fromEntries(Object.entries(j).map(([k, x]) => [k, decodeValue(x, ctx)]));
}

export function boxJson(box: GridBox): { [key: string]: Json } {
  return { row: box.row, col: box.col, numRows: box.numRows, numCols: box.numCols };
}

export function encodeGrid<T>(grid: Grid<T>, encode: (v: T) => Json): Json[][] {
  return grid.rows.map((row) => (row === undefined ? [] : row.map((v) => (v === undefined ? null : encode(v)))));
}

export function decodeGrid<T>(grid: Grid<T>, rows: unknown, decode: (j: Json) => T): void {
  grid.rows = (Array.isArray(rows) ? (rows as Json[][]) : []).map((row) =>
    row.length === 0 ? undefined : row.map((j) => (j === null ? undefined : decode(j))),
  );
}
