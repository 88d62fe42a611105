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
 * The `Import log` sheet (hidden, last): one row per imported source row. Read in one call; `reserve` grows
 * it once for an import, then each batch is one getRange + setValues. Created with its headers on first use.
 */
export class SheetImportLog {
  private target: { sheet: GoogleAppsScript.Spreadsheet.Sheet; nextRow: number; maxRows: number } | null = null;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /** Every fingerprint already imported. */
  fingerprints(): Set<string> {
    const sheet = this.spreadsheet.getSheetByName(IMPORT_LOG_SHEET);
    const last = sheet?.getLastRow() ?? 0;
    if (!sheet || last < 2) return new Set();
    return new Set(sheet.getRange(2, 1, last - 1, 1).getValues().map((r) => String(r[0] ?? '')));
  }

  /** Makes room for `count` more entries (one insertRowsAfter at most). */
  reserve(count: number): void {
    const target = this.open();
    const needed = target.nextRow + count - 1;
    if (needed > target.maxRows) {
      target.sheet.insertRowsAfter(target.maxRows, needed - target.maxRows);
      target.maxRows = needed;
    }
  }

  append(entries: readonly ImportLogEntry[]): void {
    if (entries.length === 0) return;
    this.reserve(entries.length);
    const target = this.open();
    const rows = entries.map((e) => [inertText(e.fingerprint), e.caseId, inertText(e.source), e.at]);
    target.sheet.getRange(target.nextRow, 1, rows.length, HEADERS.length).setValues(rows);
    target.nextRow += rows.length;
  }

  private open(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; nextRow: number; maxRows: number } {
    if (!this.target) {
      const sheet = this.spreadsheet.getSheetByName(IMPORT_LOG_SHEET) ?? this.create();
      this.target = { sheet, nextRow: Math.max(2, sheet.getLastRow() + 1), maxRows: sheet.getMaxRows() };
    }
    return this.target;
  }

  private create(): GoogleAppsScript.Spreadsheet.Sheet {
    // insertSheet makes the new sheet active: hand the view back to where the person was.
    const active = this.spreadsheet.getActiveSheet();
    const sheet = this.spreadsheet.insertSheet(IMPORT_LOG_SHEET, this.spreadsheet.getNumSheets());
    sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
    sheet.hideSheet();
    active.activate();
    return sheet;
  }
}
