/** Column specs of the add-on's other sheets (logs, Plan rules): same shape as the Cases contract. */
import type { Problem } from './case';
import type { ColumnKind } from './case-columns';
import { isBlankCell } from './cell-parsers';
import type { RowReader } from './row-reader';

/** A column of a log or rules sheet. `number` is a decimal ≥ 0 (miles). */
export interface SheetColumn<F extends string> {
  readonly field: F;
  readonly header: string;
  readonly kind: ColumnKind | 'number';
  /** Allowed values of `list` columns. */
  readonly values?: readonly string[];
  /** Written only by the add-on. */
  readonly addOn?: true;
  readonly help?: string;
}

/** Header row of a sheet, in setup order. */
export function headersOf<F extends string>(columns: readonly SheetColumn<F>[]): readonly string[] {
  return columns.map((c) => c.header);
}

/** Adds a `missing_value` problem for each of `fields` whose cell is blank. */
export function requireFields<F extends string>(r: RowReader<F>, headers: Readonly<Record<F, string>>, fields: readonly F[]): void {
  for (const field of fields) {
    if (isBlankCell(r.raw(field))) {
      const header = headers[field];
      r.problems.push({ code: 'missing_value', message: `${header} is empty.`, column: header } satisfies Problem);
    }
  }
}

