import type { Problem } from '../domain/case';
import { CASE_COLUMNS, type CaseField } from '../domain/case-columns';
import { mapHeaders, type CaseHeaderMap } from '../domain/header-map';
import { MISSING_COLUMN } from '../domain/tracker-gaps';
import { columnsByMetadata } from './column-positions';
import { headerValues } from './sheet-values';
import { cachedColumnPositions } from './metadata-cache';

/** Where the Cases columns are, and how wide the sheet is. */
export interface CaseSheetLayout {
  readonly map: CaseHeaderMap;
  /** Number of columns to read for a whole row (≥ 1). */
  readonly width: number;
}

const FIELDS = new Set<string>(CASE_COLUMNS.map((c) => c.field));

/**
 * The Cases column map: developer metadata first (survives renamed headers), header text second.
 * `header` is row 1 when the caller already read it (saves a call); calls depend on columns, never rows.
 */
export function readCaseLayout(sheet: GoogleAppsScript.Spreadsheet.Sheet, header?: readonly unknown[]): CaseSheetLayout {
  const cells = header ?? headerValues(sheet);
  const metadata: Partial<Record<CaseField, number>> = {};
  for (const [field, column] of cachedColumnPositions(cells, () => columnsByMetadata(sheet))) {
    if (FIELDS.has(field)) metadata[field as CaseField] = column - 1;
  }
  return { map: mapHeaders(cells, metadata), width: Math.max(1, cells.length) };
}

/** Problems of the sheet itself: expected columns that are missing, header cells that repeat. */
export function layoutProblems(layout: CaseSheetLayout): Problem[] {
  const { map } = layout;
  const problems: Problem[] = map.missing.map((field) => ({
    code: MISSING_COLUMN,
    message: `The Cases sheet has no "${map.headers[field]}" column; run Set up or repair tracker to add it.`,
    column: map.headers[field],
  }));
  for (const index of map.duplicates) {
    problems.push({
      code: 'duplicate_column',
      message: `Column ${index + 1} repeats a header that is already used; it is ignored.`,
    });
  }
  return problems;
}

/** The 0-based column of `field`, or undefined when the sheet lacks it. */
export function columnOf(layout: CaseSheetLayout, field: CaseField): number | undefined {
  return layout.map.columns[field];
}
