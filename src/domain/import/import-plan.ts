/**
 * An import, planned from the source's cells alone: the header row, each column with its proposed (or
 * chosen) field, what its values look like and any privacy flag, the data rows, and the rows left out
 * (blank rows, total rows). Mapping the rows is a separate step (mapPlanRows) so the preview can map
 * only what it shows while still counting problems over every row.
 */
import { isBlankCell } from '../cell-result';
import { columnLetter } from '../column-letter';
import type { IsoDate } from '../calendar-date';
import { cellText } from './cell-text';
import { columnDateOrder, type DateOrder } from './import-dates';
import { kindOf, type ImportField } from './import-fields';
import { mapSourceRow, type MappedColumn, type MappedRow } from './map-row';
import { privacyFlag, type PrivacyFlag } from './privacy';
import { proposeMapping, type MappingReason } from './propose-mapping';
import { classifyRow, findHeaderRow } from './row-shape';
import { rowFingerprints } from './source-fingerprint';
import { sniffColumn, type SniffedKind } from './value-sniffing';

/** A column choice made by the person: source column (0-based) → field, or null for Notes. */
export interface ColumnChoice {
  readonly column: number;
  readonly target: ImportField | null;
}

export interface PlanOptions {
  readonly timeZone: string;
  readonly serviceLines: readonly string[];
  readonly today: IsoDate;
  /** 0-based header row; found when absent. */
  readonly headerRow?: number;
  /** The person's choices; proposed mapping for columns not listed. */
  readonly choices?: readonly ColumnChoice[];
}

export interface PlannedColumn extends MappedColumn {
  readonly proposed: ImportField | null;
  readonly reason: MappingReason;
  readonly sniffed: SniffedKind;
  readonly dateOrder: DateOrder;
  readonly privacy: PrivacyFlag | null;
  /** The first few non-blank values, as text. */
  readonly samples: readonly string[];
}

/** A data row: its 1-based row number in the source and its cells. */
export interface SourceRow {
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

export interface ImportPlan {
  readonly headerRow: number;
  readonly columns: readonly PlannedColumn[];
  readonly rows: readonly SourceRow[];
  /** 1-based source rows left out. */
  readonly blankRows: readonly number[];
  readonly totalRows: readonly number[];
}

const SNIFF_ROWS = 200;

function widthOf(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) for (let c = row.length - 1; c >= width; c--) if (!isBlankCell(row[c])) width = c + 1;
  return width;
}

/** Plans the import of `source` (all its rows, as read). */
export function planImport(source: readonly (readonly unknown[])[], options: PlanOptions): ImportPlan {
  const headerRow = options.headerRow ?? findHeaderRow(source);
  const body = source.slice(headerRow + 1);
  const rows: SourceRow[] = [];
  const blankRows: number[] = [];
  const totalRows: number[] = [];
  body.forEach((cells, i) => {
    const rowNumber = headerRow + 2 + i;
    const kind = classifyRow(cells);
    if (kind === 'blank') blankRows.push(rowNumber);
    else if (kind === 'total') totalRows.push(rowNumber);
    else rows.push({ rowNumber, cells });
  });
  const width = widthOf([source[headerRow] ?? [], ...rows.map((r) => r.cells)]);
  const header = source[headerRow] ?? [];
  const evidence = Array.from({ length: width }, (_, index) => {
    const values = rows.slice(0, SNIFF_ROWS).map((r) => r.cells[index]);
    const dateOrder = columnDateOrder(rows.map((r) => r.cells[index]));
    const convert = { timeZone: options.timeZone, dateOrder, serviceLines: options.serviceLines };
    const text = cellText(header[index], options.timeZone);
    return {
      index,
      header: text === '' ? `Column ${columnLetter(index + 1)}` : text,
      samples: values.filter((v) => !isBlankCell(v)),
      sniffed: sniffColumn(values, options.timeZone, dateOrder),
      convert,
      dateOrder,
    };
  });
  const proposals = proposeMapping(evidence);
  const chosen = new Map((options.choices ?? []).map((c) => [c.column, c.target]));
  const columns = evidence.map((e, i): PlannedColumn => {
    const proposal = proposals[i];
    const proposed = proposal?.target ?? null;
    const target = chosen.has(e.index) ? (chosen.get(e.index) ?? null) : proposed;
    const isDate = target !== null && kindOf(target) === 'date';
    return {
      index: e.index,
      header: e.header,
      target,
      convert: e.convert,
      proposed,
      reason: proposal?.reason ?? 'none',
      sniffed: e.sniffed,
      dateOrder: e.dateOrder,
      privacy: privacyFlag(e.header, e.samples, options.today, options.timeZone, isDate),
      samples: e.samples.slice(0, 3).map((v) => cellText(v, options.timeZone)),
    };
  });
  return { headerRow, columns, rows, blankRows, totalRows };
}

/** A planned row mapped to a case, with its re-import fingerprint. */
export interface PlannedCase {
  readonly rowNumber: number;
  readonly fingerprint: string;
  readonly mapped: MappedRow;
}

/** Maps the plan's rows (fingerprints are taken over all data rows, so they do not depend on `limit`). */
export function mapPlanRows(plan: ImportPlan, timeZone: string): PlannedCase[] {
  const fingerprints = rowFingerprints(
    plan.rows.map((r) => r.cells),
    timeZone,
  );
  return plan.rows.map((row, i) => ({ rowNumber: row.rowNumber, fingerprint: fingerprints[i] ?? '', mapped: mapSourceRow(row.cells, plan.columns) }));
}
