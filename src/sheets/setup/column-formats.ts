import { isAcceptableFormat, numberFormatFor } from '../../domain/tracker-validation';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';

/**
 * Date, currency and identifier columns get their number format where a cell has none that fits; a
 * clinic's own date or currency format is kept. One read for the sheet, one write per column repaired.
 */
export function ensureNumberFormats(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet, layout } = setup;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1 || placement.width < 1) return;
  const formats = sheet.getRange(2, 1, rows, placement.width).getNumberFormats();
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    const wanted = numberFormatFor(column);
    if (position === undefined || wanted === null) continue;
    let changed = false;
    const next = formats.map((line) => {
      const actual = String((Array.isArray(line) ? line[position - 1] : '') ?? '');
      if (isAcceptableFormat(wanted, actual)) return [actual];
      changed = true;
      return [wanted];
    });
    if (!changed) continue;
    sheet.getRange(2, position, rows, 1).setNumberFormats(next);
    record(setup, 'numberFormat', column.header);
  }
}
