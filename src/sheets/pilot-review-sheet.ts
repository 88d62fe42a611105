import { startOfDayIn, type IsoDate } from '../domain/calendar-date';
import { inertText } from '../domain/inert-text';
import type { ParameterCells, PilotReviewOutput, PilotReviewPage } from '../ports/pilot-review-page';
import { replaceReportCharts } from './pilot-review-charts';
import { formatReport } from './pilot-review-format';
import { SHEETS } from './sheet-names';
import { ensureRows } from './sheet-room';

const PARAMETER_HEADERS = ['From', 'To', 'Payer', 'Service line'];
const HINT = 'Edit row 2 (blank Payer or Service line = all), then choose Pilot review again to refresh the report.';
/** The report grid starts here; rows 1–3 are the manager's parameter block, row 4 is air. */
export const REPORT_FIRST_ROW = 5;
/** The parameter block's width (From, To, Payer, Service line). */
const WIDTH = 4;
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The `Pilot review` sheet: parameters in rows 1–3 (headers, values, a hint), the report from row 5 in
 * columns A–F (formatted: currency, percentages, bold headers), charts to the right. A refresh clears only
 * the old report below row 4 (values and formats) and never rewrites a parameter the manager typed. Calls do
 * not depend on the number of cases.
 */
export class SheetPilotReviewPage implements PilotReviewPage {
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly timeZone: string,
  ) {}

  readParameters(): ParameterCells | null {
    this.sheet = this.spreadsheet.getSheetByName(SHEETS.pilotReview);
    if (!this.sheet) return null;
    const values = this.sheet.getRange(2, 1, 1, WIDTH).getValues()[0] ?? [];
    return { from: values[0] ?? '', to: values[1] ?? '', payer: values[2] ?? '', serviceLine: values[3] ?? '' };
  }

  show(output: PilotReviewOutput): void {
    const sheet = this.sheet ?? this.spreadsheet.getSheetByName(SHEETS.pilotReview) ?? this.spreadsheet.insertSheet(SHEETS.pilotReview);
    this.sheet = sheet;
    this.writeParameterBlock(sheet, output);
    const { rows, charts } = output.report;
    const width = rows[0]?.length ?? WIDTH;
    const last = sheet.getLastRow();
    // clear() takes the old report's formats too, so a shorter report leaves no bold or % behind.
    if (last >= REPORT_FIRST_ROW) sheet.getRange(REPORT_FIRST_ROW, 1, last - REPORT_FIRST_ROW + 1, width).clear();
    ensureRows(sheet, REPORT_FIRST_ROW + rows.length - 1);
    // Payers and denial reasons are people's text: written inert, so '=…' or '2026-01-01' stays the label it was.
    if (rows.length > 0) sheet.getRange(REPORT_FIRST_ROW, 1, rows.length, width).setValues(rows.map((r) => r.map((cell) => inertText(cell))));
    formatReport(sheet, REPORT_FIRST_ROW, output.report);
    replaceReportCharts(sheet, REPORT_FIRST_ROW, charts, width);
  }

  /** Headers, hint, validation and any defaulted dates; the manager's own values are left as typed. */
  private writeParameterBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, output: PilotReviewOutput): void {
    sheet.getRange(1, 1, 1, WIDTH).setValues([PARAMETER_HEADERS]).setFontWeight('bold');
    sheet.getRange(3, 1).setValue(HINT);
    const dates = sheet.getRange(2, 1, 1, 2);
    dates.setNumberFormat(DATE_FORMAT);
    dates.setDataValidation(
      SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText('A date, like 2026-01-31.').build(),
    );
    this.setChoices(sheet.getRange(2, 3), output.choices.payers, 'One payer from Cases, or blank for all payers.');
    this.setChoices(sheet.getRange(2, 4), output.choices.serviceLines, 'One service line from Cases, or blank for all.');
    if (output.filled.from) sheet.getRange(2, 1).setValue(this.dateCell(output.filled.from));
    if (output.filled.to) sheet.getRange(2, 2).setValue(this.dateCell(output.filled.to));
  }

  /** A dropdown of the values present in Cases; a value outside it is allowed with a warning (the list changes). */
  private setChoices(cell: GoogleAppsScript.Spreadsheet.Range, values: readonly string[], help: string): void {
    if (values.length === 0) {
      cell.clearDataValidations();
      return;
    }
    cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList([...values], true).setAllowInvalid(true).setHelpText(help).build());
  }

  /** Midnight of the date in the spreadsheet's zone, so the cell shows exactly that calendar date. */
  private dateCell(iso: IsoDate): Date {
    return startOfDayIn(iso, this.timeZone);
  }
}
