/** The sheet directory set-up runs on: every sheet and its name read once, then lookups, counts and lists cost no call. */
import { createEnvironment } from '../../dev/emulator';
import { namedSheets, withSheetDirectory } from '../../src/sheets/sheet-directory';

function twoSheets(): ReturnType<typeof createEnvironment> {
  const env = createEnvironment();
  env.writeSheet('Cases', 'A1', [['Case ID']]);
  env.calls.reset();
  return env;
}

describe('withSheetDirectory', () => {
  it('reads the sheets and their names once (1 + a call a sheet)', () => {
    const env = twoSheets();
    withSheetDirectory(env.spreadsheet);
    expect(env.calls.snapshot()).toEqual({ 'Spreadsheet.getSheets': 1, 'Sheet.getName': 2 });
  });

  it('then finds a sheet, misses one, counts and lists them without a call', () => {
    const env = twoSheets();
    const spreadsheet = withSheetDirectory(env.spreadsheet);
    env.calls.reset();
    const cases = spreadsheet.getSheetByName('Cases');
    expect(spreadsheet.getSheetByName('Visits')).toBeNull();
    expect(spreadsheet.getNumSheets()).toBe(2);
    expect(spreadsheet.getSheets()).toHaveLength(2);
    expect(namedSheets(spreadsheet).map((s) => s.name)).toEqual(['Sheet1', 'Cases']);
    expect(env.calls.total()).toBe(0);
    expect(cases?.getName()).toBe('Cases');
  });

  it('knows a sheet it inserted, at the place it was inserted', () => {
    const env = twoSheets();
    const spreadsheet = withSheetDirectory(env.spreadsheet);
    const visits = spreadsheet.insertSheet('Visits', 1);
    expect(spreadsheet.getSheetByName('Visits')).toBe(visits);
    expect(spreadsheet.getNumSheets()).toBe(3);
    expect(namedSheets(spreadsheet).map((s) => s.name)).toEqual(['Sheet1', 'Visits', 'Cases']);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Visits', 'Cases']);
  });

  it('forgets a sheet deleted through it', () => {
    const env = twoSheets();
    const spreadsheet = withSheetDirectory(env.spreadsheet);
    const cases = spreadsheet.getSheetByName('Cases');
    if (cases) spreadsheet.deleteSheet(cases);
    expect(spreadsheet.getSheetByName('Cases')).toBeNull();
    expect(spreadsheet.getNumSheets()).toBe(1);
  });
});

describe('namedSheets', () => {
  it('reads the sheets and names of a spreadsheet that is no directory', () => {
    const env = twoSheets();
    expect(namedSheets(env.spreadsheet).map((s) => s.name)).toEqual(['Sheet1', 'Cases']);
    expect(env.calls.snapshot()).toEqual({ 'Spreadsheet.getSheets': 1, 'Sheet.getName': 2 });
  });
});
