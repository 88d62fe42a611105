/** Helpers for the set-up tests: a fresh spreadsheet, running the menu item, reading rules back. */
import { createEnvironment, type Environment } from '../../../dev/emulator';
import { columnLetter } from '../../../src/domain/column-letter';

export const NOW = '2026-03-09T15:00:00Z';

/** A spreadsheet with only its empty 'Sheet1', a fixed clock and the clinic's zone. */
export function emptyEnvironment(): Environment {
  return createEnvironment({ now: NOW, timeZone: 'America/New_York' });
}

/** Runs 'Set up or repair tracker' as the menu would (FULL) and returns its final alert text. */
export function runSetup(env: Environment): string {
  const before = env.ui.alerts.length;
  env.loadBundle().run('setUpTracker');
  const alerts = env.ui.alerts.slice(before);
  return alerts.map((a) => a.prompt).join('\n');
}

export function sheetOf(env: Environment, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Header text → 1-based column, from row 1. */
export function columnOf(env: Environment, sheetName: string, header: string): number {
  const index = (env.readSheet(sheetName)[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no header ${header} on ${sheetName}`);
  return index + 1;
}

/** Our column metadata on a sheet as field → 1-based column. */
export function metadataColumns(env: Environment, sheetName: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const m of sheetOf(env, sheetName).createDeveloperMetadataFinder().withKey('sca-tracker.column').find()) {
    expect(String(m.getLocation().getLocationType())).toBe('COLUMN');
    const column = m.getLocation().getColumn();
    expect(found[m.getValue() ?? '']).toBeUndefined();
    found[m.getValue() ?? ''] = column?.getColumn() ?? -1;
  }
  return found;
}

/** The validation of one cell as plain data. */
export function validationAt(env: Environment, sheetName: string, a1: string): { type: string; values: unknown[]; help: string | null; allowInvalid: boolean } | null {
  const rule = sheetOf(env, sheetName).getRange(a1).getDataValidation();
  if (!rule) return null;
  return { type: String(rule.getCriteriaType()), values: rule.getCriteriaValues(), help: rule.getHelpText(), allowInvalid: rule.getAllowInvalid() };
}

/** Conditional-format rules as [formula, background, ranges]. */
export function cfRules(env: Environment, sheetName: string): Array<[unknown, string | null, string[]]> {
  return sheetOf(env, sheetName)
    .getConditionalFormatRules()
    .map((r) => [r.getBooleanCondition()?.getCriteriaValues()[0], r.getBooleanCondition()?.getBackground() ?? null, r.getRanges().map((x) => x.getA1Notation())]);
}

/** Column letters of a 1-based column. */
export const letterOf = columnLetter;

/** The workbook as JSON text, for before/after comparisons. */
export function snapshot(env: Environment): string {
  return JSON.stringify(env.saveWorkbook());
}
