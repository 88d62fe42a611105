import type { Problem } from '../../domain/case';
import { formatProblems } from '../../domain/problems-text';
import type { EditedBlock } from './edited-block';

/**
 * Rewrites the Problems cell of every edited row from scratch (what is wrong now, not what was wrong before),
 * in one setValues over the edited block — only when some cell actually changes.
 */
export function writeRowProblems(block: EditedBlock, problemsByRow: ReadonlyMap<number, readonly Problem[]>): void {
  const column = block.layout.map.columns.problems;
  if (column === undefined) return;
  let changed = false;
  const values = block.rows.map((cells, i) => {
    const text = formatProblems(problemsByRow.get(block.first + i) ?? []);
    const now = cells[column];
    if ((now ?? '') !== text) changed = true;
    return [text];
  });
  if (changed) block.sheet.getRange(block.first, column + 1, values.length, 1).setValues(values);
}
