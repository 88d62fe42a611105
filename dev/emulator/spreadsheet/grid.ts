/**
 * A sparse 2-D layer of one cell attribute (values, formulas, notes, formats, validation, ...), stored as
 * rows of plain arrays so a 20,000 × 40 read is a tight loop, and every layer moves the same way on
 * row/column inserts, deletes and sorts. Public indices are 1-based like Sheets.
 */
export class Grid<T> {
  /** rows[r - 1][c - 1]; a missing row or cell is empty. */
  rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  set(row: number, col: number, value: T | undefined): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      if (value === undefined) return;
      while (this.rows.length < row - 1) this.rows.push(undefined);
      r = [];
      this.rows[row - 1] = r;
    }
    if (value === undefined && col > r.length) return;
    while (r.length < col - 1) r.push(undefined);
    r[col - 1] = value;
  }

  /** A rows × cols copy, `empty` where nothing is stored; `copy` clones mutable cells (Dates). */
  read<E>(row: number, col: number, numRows: number, numCols: number, empty: E, copy?: (v: T) => T): Array<Array<T | E>> {
    const out: Array<Array<T | E>> = new Array<Array<T | E>>(numRows);
    for (let i = 0; i < numRows; i++) {
      const src = this.rows[row - 1 + i];
      if (src === undefined || src.length < col) {
        out[i] = new Array<T | E>(numCols).fill(empty);
        continue;
      }
      // slice + one fix-up pass is several times faster than building the row cell by cell.
      const line: Array<T | E | undefined> = src.slice(col - 1, col - 1 + numCols);
      while (line.length < numCols) line.push(undefined);
      for (let j = 0; j < numCols; j++) {
        const v = line[j];
        if (v === undefined) line[j] = empty;
        else if (copy) line[j] = copy(v as T);
      }
      out[i] = line as Array<T | E>;
    }
    return out;
  }

  /** Writes a block; `undefined` entries clear. */
  write(row: number, col: number, values: ReadonlyArray<ReadonlyArray<T | undefined>>): void {
    values.forEach((line, i) => line.forEach((v, j) => this.set(row + i, col + j, v)));
  }

  fill(row: number, col: number, numRows: number, numCols: number, value: T | undefined): void {
    for (let i = 0; i < numRows; i++) {
      if (value === undefined && this.rows[row - 1 + i] === undefined) continue;
      for (let j = 0; j < numCols; j++) this.set(row + i, col + j, value);
    }
  }

  insertRows(at: number, count: number): void {
    if (at - 1 > this.rows.length) return;
    this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
  }

  insertColumns(at: number, count: number): void {
    for (const r of this.rows) if (r !== undefined && r.length >= at - 1) r.splice(at - 1, 0, ...new Array<undefined>(count));
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.rows) if (r !== undefined) r.splice(at - 1, count);
  }

  /** Rearranges rows start.. so that new row start+i is old row start+order[i]. */
  reorderRows(start: number, order: readonly number[]): void {
    const old = order.map((_, i) => this.rows[start - 1 + i]);
    order.forEach((from, i) => {
      while (this.rows.length < start - 1 + i) this.rows.push(undefined);
      this.rows[start - 1 + i] = old[from];
    });
  }

  /** Rearranges the cells of columns col..col+numCols-1 only (a range sort), rows start.. by `order`. */
  reorderCells(start: number, col: number, numCols: number, order: readonly number[]): void {
    const old = order.map((_, i) => {
      const r = this.rows[start - 1 + i];
      return Array.from({ length: numCols }, (_u, j) => r?.[col - 1 + j]);
    });
    order.forEach((from, i) => old[from]?.forEach((v, j) => this.set(start + i, col + j, v)));
  }

  /** 1-based index of the last row holding anything (0 when empty). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.some((v) => v !== undefined)) return i + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (r === undefined) continue;
      for (let j = r.length - 1; j >= last; j--) if (r[j] !== undefined) { last = j + 1; break; }
    }
    return last;
  }

  /** Every stored cell as [row, col, value]. */
  *entries(): Generator<[number, number, T]> {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (r === undefined) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v !== undefined) yield [i + 1, j + 1, v];
      }
    }
  }

  clear(): void {
    this.rows = [];
  }
}
