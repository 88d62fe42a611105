/** Repair of the add-on's column protections: moved back onto their columns, warning-only again, others' kept. */
import type { Environment } from '../../../dev/emulator';
import { emptyEnvironment, runSetup, sheetOf } from './setup-fixture';

jest.setTimeout(30_000);

type Protection = GoogleAppsScript.Spreadsheet.Protection;

function protectionsOf(env: Environment, sheet: GoogleAppsScript.Spreadsheet.Sheet): Protection[] {
  return sheet.getProtections((env.globals.SpreadsheetApp as typeof SpreadsheetApp).ProtectionType.RANGE);
}

const described = (p: Protection): [string, number, number, boolean] => [p.getDescription(), p.getRange().getColumn(), p.getRange().getLastRow(), p.isWarningOnly()];

describe('column protections on repair', () => {
  it('cover every row again after rows were added, one of each, warning-only', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const cases = sheetOf(env, 'Cases');
    const before = protectionsOf(env, cases).map((p) => p.getDescription()).sort();
    cases.insertRowsAfter(cases.getMaxRows(), 50);
    runSetup(env);
    const after = protectionsOf(env, cases);
    expect(after.map((p) => p.getDescription()).sort()).toEqual(before);
    expect(after.every((p) => p.getRange().getLastRow() === cases.getMaxRows() && p.isWarningOnly())).toBe(true);
  });

  it('make a protection of ours warning-only again and leave a clinic protection alone', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const cases = sheetOf(env, 'Cases');
    const flags = protectionsOf(env, cases).find((p) => p.getDescription().includes('Flags'));
    flags?.setWarningOnly(false);
    cases.getRange('B1:B10').protect().setDescription('Clinic: patients');
    runSetup(env);
    const all = protectionsOf(env, cases).map(described);
    expect(all.filter(([d]) => d.includes('Flags'))).toEqual([[expect.stringContaining('Flags'), expect.any(Number), cases.getMaxRows(), true]]);
    expect(all.filter(([d]) => d === 'Clinic: patients')).toEqual([['Clinic: patients', 2, 10, false]]);
    expect(all).toHaveLength(4);
  });
});
