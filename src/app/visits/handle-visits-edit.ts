import { LockBusyError } from '../../apps-script/lock-service-lock';
import { calendarDateOf } from '../../domain/calendar-date';
import type { CaseField } from '../../domain/case-columns';
import { readCaseLayout, type CaseSheetLayout } from '../../sheets/case-sheet-layout';
import { SHEETS } from '../../sheets/sheet-names';
import { isBlankCell } from '../../domain/cell-parsers';
import type { EditedRowsSeen } from '../on-edit/edited-block';
import { SUMMARY_FIELDS } from './keep-terms-and-visits';
import { keepUnderLock } from './keep-under-lock';

/** The parts of the onEdit event used here. */
export interface LogEditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The Cases layout when this execution has it already (read now otherwise). */
  readonly caseLayout?: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => CaseSheetLayout;
  /** The edited Cases rows when this execution has read them already. */
  readonly seen?: EditedRowsSeen;
}

const KEPT_FIELDS: readonly CaseField[] = [...SUMMARY_FIELDS, 'unitsUsed'];
/** Cases columns the visit check reads: an edit there re-checks the visits (when there are any). */
const CHECKED_FIELDS: readonly CaseField[] = ['caseId', 'status', 'writtenConfirmationOn', 'payer'];

/**
 * A hand edit or paste on Visits or Terms re-checks the visits against the terms (all of them: a paste or
 * a cleared row does not say which case it belonged to before) and keeps what the add-on writes; a toast
 * counts the results of the edited visits. On Cases, a hand edit of a kept cell (Units used of a case with
 * visits, the summary columns of a case with lines) is put back with the reason, and an edit of what the
 * check reads (Case ID, Status, Written confirmation on, Payer) re-checks the visits.
 */
export function handleTermsVisitsEdit(e: LogEditEvent): void {
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (e.range.getLastRow() < 2) return;
  if (name === SHEETS.visits || name === SHEETS.terms) keepAfterLogEdit(e, name === SHEETS.visits);
  else if (name === SHEETS.cases) guardKeptCells(e, sheet);
}

function keepAfterLogEdit(e: LogEditEvent, isVisits: boolean): void {
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const kept = keepOrSay(spreadsheet);
  if (!kept || !isVisits) return;
  const first = e.range.getRow();
  const last = e.range.getLastRow();
  const counts = { ok: 0, warning: 0, refused: 0 };
  for (const [row, r] of kept.run.rows) if (row >= first && row <= last) counts[r.result] += 1;
  if (counts.warning + counts.refused === 0) return;
  spreadsheet.toast(`Visits checked: ${counts.ok} ok, ${counts.warning} warning, ${counts.refused} refused — see Check result and Reason.`, 'SCA Tracker', 10);
}

function guardKeptCells(e: LogEditEvent, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const layout = (e.caseLayout ?? readCaseLayout)(sheet);
  const left = e.range.getColumn() - 1;
  const right = e.range.getLastColumn() - 1;
  const inEdit = (f: CaseField): boolean => {
    const column = layout.map.columns[f];
    return column !== undefined && column >= left && column <= right;
  };
  const touched = KEPT_FIELDS.filter(inEdit);
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  // Terms lines are filed by Case ID: only a Case ID edit can move them to another case; the rest reaches visits only.
  const logs = inEdit('caseId') ? [SHEETS.visits, SHEETS.terms] : [SHEETS.visits];
  const checked = CHECKED_FIELDS.filter(inEdit);
  if (touched.length === 0 && !(checked.length > 0 && !statusOnlyWithoutConfirmation(checked, layout, e) && hasLogRows(spreadsheet, logs))) return;
  const kept = keepOrSay(spreadsheet);
  if (!kept) return;
  const first = e.range.getRow();
  const last = e.range.getLastRow();
  const putBack = kept.caseChanges.filter((c) => touched.includes(c.field) && c.rowNumber >= first && c.rowNumber <= last);
  if (putBack.length === 0) return;
  const lines = putBack.slice(0, 3).map((c) => {
    const why = c.field === 'unitsUsed' ? 'counted from its accepted visits on the Visits sheet' : 'the summary of its lines on the Terms sheet';
    return `${layout.map.headers[c.field]} of ${c.caseId} is kept by the add-on (${why}): put back to ${shown(c.to, spreadsheet.getSpreadsheetTimeZone())}.`;
  });
  const more = putBack.length > 3 ? ` And ${putBack.length - 3} more.` : '';
  spreadsheet.toast(`${lines.join(' ')}${more}`, 'SCA Tracker', 10);
}

/**
 * A Status edit of rows whose Written confirmation on is empty changes no visit's result: without written
 * confirmation every visit of the case is refused for that, whatever its status (checkCaseVisits), so the
 * visits need no look. Known only from the rows this edit's check read (the whole edited block).
 */
function statusOnlyWithoutConfirmation(checked: readonly CaseField[], layout: CaseSheetLayout, e: LogEditEvent): boolean {
  const block = e.seen?.block;
  const column = layout.map.columns.writtenConfirmationOn;
  if (checked.length !== 1 || checked[0] !== 'status' || !block || column === undefined) return false;
  if (block.first !== e.range.getRow() || block.last !== e.range.getLastRow()) return false;
  return block.rows.every((cells) => isBlankCell(cells[column]));
}

/** Some row exists on one of `names` (two cheap calls per sheet): only then can a Cases edit change a result. */
function hasLogRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[]): boolean {
  return names.some((name) => (spreadsheet.getSheetByName(name)?.getLastRow() ?? 0) > 1);
}

function keepOrSay(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ReturnType<typeof keepUnderLock>['outcome'] | null {
  try {
    return keepUnderLock(() => undefined).outcome;
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    spreadsheet.toast('The tracker is busy; visits will be checked again at the next edit or the daily check.', 'SCA Tracker', 10);
    return null;
  }
}

function shown(value: unknown, timeZone: string): string {
  if (value instanceof Date) return calendarDateOf(value, timeZone);
  return value === '' ? 'empty' : String(value);
}
