import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import type { CaseRecord, CaseTable } from '../ports/case-repository';
import { toCaseRecord, type RecordContext } from './case-record';
import { layoutProblems, readCaseLayout } from './case-sheet-layout';

/**
 * Every row of the Cases sheet in ONE batched read (getDataRange().getValues(), header included), plus the
 * remembered column positions: a fixed number of calls, never growing with rows. `read` is that read when
 * the caller has just made it (the daily check's ID assignment, under the same lock).
 */
export function readCaseTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, ctx: RecordContext, read?: readonly unknown[][]): CaseTable {
  const values = read ?? sheet.getDataRange().getValues();
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const records: CaseRecord[] = [];
  for (let i = 1; i < values.length; i++) records.push(toCaseRecord(values[i] ?? [], i + 1, layout, ctx));
  const ids = records.flatMap((r) => (r.case ? [{ caseId: r.case.caseId, rowNumber: r.rowNumber }] : []));
  const duplicates = duplicateIdProblems(ids);
  const withDuplicates = duplicates.size === 0 ? records : records.map((r) => {
    const problem = duplicates.get(r.rowNumber);
    return problem ? { ...r, problems: [...r.problems, problem] } : r;
  });
  return { records: withDuplicates, sheetProblems: layoutProblems(layout) };
}
