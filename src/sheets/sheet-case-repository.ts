import type { CaseField } from '../domain/case-columns';
import { MISSING_SHEET } from '../domain/tracker-gaps';
import type { AddOnCells, AssignedId, CaseRecord, CaseRepository, CaseTable, RowSpan, SaveResult, SaveRules } from '../ports/case-repository';
import type { DocumentLock } from '../ports/document-lock';
import { writeAddOnColumns, type LoadedSheet } from './add-on-cells-writer';
import { appendCase } from './case-append';
import { assignIds } from './case-id-assignment';
import type { CaseIdSequence } from './case-id-sequence';
import { toCaseRecord, type RecordContext } from './case-record';
import { locateCase, readRowCells } from './case-row-locator';
import { saveCaseRow } from './case-row-save';
import { readCaseLayout } from './case-sheet-layout';
import { readCaseTable } from './case-table-reader';
import { SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';
import { TrackerNotSetUpError } from './tracker-not-set-up-error';

/** How long a writer waits for another execution (the daily check, another user's save) to finish. */
const LOCK_TIMEOUT_MS = 10_000;

/** What the repository needs: the spreadsheet, its zone, the Service line list, the document lock, the ID sequence. */
export interface SheetCaseRepositoryDeps extends RecordContext {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly lock: DocumentLock;
  readonly ids: CaseIdSequence;
}

/** The `Cases` sheet as a CaseRepository: batched reads, rows located by Case ID at write time. */
export class SheetCaseRepository implements CaseRepository {
  /**
   * The whole sheet as the ID assignment just read it, when it wrote nothing: the next loadAll uses it
   * instead of reading Cases again (the daily check reads Cases once). Any write through this repository
   * drops it; writes never rely on it (they read what they match against right before writing).
   */
  private unchangedRead: LoadedSheet | null = null;

  /**
   * The whole sheet (and its columns) as the last loadAll read it. writeAddOnCells re-reads only the Case ID column and the
   * add-on columns against it (their header cells must be unchanged) instead of the whole sheet again.
   */
  private loaded: LoadedSheet | null = null;

  constructor(private readonly deps: SheetCaseRepositoryDeps) {}

  loadAll(): CaseTable {
    const sheet = this.sheet();
    const read = this.unchangedRead;
    this.unchangedRead = null;
    if (!sheet) {
      return { records: [], sheetProblems: [{ code: MISSING_SHEET, message: 'There is no Cases sheet; run Set up or repair tracker.' }] };
    }
    const values = read?.values ?? wholeSheetValues(sheet);
    const layout = read?.layout ?? readCaseLayout(sheet, values[0] ?? []);
    this.loaded = { values, layout };
    return readCaseTable(this.deps, values, layout);
  }

  findById(caseId: string): CaseRecord | null {
    const sheet = this.sheet();
    if (!sheet) return null;
    const layout = readCaseLayout(sheet);
    const location = locateCase(sheet, layout, caseId);
    if (location.kind === 'missing') return null;
    const rowNumber = location.kind === 'found' ? location.rowNumber : (location.rowNumbers[0] ?? 2);
    const extra =
      location.kind === 'duplicate'
        ? [{ code: 'duplicate_case_id', message: `Case ID ${caseId} is on rows ${location.rowNumbers.join(', ')}.`, column: 'Case ID' }]
        : [];
    return toCaseRecord(readRowCells(sheet, layout, rowNumber), rowNumber, layout, this.deps, extra);
  }

  writeAddOnCells(updates: readonly AddOnCells[]): void {
    this.unchangedRead = null;
    const loaded = this.loaded;
    this.loaded = null;
    const sheet = this.sheet();
    if (!sheet || updates.length === 0) return;
    writeAddOnColumns(sheet, updates, loaded ?? undefined);
  }

  save(caseId: string, basis: string, changes: Partial<Record<CaseField, unknown>>, rules: SaveRules): SaveResult {
    this.unchangedRead = null;
    this.loaded = null;
    const sheet = this.sheet();
    if (!sheet) return { ok: false, reason: 'case-not-found', message: 'There is no Cases sheet; run Set up or repair tracker.' };
    return this.deps.lock.withLock(LOCK_TIMEOUT_MS, () => saveCaseRow(sheet, readCaseLayout(sheet), this.deps, { caseId, basis, changes, rules }));
  }

  create(fields: Partial<Record<CaseField, unknown>>): CaseRecord {
    this.unchangedRead = null;
    this.loaded = null;
    const sheet = this.requireSheet();
    return this.deps.lock.withLock(LOCK_TIMEOUT_MS, () => appendCase(sheet, this.deps, this.deps.ids, fields));
  }

  assignMissingIds(rows?: RowSpan): readonly AssignedId[] {
    this.unchangedRead = null;
    this.loaded = null;
    const sheet = this.sheet();
    if (!sheet) return [];
    return this.deps.lock.withLock(LOCK_TIMEOUT_MS, () => {
      if (rows) return assignIds(sheet, this.deps.ids, rows);
      // The whole sheet in one read: the IDs come from it, and so does the next loadAll when nothing was written.
      const values = wholeSheetValues(sheet);
      const layout = readCaseLayout(sheet, values[0] ?? []);
      const assigned = assignIds(sheet, this.deps.ids, undefined, values, layout);
      if (assigned.length === 0) this.unchangedRead = { values, layout };
      return assigned;
    });
  }

  /** Looked up once per execution (a repository lives for one): each lookup is a round trip to Google. */
  private found: GoogleAppsScript.Spreadsheet.Sheet | null = null;

  private sheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    this.found ??= this.deps.spreadsheet.getSheetByName(SHEETS.cases);
    return this.found;
  }

  private requireSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.sheet();
    if (!sheet) throw new TrackerNotSetUpError();
    return sheet;
  }
}
