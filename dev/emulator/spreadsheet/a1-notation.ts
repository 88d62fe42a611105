/**
 * A1 notation as Sheets reads it: 'A1', 'A1:C3', 'C:C', '2:5', 'A2:C' (open-ended), '$A$1', and an optional
 * sheet prefix ("Cases!A1", "'Plan rules'!A:A" with '' escaping a quote). Rows and columns are 1-based.
 */

/** A parsed reference; an absent bound is open (to the sheet's first/last row or column). */
export interface A1Ref {
  readonly sheetName?: string;
  readonly startRow?: number;
  readonly startCol?: number;
  readonly endRow?: number;
  readonly endCol?: number;
}

export interface GridBox {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** 'A' → 1, 'Z' → 26, 'AA' → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function splitSheet(a1: string): { sheetName?: string; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

function parsePart(part: string, a1: string): { row?: number; col?: number } {
  const m = PART.exec(part.trim());
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Range not found`);
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnIndex(m[1]);
  if (m[2]) out.row = Number(m[2]);
  if (out.row === 0) throw new Error(`Range not found: ${a1}`);
  return out;
}

/** Parses A1 notation; throws "Range not found" (Apps Script's message) when it is not a reference. */
export function parseA1(a1: string): A1Ref {
  const { sheetName, cells } = splitSheet(a1);
  const [first, second, extra] = cells.split(':');
  if (first === undefined || extra !== undefined) throw new Error('Range not found');
  const a = parsePart(first, a1);
  const b = second === undefined ? a : parsePart(second, a1);
  // 'A' alone is not a reference; 'A:A' and '2:2' are.
  if (second === undefined && (a.row === undefined || a.col === undefined)) throw new Error('Range not found');
  const ref: { -readonly [K in keyof A1Ref]: A1Ref[K] } = {};
  if (sheetName !== undefined) ref.sheetName = sheetName;
  const rows = [a.row, b.row].filter((r): r is number => r !== undefined);
  const cols = [a.col, b.col].filter((c): c is number => c !== undefined);
  if (rows.length > 0) ref.startRow = Math.min(...rows);
  if (rows.length === 2) ref.endRow = Math.max(...rows);
  if (cols.length > 0) ref.startCol = Math.min(...cols);
  if (cols.length === 2) ref.endCol = Math.max(...cols);
  // 'A2:C' means A2 to the bottom of column C; a single cell 'B3' is closed on both axes.
  if (second === undefined && a.row !== undefined && a.col !== undefined) {
    ref.endRow = a.row;
    ref.endCol = a.col;
  }
  return ref;
}

/** Resolves a parsed reference against a sheet's size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): GridBox {
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endCol = ref.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}

/** Which ends of a range A1 notation pinned; 'C:C' leaves both row ends open, 'A2:C' the end row. */
export interface Bounds {
  readonly startRow: boolean;
  readonly endRow: boolean;
  readonly startCol: boolean;
  readonly endCol: boolean;
}

export const BOUNDED: Bounds = { startRow: true, endRow: true, startCol: true, endCol: true };

export function boundsOf(ref: A1Ref): Bounds {
  return {
    startRow: ref.startRow !== undefined,
    endRow: ref.endRow !== undefined,
    startCol: ref.startCol !== undefined,
    endCol: ref.endCol !== undefined,
  };
}

/** 'B3', 'A1:C3', or for open ranges 'C:C', '2:5', 'A2:C' (as Apps Script's getA1Notation gives them). */
export function toA1(box: GridBox, bounds: Bounds = BOUNDED): string {
  const endRow = box.row + box.numRows - 1;
  const endCol = box.col + box.numCols - 1;
  const start = `${bounds.startCol ? columnLetters(box.col) : ''}${bounds.startRow ? box.row : ''}`;
  const end = `${bounds.endCol ? columnLetters(endCol) : ''}${bounds.endRow ? endRow : ''}`;
  const closed = bounds.startRow && bounds.endRow && bounds.startCol && bounds.endCol;
  if (closed && box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${end}`;
}

/** Quotes a sheet name for use in A1 notation when needed ("'Plan rules'"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
