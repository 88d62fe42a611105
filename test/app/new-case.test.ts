/** Menu 'New case' through the built bundle (dist/Code.js) in the emulator. */
import { caseRow, casesEnvironment, cellOf, manyCases } from '../sheets/cases-fixture';

describe('newCase', () => {
  it('appends the next case, Identified, owned by the user, selects it and says so', () => {
    const env = casesEnvironment([...manyCases(6), caseRow({})]);
    const addOn = env.loadBundle();
    addOn.run('newCase');
    expect(cellOf(env, 8, 'caseId')).toBe('SCA-0007');
    expect(cellOf(env, 8, 'status')).toBe('Identified');
    expect(cellOf(env, 8, 'owner')).toBe('coordinator@clinic.example');
    expect(env.ui.toasts.map((t) => t.message)).toEqual(['SCA-0007 created']);
    const active = env.spreadsheet.getActiveRange();
    expect(active?.getSheet().getName()).toBe('Cases');
    expect(active?.getRow()).toBe(8);
    expect(env.readSheet('History').slice(1)).toEqual([[env.now(), 'coordinator@clinic.example', 'SCA-0007', 'Status', '', 'Identified', 'menu']]);
  });

  it('never hands out an ID twice, even after the last row was deleted', () => {
    const env = casesEnvironment(manyCases(2));
    const addOn = env.loadBundle();
    addOn.run('newCase');
    env.spreadsheet.getSheetByName('Cases')?.deleteRow(4);
    addOn.run('newCase');
    expect(cellOf(env, 4, 'caseId')).toBe('SCA-0004');
  });

  it('creates the History sheet with its headers when it is missing', () => {
    const env = casesEnvironment(manyCases(1));
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('History') as GoogleAppsScript.Spreadsheet.Sheet);
    env.loadBundle().run('newCase');
    expect(env.readSheet('History')).toEqual([
      ['When', 'Who', 'Case ID', 'Field', 'Old value', 'New value', 'Via'],
      [env.now(), 'coordinator@clinic.example', 'SCA-0002', 'Status', '', 'Identified', 'menu'],
    ]);
  });

  it('tells the user to set up the tracker when there is no Cases sheet', () => {
    const env = casesEnvironment();
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet);
    env.loadBundle().run('newCase');
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/Set up or repair tracker/)]);
  });
});
