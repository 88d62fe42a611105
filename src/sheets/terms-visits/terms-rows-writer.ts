import { startOfDayIn } from '../../domain/calendar-date';
import { inertText } from '../../domain/inert-text';
import type { HeaderMap } from '../../domain/header-map';
import type { TermsField, TermsLine } from '../../domain/terms-visits/terms-sheet';
import type { TermsLineDto } from '../../dto/visits';
import type { SheetBlock } from './log-sheet-block';
import { appendRows } from '../append-rows';

/**
 * Replaces the rows of `old` lines with `lines`: rows are rewritten in place (a clinic's own columns on
 * them kept), surplus old rows deleted bottom-up, extra lines appended (appendRow, or one write for many). Calls grow with the
 * case's lines only, never with the sheet's rows.
 */
export function replaceLineRows(
  block: SheetBlock,
  map: HeaderMap<TermsField>,
  timeZone: string,
  caseId: string,
  old: readonly TermsLine[],
  lines: readonly TermsLineDto[],
): void {
  const width = Math.max(1, block.values[0]?.length ?? 1);
  const rows = [...old].map((l) => l.rowNumber).sort((a, b) => a - b);
  lines.forEach((line, i) => {
    const rowNumber = rows[i];
    if (rowNumber === undefined) return;
    const cells = [...(block.values[rowNumber - 1] ?? [])];
    while (cells.length < width) cells.push('');
    fill(cells, map, timeZone, caseId, line);
    block.sheet.getRange(rowNumber, 1, 1, width).setValues([cells]);
  });
  for (const rowNumber of rows.slice(lines.length).reverse()) block.sheet.deleteRow(rowNumber);
  const extra = lines.slice(rows.length).map((line) => fill(new Array<unknown>(width).fill(''), map, timeZone, caseId, line));
  // A few lines go in one appendRow each, more in one write below the last row.
  appendRows(block.sheet, extra, width);
}

function fill(cells: unknown[], map: HeaderMap<TermsField>, timeZone: string, caseId: string, line: TermsLineDto): unknown[] {
  const put = (field: TermsField, value: unknown): void => {
    const index = map.columns[field];
    if (index !== undefined) cells[index] = value;
  };
  put('caseId', caseId);
  put('code', inertText(line.code));
  put('modifier', inertText(line.modifier));
  put('units', line.units);
  put('per', line.per);
  put('rate', line.rate ?? '');
  put('start', startOfDayIn(line.start, timeZone));
  put('end', startOfDayIn(line.end, timeZone));
  put('note', inertText(line.note));
  return cells;
}
