import type { LayoutColumn } from '../../domain/tracker-layout';
import { validationFor } from '../../domain/tracker-validation';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';

const HEADER_BACKGROUND = '#e8eaed';
const ADD_ON_NOTE = 'Written by SCA Tracker. Edits here are overwritten or reported.';

/** Header note: the column's help (e.g. Patient: "initials only"), else what its validation accepts. */
export function headerNote(column: LayoutColumn): string {
  if (column.addOn) return column.help ? `${column.help}\n${ADD_ON_NOTE}` : ADD_ON_NOTE;
  return column.help ?? validationFor(column)?.help ?? '';
}

export function widthOf(column: LayoutColumn): number {
  if (column.kind === 'checkbox') return 110;
  if (column.kind === 'date') return 110;
  if (/notes|summary|why|flags|problems|outcome|required/i.test(column.field)) return 260;
  return 140;
}

/** Consecutive columns with the same width: one setColumnWidths call each. */
function widthRuns(columns: ReadonlyArray<{ position: number; width: number }>): Array<{ start: number; count: number; width: number }> {
  const out: Array<{ start: number; count: number; width: number }> = [];
  for (const { position, width } of [...columns].sort((a, b) => a.position - b.position)) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === position && last.width === width) last.count += 1;
    else out.push({ start: position, count: 1, width });
  }
  return out;
}

/**
 * Header looks: columns this run appended (always side by side at the right) get bold headers on a grey band
 * and a sensible width (a clinic's existing styling and widths are left alone); any of our headers without a
 * note gets its help as a note, all notes of the row written in one call; a sheet with no frozen row gets
 * its header row frozen (and a leading Case ID column on a new sheet).
 */
export function ensureHeaderLook(setup: SheetSetup, placement: ColumnPlacement, widths: (column: LayoutColumn) => number = widthOf): void {
  const { sheet, layout } = setup;
  const added = layout.flatMap((column) => {
    const position = placement.positions.get(column.field);
    return position !== undefined && placement.added.has(column.field) ? [{ position, width: widths(column) }] : [];
  });
  const first = Math.min(...added.map((a) => a.position));
  if (added.length > 0) sheet.getRange(1, first, 1, placement.width - first + 1).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  for (const run of widthRuns(added)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (placement.width > 0) {
    const notes = Array.from({ length: placement.width }, (_, i) => placement.notes[i] ?? '');
    let changed = false;
    for (const column of layout) {
      const position = placement.positions.get(column.field);
      const note = headerNote(column);
      if (position === undefined || note === '' || notes[position - 1] !== '') continue;
      notes[position - 1] = note;
      changed = true;
      if (!placement.added.has(column.field)) record(setup, 'headerNote', column.header);
    }
    if (changed) sheet.getRange(1, 1, 1, placement.width).setNotes([notes]);
  }
  if (setup.created || sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    record(setup, 'frozenHeader');
  }
  if (setup.created && placement.positions.get('caseId') === 1) sheet.setFrozenColumns(1);
}
