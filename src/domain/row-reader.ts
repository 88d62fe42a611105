/**
 * Reads one sheet row through a HeaderMap: each accessor parses its field's cell with the kind's parser,
 * collects the problem (if any) and returns the value or the kind's empty value. Never throws.
 */
import type { IsoDate } from './calendar-date';
import type { Problem } from './case';
import {
  isBlankCell,
  parseCheckbox,
  parseCodes,
  parseCurrency,
  parseDate,
  parseDecimal,
  parseEmail,
  parseList,
  parseText,
  parseUrl,
  parseWhole,
  BadCell,
  type CellResult,
} from './cell-parsers';
import type { HeaderMap } from './header-map';

/** A parsed row of a log sheet, or a blank row to skip. */
export type ParsedRow<T> =
  | { readonly kind: 'blank'; readonly rowNumber: number }
  | { readonly kind: 'entry'; readonly rowNumber: number; readonly entry: T; readonly problems: readonly Problem[] };

/** What a row parser needs besides the cells. */
export interface RowContext {
  /** The spreadsheet's time zone (not the script's): Date cells are read as calendar dates there. */
  readonly timeZone: string;
  /** 1-based sheet row, returned with the result so problems can be written back to it. */
  readonly rowNumber: number;
}

/** A unticked checkbox counts as blank: setup fills whole columns with checkboxes. */
function isEmptyish(cell: unknown): boolean {
  return cell === false || isBlankCell(cell) || (typeof cell === 'string' && cell.trim().toUpperCase() === 'FALSE');
}

/** Typed accessors over one row; `problems` collects every bad cell read so far. A class: no closures per row. */
export class RowReader<F extends string> {
  readonly problems: Problem[] = [];

  constructor(
    private readonly cells: readonly unknown[],
    private readonly map: HeaderMap<F>,
    private readonly timeZone: string,
  ) {}

  /** The cell of `field` as Sheets returned it ('' when the column is missing). */
  raw(field: F): unknown {
    const index = this.map.columns[field];
    return index === undefined ? '' : this.cells[index];
  }

  private keep<T>(field: F, result: CellResult<T>, empty: T): T {
    if (!(result instanceof BadCell)) return result;
    this.problems.push(result.problem);
    return empty;
  }

  private header(field: F): string {
    return this.map.headers[field];
  }

  text(f: F): string {
    return this.keep(f, parseText(this.raw(f), this.header(f), this.timeZone), '');
  }
  email(f: F): string {
    return this.keep(f, parseEmail(this.raw(f), this.header(f)), '');
  }
  url(f: F): string {
    return this.keep(f, parseUrl(this.raw(f), this.header(f)), '');
  }
  date(f: F): IsoDate | null {
    return this.keep(f, parseDate(this.raw(f), this.header(f), this.timeZone), null);
  }
  whole(f: F): number | null {
    return this.keep(f, parseWhole(this.raw(f), this.header(f)), null);
  }
  decimal(f: F): number | null {
    return this.keep(f, parseDecimal(this.raw(f), this.header(f)), null);
  }
  currency(f: F): number | null {
    return this.keep(f, parseCurrency(this.raw(f), this.header(f)), null);
  }
  checkbox(f: F): boolean {
    return this.keep(f, parseCheckbox(this.raw(f), this.header(f)), false);
  }
  codes(f: F): readonly string[] {
    return this.keep<readonly string[]>(f, parseCodes(this.raw(f), this.header(f)), []);
  }
  list<T extends string>(f: F, values: readonly T[]): T | '' {
    return this.keep<T | ''>(f, parseList(this.raw(f), this.header(f), values), '');
  }

  /** True when every mapped cell (except `ignore`) is blank or an unticked checkbox. */
  isBlank(ignore: readonly F[] = NONE): boolean {
    for (const index of indexesOf(this.map, ignore)) if (!isEmptyish(this.cells[index])) return false;
    return true;
  }
}

const NONE: readonly never[] = [];

const indexCache = new WeakMap<HeaderMap<string>, { ignore: readonly string[]; indexes: readonly number[] }>();

/** Mapped column indexes minus `ignore`, computed once per map (a sheet read reuses one map for every row). */
function indexesOf<F extends string>(map: HeaderMap<F>, ignore: readonly F[]): readonly number[] {
  const cached = indexCache.get(map);
  if (cached && cached.ignore === ignore) return cached.indexes;
  const columns = map.columns as Readonly<Record<string, number | undefined>>;
  const indexes: number[] = [];
  for (const field in columns) {
    const index = columns[field];
    if (index !== undefined && !ignore.includes(field as F)) indexes.push(index);
  }
  indexCache.set(map, { ignore, indexes });
  return indexes;
}

/** Builds a RowReader over `cells` (any array of anything). */
export function readRow<F extends string>(cells: readonly unknown[], map: HeaderMap<F>, timeZone: string): RowReader<F> {
  return new RowReader(cells, map, timeZone);
}
