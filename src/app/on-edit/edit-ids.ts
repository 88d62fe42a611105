import { caseIdKey } from '../../domain/case-id';
import { parseCaseRow } from '../../domain/parse-case-row';
import type { HistoryEntry } from '../../ports/history-log';
import { assignMissingIds } from '../cases/assign-missing-ids';
import type { TrackerServices } from '../tracker-services';
import type { EditedBlock } from './edited-block';
import type { EditStamp } from './single-cell-edit';

/**
 * Gives the edited rows that hold case data and no Case ID the next IDs (only cells blank at write time are
 * written), updates `block` and `history` with them, and returns whether any was given. The caller holds the lock.
 */
export function giveEditedRowsIds(block: EditedBlock, services: TrackerServices, history: HistoryEntry[], stamp: EditStamp, oldValue: unknown): boolean {
  if (!needsIds(block)) return false;
  const ports = { ...services, history: { append: (entries: readonly HistoryEntry[]) => history.push(...entries) } };
  if (assignMissingIds(ports, { user: stamp.user, via: 'sheet edit' }, block) === 0) return false;
  refreshIds(block);
  // The typed change was recorded before its row had an ID: give its History lines the new one.
  const idColumn = block.layout.map.columns.caseId;
  const editedRow = block.single ? block.rows[block.single.rowNumber - block.first] : undefined;
  const newId = idColumn === undefined || !editedRow ? '' : String(editedRow[idColumn] ?? '');
  // A cleared Case ID (how a duplicate is resolved) was replaced: History shows which ID it had.
  const clearedId = block.single?.field === 'caseId' && oldValue !== undefined ? String(oldValue) : '';
  history.forEach((entry, i) => {
    if (entry.caseId === '' && newId !== '') history[i] = { ...entry, caseId: newId };
    if (clearedId !== '' && entry.field === 'Case ID' && entry.caseId === newId) history[i] = { ...entry, from: clearedId };
  });
  return true;
}

/** Some edited row holds case data but no Case ID (checked in memory, so ordinary edits cost nothing more). */
export function needsIds(block: EditedBlock): boolean {
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
