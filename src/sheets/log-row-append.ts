import type { LayoutColumn } from '../domain/tracker-layout';
import type { LogSheet } from './case-context-reader';
import { needsQuote } from '../domain/inert-text';
import { isPlainTextField, TEXT_FORMAT } from '../domain/tracker-validation';
import { inertCell } from './inert-cell';
import { createLogSheet, logColumns } from './log-sheet-appender';
import { headerValues } from './sheet-values';
import { appendRows } from './append-rows';

type LogValue = string | number | Date;

/**
 * Appends rows to a log sheet, each value under its header, with appendRow: one call per row, and atomic,
 * so a row a person types into the log at the same moment is never overwritten; more rows than a batched
 * write costs go in one write below the last row. Every string is written
 * inert (inertCell): in a plain-text column ('@', e.g. Contacts' Reference #) only a leading '=' is marked,
 * so '0042' stays 0042 — the column's format is read only when a value would need the marker. The header
 * comes from `read` (the context just read it) or is read now; a missing sheet is created with its
 * headers, a missing column is added at the right.
 */
export function appendToLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  read: LogSheet | undefined,
  name: string,
  layout: readonly LayoutColumn[],
  rows: readonly Readonly<Record<string, LogValue>>[],
): void {
  if (rows.length === 0) return;
  // A sheet this execution found missing moments ago (under the lock) is created without a second lookup.
  const found = read ? read.sheet : spreadsheet.getSheetByName(name);
  const { sheet, header } = found ? { sheet: found, header: [...(read?.sheet ? read.header : headerValues(found))] } : createdOrFound(spreadsheet, name, layout);
  const columns = logColumns(sheet, header, layout);
  const width = Math.max(header.length, 1);
  const plain = new Map<number, boolean>();
  const isPlain = (index: number): boolean => {
    let known = plain.get(index);
    if (known === undefined) {
      known = sheet.getRange(2, index + 1).getNumberFormat() === TEXT_FORMAT;
      plain.set(index, known);
    }
    return known;
  };
  const lines = rows.map((row) => {
    const cells: LogValue[] = new Array<LogValue>(width).fill('');
    for (const [field, value] of Object.entries(row)) {
      const index = columns[field];
      if (index === undefined) continue;
      const candidate = typeof value === 'string' && isPlainTextField(field) && needsQuote(value);
      cells[index] = inertCell(value, candidate && isPlain(index));
    }
    return cells;
  });
  // Many lines (a save of the written terms changes up to nine cells) go in one write below the last row.
  appendRows(sheet, lines, width);
}

/** The log sheet, created with its headers; if a person made one of that name since it was found missing, theirs. */
function createdOrFound(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, layout: readonly LayoutColumn[]): { sheet: GoogleAppsScript.Spreadsheet.Sheet; header: unknown[] } {
  try {
    return { sheet: createLogSheet(spreadsheet, name, layout), header: layout.map((c) => c.header) };
  } catch (error) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw error;
    return { sheet, header: headerValues(sheet) };
  }
}
