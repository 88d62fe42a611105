/**
 * How the Pilot review reads in Sheets: a number format per cell kind (currency, percentage, days, counts),
 * bold titles and header rows, a grey band behind each table's header, and column widths that fit the labels.
 * Each is one batched call over the whole report grid, whatever its length.
 */
import type { ReportLayout, CellKind, RowRole } from '../domain/pilot-report';

/** Number formats by kind. '@' keeps labels as typed text; money is US dollars, as the clinics' payers pay. */
export const NUMBER_FORMATS: Readonly<Record<CellKind, string>> = {
  text: '@',
  count: '#,##0',
  percent: '0.0%',
  money: '$#,##0.00',
  days: '0.0',
};

const BOLD_ROLES: ReadonlySet<RowRole> = new Set(['title', 'section', 'header']);
/** Sheets' light grey, behind a table's header cells. */
export const HEADER_BACKGROUND = '#f1f3f4';
/** Column A holds the labels (the basis lines run on over the empty cells to their right); B… the numbers. */
export const LABEL_COLUMN_WIDTH = 330;
export const VALUE_COLUMN_WIDTH = 140;

/** Formats, weights and header bands for `report` written at `firstRow`, columns A…; and the widths. */
export function formatReport(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, report: ReportLayout): void {
  const width = report.rows[0]?.length ?? 0;
  if (report.rows.length === 0 || width === 0) return;
  const grid = sheet.getRange(firstRow, 1, report.rows.length, width);
  grid.setNumberFormats(report.kinds.map((kinds) => kinds.map((k) => NUMBER_FORMATS[k])));
  grid.setFontWeights(report.roles.map((role) => Array<'bold' | 'normal'>(width).fill(BOLD_ROLES.has(role) ? 'bold' : 'normal')));
  grid.setBackgrounds(report.rows.map((cells, i) => cells.map((cell) => (report.roles[i] === 'header' && cell !== '' ? HEADER_BACKGROUND : null))));
  sheet.setColumnWidth(1, LABEL_COLUMN_WIDTH);
  sheet.setColumnWidths(2, width - 1, VALUE_COLUMN_WIDTH);
}
