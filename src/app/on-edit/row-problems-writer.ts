import type { Problem } from '../../domain/case';
import { inertText } from '../../domain/inert-text';
import { formatProblems } from '../../domain/problems-text';
import type { EditedBlock } from './edited-block';

/**
 * Rewrites the Problems cell of the edited rows in `problemsByRow` from scratch (what is wrong now, not what
 * was wrong before), only when some cell changes: one setValues per run of adjacent rows to write — one call
 * for a typed cell or a whole paste. Rows left out (another case moved there) are not written. Text goes in inert.
 */
export function writeRowProblems(block: EditedBlock, problemsByRow: ReadonlyMap<number, readonly Problem[]>): void {
  const column = block.layout.map.columns.problems;
  if (column === undefined) return;
  const runs: { first: number; values: string[]; changed: boolean }[] = [];
  block.rows.forEach((cells, i) => {
    const rowNumber = block.first + i;
    const problems = problemsByRow.get(rowNumber);
    if (!problems) return;
    const text = formatProblems(problems);
    const changed = (cells[column] ?? '') !== text;
    const run = runs[runs.length - 1];
    if (run && run.first + run.values.length === rowNumber) {
      run.values.push(text);
      run.changed ||= changed;
    } else runs.push({ first: rowNumber, values: [text], changed });
  });
  for (const run of runs) {
    if (run.changed) block.sheet.getRange(run.first, column + 1, run.values.length, 1).setValues(run.values.map((t) => [inertText(t)]));
  }
}
