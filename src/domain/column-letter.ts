/** Spreadsheet column letters of a 1-based column. @example columnLetter(37) // 'AK' */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column of spreadsheet column letters (the inverse of columnLetter). @example columnNumber('AK') // 37 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
