/**
 * A Cases sheet for tests, made by the real 'Set up or repair tracker' (headers with developer metadata,
 * validation, frozen header) from the built bundle; rows are then written as a script would.
 */
import { createEnvironment, type CellValue, type Environment, type WorkbookSnapshot } from '../../dev/emulator';
import { CASE_COLUMNS, type CaseField } from '../../src/domain/case-columns';
import { columnLetter } from '../../src/domain/column-letter';

export const HEADERS: readonly string[] = CASE_COLUMNS.map((c) => c.header);

/** 1-based column of a field in the default layout. */
export function col(field: CaseField): number {
  const i = CASE_COLUMNS.findIndex((c) => c.field === field);
  if (i < 0) throw new Error(`no column ${field}`);
  return i + 1;
}

/** Column letter(s) of a field in the default layout. */
export function letter(field: CaseField): string {
  return columnLetter(col(field));
}

/** A full row in the default layout, '' where not given. */
export function caseRow(fields: Partial<Record<CaseField, CellValue>>): CellValue[] {
  return CASE_COLUMNS.map((c) => fields[c.field] ?? (c.kind === 'checkbox' ? false : ''));
}

/** The six packet items the default plan rule requires, ticked. */
export const ALL_PACKET: Partial<Record<CaseField, CellValue>> = {
  'packet:Clinical summary': true,
  'packet:Treatment plan': true,
  'packet:In-network search': true,
  'packet:Credentials': true,
  'packet:Member & diagnosis': true,
  'packet:Services & rate': true,
};

/** n simple cases SCA-0001… with distinct patients. */
export function manyCases(n: number, extra: Partial<Record<CaseField, CellValue>> = {}): CellValue[][] {
  return Array.from({ length: n }, (_, i) =>
    caseRow({ caseId: `SCA-${String(i + 1).padStart(4, '0')}`, patient: `P${i + 1}`, payer: 'Aetna', status: 'Identified', ...extra }),
  );
}

const NOW = '2026-03-09T15:00:00Z';
const setUp = new Map<string, WorkbookSnapshot>();

/** A workbook after 'Set up or repair tracker' ran once per zone (shared: setup is the slow part of these tests). */
function setUpWorkbook(timeZone: string): WorkbookSnapshot {
  let snapshot = setUp.get(timeZone);
  if (!snapshot) {
    const env = createEnvironment({ now: NOW, timeZone });
    env.loadBundle().run('setUpTracker');
    snapshot = env.saveWorkbook();
    setUp.set(timeZone, snapshot);
  }
  return snapshot;
}

/** An environment with a fixed "today" (Mon 2026-03-09 in New York), the tracker set up, and `rows` on Cases. */
export function casesEnvironment(rows: CellValue[][] = [], options: { now?: string; timeZone?: string } = {}): Environment {
  const timeZone = options.timeZone ?? 'America/New_York';
  const env = createEnvironment({ now: options.now ?? NOW, timeZone, workbook: setUpWorkbook(timeZone) });
  writeCases(env, rows);
  return env;
}

/** Writes `rows` below the header (as a script would: no validation, no onEdit) and resets the call counts. */
export function writeCases(env: Environment, rows: CellValue[][]): void {
  if (rows.length > 0) env.writeSheet('Cases', 'A2', rows);
  env.calls.reset();
}

/** The cells of one 1-based row of the Cases sheet. */
export function rowOf(env: Environment, rowNumber: number): CellValue[] {
  return env.readSheet('Cases')[rowNumber - 1] ?? [];
}

/** One cell by field. */
export function cellOf(env: Environment, rowNumber: number, field: CaseField): CellValue | undefined {
  return rowOf(env, rowNumber)[col(field) - 1];
}
