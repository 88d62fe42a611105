import { isAcceptableFormat, numberFormatFor } from '../../domain/tracker-validation';
import { dataBlock, record, type ColumnPlacement, type SheetSetup } from './setup-context';

/**
 * Date, currency and identifier columns get their number format where a cell has none that fits; a
 * clinic's own date or currency format is kept. One read for the sheet and, when a column needs repair, one
 * write of the whole block with every other cell's format written back as it was.
 */
export function ensureNumberFormats(setup: SheetSetup, placement: ColumnPlacement): void {
  const block = dataBlock(setup, placement);
  const wanted = setup.layout.flatMap((column) => {
    const position = placement.positions.get(column.field);
    const format = numberFormatFor(column);
    return position === undefined || format === null ? [] : [{ column, position, format }];
  });
  if (block === null || wanted.length === 0) return;
  const next = block.formats().map((line) => [...line]);
  for (const { column, position, format } of wanted) {
    let changed = false;
    for (const line of next) {
      if (isAcceptableFormat(format, String(line[position - 1] ?? ''))) continue;
      line[position - 1] = format;
      changed = true;
    }
    if (changed) record(setup, 'numberFormat', column.header);
  }
  if (next.some((line, r) => line.some((f, c) => f !== block.formats()[r]?.[c]))) block.range().setNumberFormats(next);
}
