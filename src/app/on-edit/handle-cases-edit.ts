import { calendarDateOf } from '../../domain/calendar-date';
import type { Problem } from '../../domain/case';
import { caseIdKey } from '../../domain/case-id';
import { parseCaseRow } from '../../domain/parse-case-row';
import type { HistoryEntry } from '../../ports/history-log';
import { LockBusyError } from '../../apps-script/lock-service-lock';
import { SHEETS } from '../../sheets/sheet-names';
import { trackerServices } from '../tracker-services';
import { duplicateIdProblems } from '../../domain/duplicate-case-ids';
import { readCaseIdColumn } from '../../sheets/case-row-locator';
import { CASE_ID_PASTED } from './case-id-edit';
import { checkDuplicateIds } from './duplicate-check';
import { giveEditedRowsIds, needsIds } from './edit-ids';
import { editStillThere, rowsWithAnotherCase } from './edit-still-there';
import { readEditedBlock, rereadBlock, touchesOnlyUnwatched, type CaseLayoutOf, type EditedBlock, type EditedRowsSeen } from './edited-block';
import { rowRuleProblems, type RuleContext } from './edit-rules';
import { EditSources } from './edit-sources';
import { writeRowProblems } from './row-problems-writer';
import { handleSingleEdit, type EditStamp, type SingleEditOutcome } from './single-cell-edit';

/** The parts of the onEdit event we use. */
export interface CasesEditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly value?: unknown;
  readonly oldValue?: unknown;
  readonly user?: GoogleAppsScript.Base.User;
  /** The Cases layout when this execution has it (onEdit shares one read between its handlers). */
  readonly caseLayout?: CaseLayoutOf;
  /** Where the rows read are left for the next handler of the same edit. */
  readonly seen?: EditedRowsSeen;
}

/**
 * A hand edit on the Cases sheet. Works on the edited rows only (plus, on demand, Plan rules, In-network
 * search and Settings), so it costs the same on 50 rows as on 5,000.
 *
 * - ONE CELL typed into Status or a packet box: the domain decides. A change that breaks a rule is PUT BACK
 *   to e.oldValue, explained in a toast and in the row's Problems; an allowed one is kept, its effects are
 *   written into empty cells only, and all of it goes to History.
 * - A PASTE (or any multi-cell edit) has no e.oldValue, so nothing can be put back safely: the pasted values
 *   are KEPT; each pasted row is checked against the row rules, what breaks a rule is written to that row's
 *   Problems cell, and a toast summarises ("2 pasted rows break a rule — see the Problems column").
 *   Status changes made by a paste are not in History (their old values are unknown).
 * - Every edited row gets a Case ID if it has case data and none, and its Problems cell is rewritten from
 *   scratch: bad cells (reported, never "corrected"), row rules, duplicate IDs, a put-back reason.
 * - A typed Case ID is put back (IDs are the add-on's), except clearing a duplicate; a pasted one is reported.
 * - An edit of cells no rule looks at (Notes, a clinic's own column) is not checked: only a row with case data
 *   and no Case ID is taken on, to get its ID. Such an edit costs the header and row reads, no lock.
 * - The event is LATE (seconds after the edit, after a possible sort or another edit): every write happens
 *   under the document lock after the rows are read again; nothing is written when the typed cell no longer
 *   holds what was typed or its row holds another case, nor for rows whose Case ID is on several rows.
 */
export function handleCasesEdit(e: CasesEditEvent): void {
  const edited = readEditedBlock(e.range, SHEETS.cases, e.caseLayout);
  if (!edited) return;
  if (e.seen) e.seen.block = edited;
  // Notes or a user's own column: nothing to check, nothing derived; only a row with case data and no ID needs us.
  if (touchesOnlyUnwatched(edited) && !needsIds(edited)) return;
  // One cell with neither e.value nor a now-empty cell was pasted, not typed: its old value is unknown,
  // so it is handled like any paste (kept and flagged), never "put back" to a guess.
  const block = edited.single && e.value === undefined && !cellIsEmpty(edited) ? { ...edited, single: null } : edited;
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const toast = (text: string | null): void => {
    if (text) spreadsheet.toast(text, 'SCA Tracker', 10);
  };
  // The event is seconds old: if the cell no longer holds what was typed, its coordinates show another row now.
  if (!editStillThere(block, e.value, timeZone)) return toast(staleEditToast(block));
  const serviceLineColumn = block.layout.map.columns.serviceLine;
  const serviceLines = new EditSources(spreadsheet, timeZone).serviceLines(serviceLineColumn === undefined ? [] : block.rows.map((r) => r[serviceLineColumn]));
  const services = trackerServices(serviceLines, spreadsheet);
  try {
    toast(services.lock.withLock(LOCK_TIMEOUT_MS, () => checkAndWrite(e, block, { spreadsheet, timeZone, serviceLines, services })));
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    toast(BUSY_TOAST);
  }
}

/** How long an edit waits for another execution (the daily check, a save) before leaving the check to the daily run. */
const LOCK_TIMEOUT_MS = 10_000;

const BUSY_TOAST = 'Your edit was kept but not checked: the tracker was busy with another update. The daily check will report anything that breaks a rule.';

function staleEditToast(block: EditedBlock): string {
  const single = block.single;
  const what = single?.field ? block.layout.map.headers[single.field] : 'cell';
  return `Your edit of ${what} in row ${single?.rowNumber ?? block.first} could not be checked or put back: the rows moved or the cell changed before the check ran, so nothing was written. Check the case by hand; the daily check will report anything that breaks a rule.`;
}

