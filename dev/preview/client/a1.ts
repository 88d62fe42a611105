/** A1 notation for the grid: 0-based row/column to "B7". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
