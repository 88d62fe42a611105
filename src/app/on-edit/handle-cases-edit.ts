import { calendarDateOf } from '../../domain/calendar-date';
import type { Problem } from '../../domain/case';
import { caseIdKey } from '../../domain/case-id';
import { parseCaseRow } from '../../domain/parse-case-row';
import type { HistoryEntry } from '../../ports/history-log';
import { LockBusyError } from '../../apps-script/lock-service-lock';
import { SHEETS } from '../../sheets/sheet-names';
import { assignMissingIds } from '../cases/assign-missing-ids';
import { trackerServices } from '../tracker-services';
import { checkDuplicateIds } from './duplicate-check';
import { readEditedBlock, type EditedBlock } from './edited-block';
import { rowRuleProblems, type RuleContext } from './edit-rules';
import { EditSources } from './edit-sources';
import { writeRowProblems } from './row-problems-writer';
import { handleSingleEdit, type EditStamp } from './single-cell-edit';

/** The parts of the onEdit event we use. */
export interface CasesEditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly value?: unknown;
  readonly oldValue?: unknown;
  readonly user?: GoogleAppsScript.Base.User;
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
 */
export function handleCasesEdit(e: CasesEditEvent): void {
  const edited = readEditedBlock(e.range, SHEETS.cases);
  if (!edited) return;
  // One cell with neither e.value nor a now-empty cell was pasted, not typed: its old value is unknown,
  // so it is handled like any paste (kept and flagged), never "put back" to a guess.
  const block = edited.single && e.value === undefined && !cellIsEmpty(edited) ? { ...edited, single: null } : edited;
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const sources = new EditSources(spreadsheet, timeZone);
  const serviceLineColumn = block.layout.map.columns.serviceLine;
  const serviceLines = sources.serviceLines(serviceLineColumn === undefined ? [] : block.rows.map((r) => r[serviceLineColumn]));
  const ctx: RuleContext = { timeZone, today: calendarDateOf(now, timeZone), serviceLines, sources };
  const stamp: EditStamp = { at: now, user: editorEmail(e) };

  const single = handleSingleEdit(block, e, ctx, stamp);
  const history: HistoryEntry[] = [...single.history];
  const services = trackerServices(serviceLines);
  if (needsIds(block) && assignIds(services, history, stamp, block)) {
    refreshIds(block);
    // The typed change was recorded before its row had an ID: give its History lines the new one.
    const idColumn = block.layout.map.columns.caseId;
    const editedRow = block.single ? block.rows[block.single.rowNumber - block.first] : undefined;
    const newId = idColumn === undefined || !editedRow ? '' : String(editedRow[idColumn] ?? '');
    // A cleared Case ID (how a duplicate is resolved) was replaced: History shows which ID it had.
    const clearedId = block.single?.field === 'caseId' && e.oldValue !== undefined ? String(e.oldValue) : '';
    history.forEach((entry, i) => {
      if (entry.caseId === '' && newId !== '') history[i] = { ...entry, caseId: newId };
      if (clearedId !== '' && entry.field === 'Case ID' && entry.caseId === newId) history[i] = { ...entry, from: clearedId };
    });
  }

  const duplicates = checkDuplicateIds(block);
  const problems = new Map<number, Problem[]>();
  let brokenPastedRows = 0;
  block.rows.forEach((cells, i) => {
    const rowNumber = block.first + i;
    const parsed = parseCaseRow(cells, block.layout.map, { timeZone, rowNumber, serviceLines });
    if (parsed.kind === 'blank') return;
    const rules = rowRuleProblems(parsed.case, ctx);
    if (!block.single && rules.length > 0) brokenPastedRows += 1;
    const reasons = block.single?.rowNumber === rowNumber ? single.reasons : [];
    const duplicate = duplicates.get(rowNumber);
    problems.set(rowNumber, [...reasons, ...parsed.problems, ...rules, ...(duplicate ? [duplicate] : [])]);
  });
  writeRowProblems(block, problems);
  services.history.append(history);

  const toast = single.toast ?? pasteSummary(brokenPastedRows);
  if (toast) spreadsheet.toast(toast, 'SCA Tracker', 10);
}

/** Assigns IDs in the block; false when another execution holds the lock (the next edit or the daily check will). */
function assignIds(services: ReturnType<typeof trackerServices>, history: HistoryEntry[], stamp: EditStamp, block: EditedBlock): boolean {
  try {
    assignMissingIds({ ...services, history: { append: (entries) => history.push(...entries) } }, { user: stamp.user, via: 'sheet edit' }, block);
    return true;
  } catch (error) {
    if (error instanceof LockBusyError) return false;
    throw error;
  }
}

function cellIsEmpty(block: EditedBlock): boolean {
  const single = block.single;
  const cell = single ? block.rows[single.rowNumber - block.first]?.[single.column] : undefined;
  return cell === '' || cell === null || cell === undefined;
}

function pasteSummary(broken: number): string | null {
  if (broken === 0) return null;
  return `${broken} pasted ${broken === 1 ? 'row breaks' : 'rows break'} a rule — see the Problems column`;
}

/** e.user's email, '' when Apps Script hides it (simple triggers for consumer accounts). */
function editorEmail(e: CasesEditEvent): string {
  try {
    return e.user?.getEmail() ?? '';
  } catch {
    return '';
  }
}

/** Some edited row holds case data but no Case ID (checked in memory, so ordinary edits cost nothing more). */
function needsIds(block: EditedBlock): boolean {
  const idColumn = block.layout.map.columns.caseId;
  if (idColumn === undefined) return false;
  return block.rows.some((cells, i) => {
    if (caseIdKey(cells[idColumn]) !== '') return false;
    return parseCaseRow(cells, block.layout.map, { timeZone: 'UTC', rowNumber: block.first + i, serviceLines: [] }).kind === 'case';
  });
}

/** Re-reads the Case ID cells of the block after IDs were assigned (one call). */
function refreshIds(block: EditedBlock): void {
  const idColumn = block.layout.map.columns.caseId;
  if (idColumn === undefined) return;
  const ids = block.sheet.getRange(block.first, idColumn + 1, block.rows.length, 1).getValues();
  block.rows.forEach((cells, i) => {
    cells[idColumn] = ids[i]?.[0] ?? '';
  });
}