interface EditContext {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly serviceLines: readonly string[];
  readonly services: ReturnType<typeof trackerServices>;
}

/**
 * Under the document lock: the edited rows are read again, and nothing is written for a row that holds another
 * case than when the edit was first read (or whose Case ID is on several rows), nor at all when the typed cell
 * no longer holds what was typed. Returns the toast to show.
 */
function checkAndWrite(e: CasesEditEvent, basis: EditedBlock, edit: EditContext): string | null {
  const { spreadsheet, timeZone, serviceLines, services } = edit;
  const block = rereadBlock(basis);
  if (e.seen) e.seen.block = block;
  const moved = rowsWithAnotherCase(basis, block);
  if (block.single && (moved.has(block.single.rowNumber) || !editStillThere(block, e.value, timeZone))) return staleEditToast(block);
  const now = new Date();
  const ctx: RuleContext = { timeZone, today: calendarDateOf(now, timeZone), serviceLines, sources: new EditSources(spreadsheet, timeZone) };
  const stamp: EditStamp = { at: now, user: editorEmail(e) };

  const idColumn = readIdColumn(block);
  const duplicatesBefore = duplicateRows(idColumn);
  const singleRow = block.single?.rowNumber;
  const singleBlocked = singleRow !== undefined && duplicatesBefore.has(singleRow) && block.single?.field !== 'caseId';
  const elsewhere = (id: string): number => idColumn.filter((cell, i) => i + 2 !== singleRow && caseIdKey(cell) === id).length;
  const single = singleBlocked ? NONE : handleSingleEdit(block, e, ctx, stamp, elsewhere);
  const history: HistoryEntry[] = [...single.history];
  const assigned = giveEditedRowsIds(block, services, history, stamp, e.oldValue);
  // The ID column read above still holds unless an ID was given or a typed ID put back.
  const duplicates = checkDuplicateIds(block, assigned || block.single?.field === 'caseId' ? undefined : idColumn);
  const pastedIds = pastedOverIds(block);
  const problems = new Map<number, Problem[]>();
  let brokenPastedRows = 0;
  block.rows.forEach((cells, i) => {
    const rowNumber = block.first + i;
    if (moved.has(rowNumber)) return;
    const parsed = parseCaseRow(cells, block.layout.map, { timeZone, rowNumber, serviceLines });
    if (parsed.kind === 'blank') {
      problems.set(rowNumber, []);
      return;
    }
    const rules = rowRuleProblems(parsed.case, ctx);
    if (!block.single && rules.length > 0) brokenPastedRows += 1;
    const reasons = block.single?.rowNumber === rowNumber ? single.reasons : [];
    const duplicate = duplicates.get(rowNumber);
    const pasted = pastedIds ? [CASE_ID_PASTED] : [];
    problems.set(rowNumber, [...reasons, ...pasted, ...parsed.problems, ...rules, ...(duplicate ? [duplicate] : [])]);
  });
  writeRowProblems(block, problems);
  services.history.append(history);
  if (singleBlocked) return duplicateToast(block, duplicatesBefore);
  return single.toast ?? pasteSummary(brokenPastedRows, moved.size);
}

const NONE: SingleEditOutcome = { history: [], reasons: [], toast: null };

/** The Case ID column now (one call), for duplicates and for a cleared ID's other rows. */
function readIdColumn(block: EditedBlock): unknown[] {
  return readCaseIdColumn(block.sheet, block.layout);
}

function duplicateRows(idColumn: readonly unknown[]): Map<number, Problem> {
  return duplicateIdProblems(idColumn.map((cell, i) => ({ caseId: typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '', rowNumber: i + 2 })));
}

function duplicateToast(block: EditedBlock, duplicates: ReadonlyMap<number, Problem>): string {
  const single = block.single;
  const what = single?.field ? block.layout.map.headers[single.field] : 'cell';
  const problem = single ? duplicates.get(single.rowNumber) : undefined;
  return `Your edit of ${what} in row ${single?.rowNumber ?? block.first} was not checked or put back: ${problem?.message ?? ''}`;
}

/** A paste (or multi-cell edit) that covered the Case ID column: every pasted row's ID may be someone else's. */
function pastedOverIds(block: EditedBlock): boolean {
  const column = block.layout.map.columns.caseId;
  return !block.single && column !== undefined && block.columns.first <= column && column <= block.columns.last;
}

function cellIsEmpty(block: EditedBlock): boolean {
  const single = block.single;
  const cell = single ? block.rows[single.rowNumber - block.first]?.[single.column] : undefined;
  return cell === '' || cell === null || cell === undefined;
}

function pasteSummary(broken: number, moved: number): string | null {
  const parts: string[] = [];
  if (broken > 0) parts.push(`${broken} pasted ${broken === 1 ? 'row breaks' : 'rows break'} a rule — see the Problems column`);
  if (moved > 0) parts.push(`${moved} edited ${moved === 1 ? 'row' : 'rows'} moved before the check ran and ${moved === 1 ? 'was' : 'were'} not checked (the daily check will)`);
  return parts.length > 0 ? parts.join('. ') : null;
}

/** e.user's email, '' when Apps Script hides it (simple triggers for consumer accounts). */
function editorEmail(e: CasesEditEvent): string {
  try {
    return e.user?.getEmail() ?? '';
  } catch {
    return '';
  }
}
