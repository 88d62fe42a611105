/** An emulated spreadsheet holding a clinic's own tracker on one sheet, set up, ready to import. */
import { createEnvironment } from '../../../dev/emulator';
import type { Environment } from '../../../dev/emulator/api';
import { calendarDateOf } from '../../../src/domain/calendar-date';
import type { TrackerFixture } from './fixtures/tracker-fixture';

export const ZONE = 'America/New_York';

/** The environment with the fixture written on its own sheet (as a person would have typed it) and the tracker set up. */
export function trackerEnvironment(fixture: TrackerFixture): Environment {
  const env = createEnvironment({ now: '2026-03-09T14:00:00Z', timeZone: ZONE });
  const sheet = env.spreadsheet.getSheetByName(fixture.name) ?? env.spreadsheet.insertSheet(fixture.name);
  const width = Math.max(...fixture.rows.map((r) => r.length));
  const rows = fixture.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  sheet.getRange(1, 1, rows.length, width).setValues(rows as unknown[][]);
  return env;
}

/** Everything the workbook snapshot holds of one sheet (values, formulas, formats, notes, validation, size…), as JSON. */
export function snapshot(env: Environment, name: string): string {
  const saved = env.saveWorkbook() as unknown as { sheets: Array<{ name: string }> };
  const sheet = saved.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return JSON.stringify(sheet);
}

/** The calendar date of a Cases cell (a Date) in the spreadsheet's zone. */
export function dateOf(value: unknown): string {
  return value instanceof Date ? calendarDateOf(value, ZONE) : `not a date: ${String(value)}`;
}
