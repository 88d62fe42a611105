/**
 * The shape of a clinic's sheet: which row holds the headers (a title row or two may sit above them),
 * and which rows below are not cases (blank rows, a total row).
 */
import { isBlankCell } from '../cell-result';
import { normaliseImportHeader } from './header-text';
import { SYNONYM_INDEX } from './header-synonyms';

/** How many top rows are searched for the header row. */
const HEADER_SEARCH_ROWS = 10;

function headerScore(row: readonly unknown[]): number {
  const texts = row.filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  if (texts.length < 2) return 0;
  const known = texts.filter((t) => SYNONYM_INDEX.has(normaliseImportHeader(t))).length;
  return known * 2 + texts.length;
}

/**
 * The 0-based index of the header row: among the first rows, the one with the most known headers and
 * text cells (a title row has one cell; a data row has dates and numbers). 0 when nothing stands out.
 * @example findHeaderRow([['Auth log 2026'], ['Client', 'Insurance', 'Auth #'], ['AB', 'Aetna', 'PA-1']]) // 1
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number {
  let best = 0;
  let bestScore = -1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const score = headerScore(row);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** What a row below the headers is: a case, nothing, or a total line. */
export type RowKind = 'data' | 'blank' | 'total';

const TOTAL = /^(grand\s+)?(totals?|sum|subtotal)\b:?/i;

/**
 * A row with no value is blank; a row whose first non-blank cell reads "Total"/"Sum" is a total row.
 * @example classifyRow(['Total', '', 42]) // 'total'
 */
export function classifyRow(row: readonly unknown[]): RowKind {
  const first = row.find((c) => !isBlankCell(c));
  if (first === undefined) return 'blank';
  return typeof first === 'string' && TOTAL.test(first.trim()) ? 'total' : 'data';
}
