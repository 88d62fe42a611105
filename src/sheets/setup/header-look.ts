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

function widthOf(column: LayoutColumn): number {
  if (column.kind === 'checkbox') return 110;
  if (column.kind === 'date') return 110;
  if (/notes|summary|why|flags|problems|outcome|required/i.test(column.field)) return 260;
  return 140;
}

/**
 * Header looks: columns this run appended get bold headers on a grey band and a sensible width (a clinic's
 * existing styling and widths are left alone); any of our headers without a note gets its help as a note;
 * a sheet with no frozen row gets its header row frozen (and a leading Case ID column on a new sheet).
 */
export function ensureHeaderLook(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet, layout } = setup;
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    if (position === undefined || !placement.added.has(column.field)) continue;
    sheet.getRange(1, position).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setColumnWidth(position, widthOf(column));
  }
  if (placement.width > 0) {
    const notes = sheet.getRange(1, 1, 1, placement.width).getNotes()[0] ?? [];
    for (const column of layout) {
      const position = placement.positions.get(column.field);
      const note = headerNote(column);
      if (position === undefined || note === '' || (notes[position - 1] ?? '') !== '') continue;
      sheet.getRange(1, position).setNote(note);
      if (!placement.added.has(column.field)) record(setup, 'headerNote', column.header);
    }
  }
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    record(setup, 'frozenHeader');
  }
  if (setup.created && placement.positions.get('caseId') === 1 && sheet.getFrozenColumns() < 1) sheet.setFrozenColumns(1);
}
