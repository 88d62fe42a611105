import { inertText } from '../../domain/inert-text';

/** The hidden sheet remembering each imported source row: fingerprint → Case ID. */
export const IMPORT_LOG_SHEET = 'Import log';
const HEADERS = ['Source row fingerprint', 'Case ID', 'Source', 'Imported at'];

/** One remembered source row. The fingerprint is a hash of the row's values; the row's values are not stored. */
export interface ImportLogEntry {
  readonly fingerprint: string;
  readonly caseId: string;
  readonly source: string;
  readonly at: Date;
}

/**
 * The `Import log` sheet (hidden, last): one row per imported source row. Read in one call, appended in one
 * call per batch; created with its headers on first use.
 */
export class SheetImportLog {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /** Every fingerprint already imported. */
  fingerprints(): Set<string> {
    const sheet = this.spreadsheet.getSheetByName(IMPORT_LOG_SHEET);
    const last = sheet?.getLastRow() ?? 0;
    if (!sheet || last < 2) return new Set();
    return new Set(sheet.getRange(2, 1, last - 1, 1).getValues().map((r) => String(r[0] ?? '')));
  }

  append(entries: readonly ImportLogEntry[]): void {
    if (entries.length === 0) return;
    const sheet = this.sheet();
    const first = Math.max(2, sheet.getLastRow() + 1);
    const lastNeeded = first + entries.length - 1;
    if (lastNeeded > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastNeeded - sheet.getMaxRows());
    const rows = entries.map((e) => [inertText(e.fingerprint), e.caseId, inertText(e.source), e.at]);
    sheet.getRange(first, 1, rows.length, HEADERS.length).setValues(rows);
  }

  private sheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const existing = this.spreadsheet.getSheetByName(IMPORT_LOG_SHEET);
    if (existing) return existing;
    // insertSheet makes the new sheet active: hand the view back to where the person was.
    const active = this.spreadsheet.getActiveSheet();
    const sheet = this.spreadsheet.insertSheet(IMPORT_LOG_SHEET, this.spreadsheet.getNumSheets());
    sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
    sheet.hideSheet();
    active.activate();
    return sheet;
  }
}
