import type { LayoutColumn } from '../../domain/tracker-layout';
import { colourLegendText } from '../../domain/tracker-row-colours';
import { validationFor } from '../../domain/tracker-validation';
import { headerRange, record, type ColumnPlacement, type SheetSetup } from './setup-context';

const HEADER_BACKGROUND = '#e8eaed';
const ADD_ON_NOTE = 'Written by SCA Tracker. Edits here are overwritten or reported.';

/**
 * Header note: the column's help (e.g. Patient: "initials only"), else what its validation accepts. The Cases
 * Flags note carries the colour key, so the row colours are explained on the sheet itself.
 */
export function headerNote(column: LayoutColumn): string {
  const help = column.field === 'flags' && column.help ? `${column.help}\n\n${colourLegendText()}` : column.help;
  if (column.addOn) return help ? `${help}\n${ADD_ON_NOTE}` : ADD_ON_NOTE;
  return column.help ?? validationFor(column)?.help ?? '';
}

/**
 * Cases' first screen (Case ID, Patient, Payer, Owner, Status, Flags, Problems, Next follow-up) fits a laptop's
 * ~1,300 px of grid: narrow ID and initials, room for the Flags' first line.
 */
const CASES_WIDTHS: Readonly<Record<string, number>> = { caseId: 90, patient: 80, payer: 170, owner: 170, status: 155, flags: 300, problems: 180, nextFollowUp: 120 };

/** Widths of Cases columns: the first screen's, else as any column. */
export function caseWidthOf(column: LayoutColumn): number {
  return CASES_WIDTHS[column.field] ?? widthOf(column);
}

/** Settings reads as a form: the longest label ("Send digest when nothing is due") and value in full, room for the explanation. */
const SETTINGS_WIDTHS: Readonly<Record<string, number>> = { name: 250, value: 230, meaning: 560 };

/** Widths of Settings columns. */
export function settingsWidthOf(column: LayoutColumn): number {
  return SETTINGS_WIDTHS[column.field] ?? widthOf(column);
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

/** Widths of the appended columns: the commonest width over the whole span in one call, then the others by run. */
function setWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, added: ReadonlyArray<{ position: number; width: number }>): void {
  if (added.length === 0) return;
  const counts = new Map<number, number>();
  for (const { width } of added) counts.set(width, (counts.get(width) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const first = Math.min(...added.map((a) => a.position));
  const last = Math.max(...added.map((a) => a.position));
  const runs = widthRuns(added.filter((a) => a.width !== common));
  // One call over the span beats runs only when it saves at least one.
  if (runs.length + 1 < widthRuns(added).length) {
    sheet.setColumnWidths(first, last - first + 1, common);
    for (const run of runs) sheet.setColumnWidths(run.start, run.count, run.width);
  } else for (const run of widthRuns(added)) sheet.setColumnWidths(run.start, run.count, run.width);
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
  if (added.length > 0) headerRange(setup, first, placement.width - first + 1).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  setWidths(sheet, added);
  if (placement.width > 0) {
    const notes = Array.from({ length: placement.width }, (_, i) => placement.notes[i] ?? '');
    let changed = false;
    for (const column of layout) {
      const position = placement.positions.get(column.field);
      const note = headerNote(column);
      // A blank note gets ours; so does a note that is only what set-up once wrote (ADD_ON_NOTE): ours to update.
      if (position === undefined) continue;
      const current = notes[position - 1];
      if (note === '' || note === current || (current !== '' && current !== ADD_ON_NOTE)) continue;
      notes[position - 1] = note;
      changed = true;
      if (!placement.added.has(column.field)) record(setup, 'headerNote', column.header);
    }
    if (changed) headerRange(setup, 1, placement.width).setNotes([notes]);
  }
  if (setup.created || sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    record(setup, 'frozenHeader');
  }
  if (setup.created && placement.positions.get('caseId') === 1) sheet.setFrozenColumns(1);
}
