import type { Problem } from '../../domain/case';
import { duplicateIdProblems } from '../../domain/duplicate-case-ids';
import { inertText } from '../../domain/inert-text';
import { readCaseIdColumn } from '../../sheets/case-row-locator';
import type { EditedBlock } from './edited-block';

/**
 * Duplicate-ID problems: for the edited rows (returned, rewritten with the rest of their problems) and for
 * the other rows carrying the same ID, outside the block — their Problems cell gets the line added if it is
 * not there yet (a cell or two, not a re-check of those rows). Reads the Case ID column once, unless the caller
 * just read it under the same lock (`idColumn`).
 */
export function checkDuplicateIds(block: EditedBlock, idColumn?: readonly unknown[]): Map<number, Problem> {
  const ids = idColumn ?? readCaseIdColumn(block.sheet, block.layout);
  const rows = ids.map((cell, i) => ({ caseId: typeof cell === 'string' ? cell : String(cell ?? ''), rowNumber: i + 2 }));
  const all = duplicateIdProblems(rows);
  const mine = new Map<number, Problem>();
  const problemsColumn = block.layout.map.columns.problems;
  for (const [row, problem] of all) {
    const inBlock = row >= block.first && row <= block.last;
    if (inBlock) mine.set(row, problem);
  }
  if (problemsColumn === undefined || mine.size === 0) return mine;
  const partners = new Set<number>();
  for (const [row, problem] of all) {
    const inBlock = row >= block.first && row <= block.last;
    if (!inBlock && [...mine.values()].some((p) => p.message === problem.message)) partners.add(row);
  }
  for (const row of partners) {
    const cell = block.sheet.getRange(row, problemsColumn + 1);
    const text = String(cell.getValue() ?? '');
    const line = all.get(row)?.message ?? '';
    if (line !== '' && !text.split('\n').includes(line)) cell.setValue(inertText(text === '' ? line : `${text}\n${line}`));
  }
  return mine;
}
