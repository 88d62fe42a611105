import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import type { CaseRecord, CaseTable } from '../ports/case-repository';
import { toCaseRecord, type RecordContext } from './case-record';
import { layoutProblems, type CaseSheetLayout } from './case-sheet-layout';

/**
 * Every row of the Cases sheet from ONE batched read (wholeSheetValues, header included, made by the caller)
 * and the column layout found on its header row: no call of its own, whatever the number of rows.
 */
export function readCaseTable(ctx: RecordContext, values: readonly (readonly unknown[])[], layout: CaseSheetLayout): CaseTable {
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
