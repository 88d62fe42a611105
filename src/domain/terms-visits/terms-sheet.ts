/**
 * The `Terms` sheet: the written agreement's lines, one per code (and modifier), each with its own units,
 * allowance period, rate and dates. When a case has lines, its Cases columns are their summary.
 */
import type { IsoDate } from '../calendar-date';
import type { Problem } from '../case';
import { caseIdKey } from '../case-id';
import { mapColumns, type HeaderMap } from '../header-map';
import { readRow, type ParsedRow, type RowContext } from '../row-reader';
import { headersOf, requireFields, type SheetColumn } from '../sheet-column';

/** Sheet name. */
export const TERMS_SHEET = 'Terms';

/** How often a line's units are granted: once for the agreement, every week (Monday–Sunday), every calendar month. */
export const ALLOWANCE_PERIODS = ['total', 'week', 'month'] as const;
/** One of ALLOWANCE_PERIODS. */
export type AllowancePeriod = (typeof ALLOWANCE_PERIODS)[number];

/** Field keys of the `Terms` columns. */
export type TermsField = 'caseId' | 'code' | 'modifier' | 'units' | 'per' | 'rate' | 'start' | 'end' | 'note' | 'unitsUsed' | 'lineCheck';

/** Columns of the `Terms` sheet, in setup order. */
export const TERMS_COLUMNS: readonly SheetColumn<TermsField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text' },
  { field: 'code', header: 'Code', kind: 'codes', help: 'One CPT/HCPCS code per line.' },
  { field: 'modifier', header: 'Modifier', kind: 'text', help: 'Optional (e.g. HN, GT).' },
  { field: 'units', header: 'Units approved', kind: 'whole', help: 'Units the written terms grant per period.' },
  { field: 'per', header: 'Per', kind: 'list', values: ALLOWANCE_PERIODS, help: 'total (whole agreement), week (Monday–Sunday) or month (calendar month). Blank = total.' },
  { field: 'rate', header: 'Rate', kind: 'currency', help: 'Approved rate per unit.' },
  { field: 'start', header: 'Start date', kind: 'date' },
  { field: 'end', header: 'End date', kind: 'date' },
  { field: 'note', header: 'Note', kind: 'text' },
  { field: 'unitsUsed', header: 'Units used', kind: 'whole', addOn: true, help: 'Accepted visits on this line (kept by the add-on).' },
  { field: 'lineCheck', header: 'Line check', kind: 'text', addOn: true, help: 'modified when less than requested was approved; what is wrong with the line.' },
];

/** Header row of the `Terms` sheet. */
export const TERMS_HEADERS = headersOf(TERMS_COLUMNS);

/** One line of the written terms. */
export interface TermsLine {
  /** 1-based row of the Terms sheet (0 for a line not on the sheet, e.g. built from a case's columns). */
  readonly rowNumber: number;
  readonly caseId: string;
  readonly code: string;
  readonly modifier: string;
  readonly units: number;
  readonly per: AllowancePeriod;
  readonly rate: number | null;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly note: string;
}

/** Maps the `Terms` header row. */
export function mapTermsHeaders(headerRow: readonly unknown[], metadata: Readonly<Partial<Record<TermsField, number>>> = {}): HeaderMap<TermsField> {
  return mapColumns(headerRow, TERMS_COLUMNS, metadata);
}

const ADD_ON: readonly TermsField[] = ['unitsUsed', 'lineCheck'];

/**
 * Parses one `Terms` row. Case ID, one code, units, start and end are required; a blank Per is `total`.
 * A line with any problem is returned as problems only (entry null): visits are never checked against a
 * line that is not fully readable. Never throws.
 */
export function parseTermsRow(cells: readonly unknown[], map: HeaderMap<TermsField>, ctx: RowContext): ParsedRow<TermsLine | null> {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  if (r.isBlank(ADD_ON)) return { kind: 'blank', rowNumber: ctx.rowNumber };
  requireFields(r, map.headers, ['caseId', 'code', 'units', 'start', 'end']);
  const codes = r.codes('code');
  if (codes.length > 1) {
    r.problems.push({ code: 'one_code_per_line', message: `${map.headers.code}: one code per line (found ${codes.join(', ')}).`, column: map.headers.code });
  }
  const caseId = r.text('caseId');
  const units = r.whole('units');
  const per = r.list('per', ALLOWANCE_PERIODS) || 'total';
  const rate = r.currency('rate');
  const start = r.date('start');
  const end = r.date('end');
  const modifier = r.text('modifier').toUpperCase();
  const note = r.text('note');
  if (start !== null && end !== null && end < start) {
    r.problems.push({ code: 'end_before_start', message: `${map.headers.end} ${end} is before ${map.headers.start} ${start}.`, column: map.headers.end });
  }
  const code = codes[0];
  const ok = r.problems.length === 0 && code !== undefined && units !== null && start !== null && end !== null;
  const entry: TermsLine | null = ok ? { rowNumber: ctx.rowNumber, caseId, code, modifier, units, per, rate, start, end, note } : null;
  return { kind: 'entry', rowNumber: ctx.rowNumber, entry, problems: r.problems };
}

/** Usable lines grouped by Case ID key, and each unusable row's problems. */
export interface TermsTable {
  readonly linesByCase: ReadonlyMap<string, readonly TermsLine[]>;
  readonly problems: ReadonlyMap<number, readonly Problem[]>;
}

/** Reads the whole `Terms` sheet (header row first). Row numbers are 1-based sheet rows. */
export function readTermsTable(rows: readonly (readonly unknown[])[], timeZone: string, map = mapTermsHeaders(rows[0] ?? [])): TermsTable {
  const linesByCase = new Map<string, TermsLine[]>();
  const problems = new Map<number, Problem[]>();
  for (let i = 1; i < rows.length; i++) {
    const parsed = parseTermsRow(rows[i] ?? [], map, { timeZone, rowNumber: i + 1 });
    if (parsed.kind === 'blank') continue;
    if (parsed.problems.length > 0) problems.set(i + 1, [...parsed.problems]);
    const line = parsed.entry;
    if (!line) continue;
    const key = caseIdKey(line.caseId);
    if (key === '') continue;
    const list = linesByCase.get(key);
    if (list) list.push(line);
    else linesByCase.set(key, [line]);
  }
  return { linesByCase, problems };
}
