import type { Problem } from './case';
import { caseIdKey } from './case-id';

/** A row's Case ID and where it is. */
export interface RowId {
  readonly caseId: string;
  readonly rowNumber: number;
}

/**
 * For every row whose Case ID another row also carries, the problem to report on it (keyed by row number).
 * Duplicates are reported, never renumbered: only a person knows which row is the real case.
 * @example duplicateIdProblems([{ caseId: 'SCA-0001', rowNumber: 2 }, { caseId: 'sca-0001', rowNumber: 5 }]).size // 2
 */
export function duplicateIdProblems(rows: readonly RowId[]): Map<number, Problem> {
  const byId = new Map<string, number[]>();
  for (const row of rows) {
    const key = caseIdKey(row.caseId);
    if (key === '') continue;
    const list = byId.get(key);
    if (list) list.push(row.rowNumber);
    else byId.set(key, [row.rowNumber]);
  }
  const problems = new Map<number, Problem>();
  for (const [id, rowNumbers] of byId) {
    if (rowNumbers.length < 2) continue;
    const where = rowNumbers.join(', ');
    for (const rowNumber of rowNumbers) {
      problems.set(rowNumber, {
        code: 'duplicate_case_id',
        message: `Case ID ${id} is on rows ${where}: keep it on one row and clear the Case ID cell of the others (they get a new ID).`,
        column: 'Case ID',
      });
    }
  }
  return problems;
}
