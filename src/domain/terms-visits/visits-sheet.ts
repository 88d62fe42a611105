/** The `Visits` log: each visit delivered under a case, checked against the written terms. */
import type { IsoDate } from '../calendar-date';
import { mapColumns, type HeaderMap } from '../header-map';
import { readRow, type ParsedRow, type RowContext } from '../row-reader';
import { headersOf, requireFields, type SheetColumn } from '../sheet-column';

/** Sheet name. */
export const VISITS_SHEET = 'Visits';

/** Field keys of the `Visits` columns. */
export type VisitField = 'caseId' | 'dateOfService' | 'code' | 'units' | 'checkResult' | 'note' | 'reason';

/**
 * Columns of the `Visits` sheet, in setup order. Note and Reason came later: set-up appends them at the
 * right of an older Visits sheet, so its Check result keeps its place.
 */
export const VISITS_COLUMNS: readonly SheetColumn<VisitField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text' },
  { field: 'dateOfService', header: 'Date of service', kind: 'date' },
  { field: 'code', header: 'Code', kind: 'codes', help: 'One CPT/HCPCS code per row.' },
  { field: 'units', header: 'Units', kind: 'whole' },
  { field: 'checkResult', header: 'Check result', kind: 'text', addOn: true, help: 'ok, warning or refused: the check against the written terms.' },
  { field: 'note', header: 'Note', kind: 'text', help: 'Optional; no clinical details.' },
  { field: 'reason', header: 'Reason', kind: 'text', addOn: true, help: 'Why the visit was warned or refused.' },
];

/** Header row of the `Visits` sheet. */
export const VISITS_HEADERS = headersOf(VISITS_COLUMNS);

/** One visit as logged. */
export interface VisitEntry {
  readonly caseId: string;
  readonly dateOfService: IsoDate | null;
  readonly code: string;
  readonly units: number | null;
  readonly checkResult: string;
  readonly note: string;
}

/** Maps the `Visits` header row. */
export function mapVisitsHeaders(headerRow: readonly unknown[], metadata: Readonly<Partial<Record<VisitField, number>>> = {}): HeaderMap<VisitField> {
  return mapColumns(headerRow, VISITS_COLUMNS, metadata);
}

const ADD_ON: readonly VisitField[] = ['checkResult', 'reason'];

/** Parses one `Visits` row; Case ID, date, code and units are required, one code per row. Never throws. */
export function parseVisitRow(cells: readonly unknown[], map: HeaderMap<VisitField>, ctx: RowContext): ParsedRow<VisitEntry> {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  if (r.isBlank(ADD_ON)) return { kind: 'blank', rowNumber: ctx.rowNumber };
  requireFields(r, map.headers, ['caseId', 'dateOfService', 'code', 'units']);
  const codes = r.codes('code');
  if (codes.length > 1) {
    const header = map.headers.code;
    r.problems.push({ code: 'one_code_per_visit', message: `${header}: log one code per row (found ${codes.join(', ')}).`, column: header });
  }
  const entry: VisitEntry = {
    caseId: r.text('caseId'),
    dateOfService: r.date('dateOfService'),
    code: codes.length === 1 ? (codes[0] ?? '') : '',
    units: r.whole('units'),
    checkResult: r.text('checkResult'),
    note: r.text('note'),
  };
  return { kind: 'entry', rowNumber: ctx.rowNumber, entry, problems: r.problems };
}
