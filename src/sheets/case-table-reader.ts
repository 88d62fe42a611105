import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import type { CaseRecord, CaseTable } from '../ports/case-repository';
import { toCaseRecord, type RecordContext } from './case-record';
import { layoutProblems, readCaseLayout } from './case-sheet-layout';

/**
 * Every row of the Cases sheet in ONE batched read (getDataRange().getValues(), header included), plus the
 * column metadata: the number of calls depends on the number of columns, never on the number of rows.
 */
export function readCaseTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, ctx: RecordContext): CaseTable {
  const values = sheet.getDataRange().getValues();
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
