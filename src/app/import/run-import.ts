import type { ImportSummaryDto } from '../../dto/import';
import type { PlannedCase } from '../../domain/import/import-plan';
import type { HistoryLog } from '../../ports/history-log';
import type { DocumentLock } from '../../ports/document-lock';
import type { CaseIdSequence } from '../../sheets/case-id-sequence';
import { appendCaseRows, type NewCaseRow } from '../../sheets/import/case-batch-append';
import type { SheetImportLog } from '../../sheets/import/import-log-sheet';
import { SHEETS } from '../../sheets/sheet-names';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';

/** What an import writes through. */
export interface ImportPorts {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly lock: DocumentLock;
  readonly ids: CaseIdSequence;
  readonly importLog: SheetImportLog;
  readonly history: HistoryLog;
  readonly now: () => Date;
  readonly user: string;
  /** Told after each batch: rows written so far of the total. */
  readonly progress: (done: number, total: number) => void;
}

const LOCK_TIMEOUT_MS = 30_000;
const LISTED_PROBLEMS = 50;

function toNewCase(planned: PlannedCase): NewCaseRow {
  const { values, notes, problems } = planned.mapped;
  // A blank source status is a new case, as 'New case' makes one; an unreadable one stays blank (it is a problem).
  const hasStatusProblem = problems.some((p) => p.field === 'status');
  const withStatus = values.status === undefined && !hasStatusProblem ? { ...values, status: 'Identified' } : values;
  const problemText = problems.length > 0 ? `Import: ${problems.map((p) => p.message).join('; ')} — the value is kept in Notes.` : '';
  return { values: withStatus, notes, problems: problemText };
}

/**
 * Appends the planned cases not imported before (by source-row fingerprint, read under the lock so two
 * clicks cannot import twice), remembers their fingerprints, and records the counts — only counts — in History.
 */
export function runImport(ports: ImportPorts, planned: readonly PlannedCase[], sourceLabel: string): ImportSummaryDto {
  const sheet = ports.spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) throw new TrackerNotSetUpError();
  return ports.lock.withLock(LOCK_TIMEOUT_MS, () => {
    const done = ports.importLog.fingerprints();
    const fresh = planned.filter((p) => !done.has(p.fingerprint));
    const alreadyImported = planned.length - fresh.length;
    if (fresh.length === 0) return nothingNew(planned.length, sourceLabel);
    const at = ports.now();
    ports.importLog.reserve(fresh.length);
    // Each batch is remembered as soon as it is written: an import cut short (the 6-minute limit) adds only
    // the rest when run again.
    const { caseIds, firstRow } = appendCaseRows(sheet, ports.timeZone, ports.ids, fresh.map(toNewCase), (start, end, ids) => {
      ports.importLog.append(fresh.slice(start, end).map((p, i) => ({ fingerprint: p.fingerprint, caseId: ids[start + i] ?? '', source: sourceLabel, at })));
      ports.progress(end, fresh.length);
    });
    const withProblems = fresh.flatMap((p, i) => (p.mapped.problems.length > 0 ? [{ caseId: caseIds[i] ?? '', sourceRow: p.rowNumber }] : []));
    // The person lands on the first imported case when the dialog closes.
    sheet.getRange(firstRow, 1).activate();
    const first = caseIds[0] ?? null;
    const last = caseIds[caseIds.length - 1] ?? null;
    ports.history.append([
      { at, user: ports.user, caseId: '', field: 'Import', from: '', to: `${fresh.length} cases imported (${withProblems.length} with problems)`, via: 'menu' },
    ]);
    return {
      ok: true,
      imported: fresh.length,
      alreadyImported,
      problemRows: withProblems.length,
      problemCases: withProblems.slice(0, LISTED_PROBLEMS),
      firstCaseId: first,
      lastCaseId: last,
      message: summaryText(fresh.length, alreadyImported, withProblems, first, last, sourceLabel),
    };
  });
}

function nothingNew(rows: number, sourceLabel: string): ImportSummaryDto {
  return {
    ok: true,
    imported: 0,
    alreadyImported: rows,
    problemRows: 0,
    problemCases: [],
    firstCaseId: null,
    lastCaseId: null,
    message: `Nothing new to import: all ${rows} rows of ${sourceLabel} were imported before (each source row is remembered by a fingerprint of its values in the Import log sheet). Nothing was added.`,
  };
}

function summaryText(imported: number, already: number, problems: readonly { caseId: string; sourceRow: number }[], first: string | null, last: string | null, label: string): string {
  const range = first && last ? ` (${first === last ? first : `${first} to ${last}`})` : '';
  const parts = [`Imported ${imported} ${imported === 1 ? 'case' : 'cases'}${range} from ${label} into Cases.`];
  if (already > 0) parts.push(`${already} rows were imported before and were not added again.`);
  if (problems.length === 0) parts.push('No row had a problem.');
  else {
    const listed = problems.slice(0, 10).map((p) => `${p.caseId} (source row ${p.sourceRow})`).join(', ');
    const more = problems.length > 10 ? ` and ${problems.length - 10} more` : '';
    parts.push(`${problems.length} ${problems.length === 1 ? 'row had' : 'rows had'} problems — see their Problems cells; the values are kept in Notes: ${listed}${more}.`);
  }
  return parts.join(' ');
}
