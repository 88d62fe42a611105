/**
 * Seeds the demo workbook. The add-on's own "Set up or repair tracker" runs first when the bundle has it,
 * so the demo gets the real headers, validation and formatting; demo rows are then written by header
 * text (never by position), and sheets the add-on did not create get the headers from the data contract.
 */
import type { AddOn, CellValue, Environment } from '../emulator/api';
import { CASE_COLUMNS, normaliseHeader } from '../../src/domain/case-columns';
import { DEMO_CASES, DEMO_IN_NETWORK_SEARCH, DEMO_PLAN_RULES, DEMO_SETTINGS, type DemoCell, type DemoRecord } from './demo-data';
import { addStandInValidation } from './stand-in-validation';
import { addDays, calendarDateOf, startOfDayIn } from '../../src/domain/calendar-date';

const SETUP_CAPTION = /set ?up/i;

function toCell(env: Environment, cell: DemoCell): CellValue {
  if (typeof cell !== 'object') return cell;
  // A date cell is midnight of that calendar day in the spreadsheet's zone, as Sheets stores dates.
  return startOfDayIn(addDays(calendarDateOf(env.now(), env.timeZone), cell.days), env.timeZone);
}

function usedRows(env: Environment, sheet: string): CellValue[][] {
  if (!env.spreadsheet.getSheetByName(sheet)) return [];
  const rows = env.readSheet(sheet);
  let last = rows.length;
  while (last > 0 && (rows[last - 1] ?? []).every((v) => v === '')) last -= 1;
  return rows.slice(0, last);
}

/** Appends `records` under the sheet's header row, matching keys to headers; writes `headers` if the sheet has none. */
function appendRecords(env: Environment, sheet: string, headers: readonly string[], records: readonly DemoRecord[]): void {
  const existing = usedRows(env, sheet);
  let headerRow = (existing[0] ?? []).map(String);
  if (headerRow.every((h) => h === '')) {
    env.writeSheet(sheet, 'A1', [[...headers]]);
    headerRow = [...headers];
    env.spreadsheet.getSheetByName(sheet)?.setFrozenRows(1);
  }
  const byHeader = (record: DemoRecord): Map<string, DemoCell> =>
    new Map(Object.entries(record).map(([k, v]) => [normaliseHeader(k), v]));
  const rows = records.map((record) => {
    const cells = byHeader(record);
    return headerRow.map((h) => {
      const cell = cells.get(normaliseHeader(h));
      return cell === undefined ? '' : toCell(env, cell);
    });
  });
  if (rows.length > 0) env.writeSheet(sheet, `A${Math.max(existing.length, 1) + 1}`, rows);
}

/** Fills a two-column Settings sheet: known names get their value, a new sheet gets the whole list. */
function writeSettings(env: Environment): void {
  const existing = usedRows(env, 'Settings');
  if (existing.length <= 1) {
    env.writeSheet('Settings', 'A1', [['Setting', 'Value'], ...DEMO_SETTINGS.map(([k, v]) => [k, toCell(env, v)])]);
    return;
  }
  const wanted = new Map(DEMO_SETTINGS.map(([k, v]) => [normaliseHeader(k), v]));
  existing.forEach((row, i) => {
    const value = wanted.get(normaliseHeader(String(row[0] ?? '')));
    if (value !== undefined) env.writeSheet('Settings', `B${i + 1}`, [[toCell(env, value)]]);
  });
}

/** Drops the blank 'Sheet1' a new spreadsheet starts with, once the tracker's sheets exist. */
function dropBlankFirstSheet(env: Environment): void {
  const ss = env.spreadsheet;
  const blank = ss.getSheetByName('Sheet1');
  if (blank && blank.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(blank);
}

/** Builds the demo tracker in `env`; returns notes for the console (e.g. that setup is not in the bundle yet). */
export function seedDemo(env: Environment, addOn: AddOn): string[] {
  const notes: string[] = [];
  addOn.fireOnOpen('FULL');
  const setup = env.ui.menus
    .flatMap((m) => m.items)
    .find((item) => item !== 'separator' && SETUP_CAPTION.test(item.caption));
  if (setup && setup !== 'separator') {
    try {
      addOn.clickMenu(setup.caption);
      notes.push(`Ran "${setup.caption}" from the add-on menu.`);
    } catch (error) {
      notes.push(`"${setup.caption}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    notes.push('The bundle has no setup menu item yet: demo sheets written with plain headers and basic validation.');
  }
  appendRecords(env, 'Cases', CASE_COLUMNS.map((c) => c.header), DEMO_CASES);
  if (!setup) addStandInValidation(env);
  appendRecords(env, 'Plan rules', Object.keys(DEMO_PLAN_RULES[0] ?? {}), DEMO_PLAN_RULES);
  appendRecords(env, 'In-network search', Object.keys(DEMO_IN_NETWORK_SEARCH[0] ?? {}), DEMO_IN_NETWORK_SEARCH);
  writeSettings(env);
  dropBlankFirstSheet(env);
  return notes;
}
