/**
 * Finding columns by header: users insert, reorder, rename and sort columns, so a sheet is read by
 * developer metadata first (survives renames) and by normalised header text second.
 */
import { CASE_COLUMNS, normaliseHeader, type CaseField } from './case-columns';

/** A column a sheet is expected to have: its field key and header text. */
export interface HeaderSpec<F extends string> {
  readonly field: F;
  readonly header: string;
}

/** Where each field's column is (0-based), which expected columns are missing, which header cells repeat. */
export interface HeaderMap<F extends string> {
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** Header text of each field, for messages. */
  readonly headers: Readonly<Record<F, string>>;
  readonly missing: readonly F[];
  /** 0-based indexes of header cells that repeat an already-mapped header (ignored). */
  readonly duplicates: readonly number[];
}

/** Column map of the `Cases` sheet. */
export type CaseHeaderMap = HeaderMap<CaseField>;

function headerText(cell: unknown): string {
  return typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : '';
}

/**
 * Maps fields to columns: `metadata` indexes win (when inside the row and not already taken), then
 * normalised header text; unknown columns are ignored.
 * @example mapColumns(['Name', ' case  id '], [{ field: 'caseId', header: 'Case ID' }]).columns // { caseId: 1 }
 */
export function mapColumns<F extends string>(
  headerRow: readonly unknown[],
  specs: readonly HeaderSpec<F>[],
  metadata: Readonly<Partial<Record<F, number>>> = {} as Partial<Record<F, number>>,
): HeaderMap<F> {
  const columns: Partial<Record<F, number>> = {};
  const headers = {} as Record<F, string>;
  const taken = new Set<number>();
  for (const spec of specs) {
    headers[spec.field] = spec.header;
    const index = metadata[spec.field];
    if (index !== undefined && Number.isInteger(index) && index >= 0 && index < headerRow.length && !taken.has(index)) {
      columns[spec.field] = index;
      taken.add(index);
    }
  }
  const byHeader = new Map<string, F>();
  for (const spec of specs) byHeader.set(normaliseHeader(spec.header), spec.field);
  const duplicates: number[] = [];
  headerRow.forEach((cell, index) => {
    if (taken.has(index)) return;
    const field = byHeader.get(normaliseHeader(headerText(cell)));
    if (field === undefined) return;
    if (columns[field] === undefined) {
      columns[field] = index;
      taken.add(index);
    } else {
      duplicates.push(index);
    }
  });
  const missing = specs.filter((s) => columns[s.field] === undefined).map((s) => s.field);
  return { columns, headers, missing, duplicates };
}

/** Maps the `Cases` header row: metadata (field → 0-based column) first, header text second. */
export function mapHeaders(headerRow: readonly unknown[], metadataColumns: Partial<Record<CaseField, number>> = {}): CaseHeaderMap {
  return mapColumns(headerRow, CASE_COLUMNS, metadataColumns);
}
