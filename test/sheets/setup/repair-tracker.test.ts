/** 'Set up or repair tracker' on a clinic's own Cases sheet and on a damaged tracker: repairs, never loses data. */
import type { CellValue } from '../../../dev/emulator';
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { cfRules, columnOf, emptyEnvironment, letterOf, metadataColumns, runSetup, sheetOf, snapshot, validationAt } from './setup-fixture';

// Each run loads and runs the built bundle over whole sheets: allow for a loaded machine.
jest.setTimeout(30_000);

const march = (day: number): Date => new Date(Date.UTC(2026, 2, day, 5));

/** A clinic's sheet: some of our columns reordered, Patient renamed, two columns of its own, odd values kept as typed. */
const CLINIC: CellValue[][] = [
  ['Clinic ref', 'Status', 'Client initials', 'Payer', 'End date', 'Case ID', 'Units used', 'Intake notes'],
  ['C-1', 'Active', 'AB', 'Acme Health', march(31), 'SCA-0001', 4, 'prefers mornings'],
  ['C-2', 'Submitted', 'CD', 'Beta Care', 'soon', 'SCA-0002', -2, ''],
  ['C-3', 'On hold', 'EF', '', '', '', 2.5, 'call back'],
];

function clinicEnvironment(): ReturnType<typeof emptyEnvironment> {
  const env = emptyEnvironment();
  env.writeSheet('Cases', 'A1', CLINIC);
  const app = env.globals.SpreadsheetApp as typeof SpreadsheetApp;
  const sheet = sheetOf(env, 'Cases');
  // The clinic's own conditional format and validation, which set-up must keep.
  const vip = app.newConditionalFormatRule().whenTextEqualTo('VIP').setBackground('#00ff00').setRanges([sheet.getRange('H2:H100')]).build();
  sheet.setConditionalFormatRules([vip]);
  sheet.getRange('A2:A100').setDataValidation(app.newDataValidation().requireTextContains('C-').build());
  sheet.getRange('A1:H4').createFilter();
  return env;
}

describe('setUpTracker on a clinic sheet', () => {
  it('keeps every value of the clinic in place and appends only what is missing, at the right', () => {
    const env = clinicEnvironment();
    const message = runSetup(env);
    const after = env.readSheet('Cases');
    CLINIC.forEach((line, r) => line.forEach((value, c) => expect([r, c, after[r]?.[c]]).toEqual([r, c, value])));
    const added = (after[0] ?? []).slice(CLINIC[0]?.length);
    const known = ['Status', 'Payer', 'End date', 'Case ID', 'Units used'];
    expect(added).toEqual(CASE_COLUMNS.map((c) => c.header).filter((h) => !known.includes(h)));
    expect(added).toContain('Patient'); // a renamed column without metadata is the clinic's own: not guessed
    expect(message).toMatch(/^Tracker repaired: created 8 sheets \(In-network search, .*\); added 33 missing columns \(Patient, Owner, Flags, Problems, .*\); recognised 5 columns by header and tagged them \(Case ID, Payer, Status, Units used, End date\); restored validation on 4 columns; restored number formats on 1 column; restored row colours on 1 sheet; restored protection on 1 column; froze the header row on 1 sheet; added help notes to 5 headers\.$/);
    expect(after.slice(1).map((row) => row.slice(CLINIC[0]?.length).every((v) => v === ''))).toEqual([true, true, true]);
    expect(sheetOf(env, 'Cases').getFilter()?.getRange().getA1Notation()).toBe('A1:H4');
  });

  it('tags found columns where they are, validates them, and keeps the clinic rules', () => {
    const env = clinicEnvironment();
    runSetup(env);
    expect(metadataColumns(env, 'Cases')).toMatchObject({ status: 2, payer: 4, endDate: 5, caseId: 6, unitsUsed: 7, patient: 9 });
    expect(validationAt(env, 'Cases', 'E3')).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(validationAt(env, 'Cases', 'B2')).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(validationAt(env, 'Cases', 'A2')).toMatchObject({ type: 'TEXT_CONTAINS', values: ['C-'] });
    expect(validationAt(env, 'Cases', 'H2')).toBeNull();
    const rules = cfRules(env, 'Cases');
    expect(rules).toHaveLength(5);
    expect(rules[4]).toEqual(['VIP', '#00ff00', ['H2:H100']]);
    expect(env.readSheet('Cases')[2]?.[4]).toBe('soon'); // reported by the daily check, never "corrected"
  });

  it('changes nothing on a second run', () => {
    const env = clinicEnvironment();
    runSetup(env);
    const before = snapshot(env);
    expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
    expect(snapshot(env)).toBe(before);
  });

  it('recognises a column the user renamed and moved by its metadata', () => {
    const env = clinicEnvironment();
    runSetup(env);
    const sheet = sheetOf(env, 'Cases');
    env.writeSheet('Cases', 'E1', [['Auth ends']]);
    sheet.insertColumnBefore(2); // everything from Status on moves one to the right
    const width = sheet.getLastColumn();
    const message = runSetup(env);
    expect(message).not.toMatch(/missing column/);
    expect(env.readSheet('Cases')[0]).toHaveLength(width);
    expect(env.readSheet('Cases')[0]?.[5]).toBe('Auth ends');
    expect(metadataColumns(env, 'Cases')).toMatchObject({ status: 3, endDate: 6, caseId: 7 });
    expect(validationAt(env, 'Cases', 'F4')).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(env.readSheet('Cases')[1]?.[5]).toEqual(march(31));
    const before = snapshot(env);
    expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
    expect(snapshot(env)).toBe(before);
  });
});

describe('setUpTracker on a damaged tracker', () => {
  it('tags again a column whose metadata was removed, though its header row did not change (remembered positions are checked against the metadata count)', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const cases = sheetOf(env, 'Cases');
    const status = cases.createDeveloperMetadataFinder().withKey('sca-tracker.column').withValue('status').find()[0];
    status?.remove();
    expect(runSetup(env)).toBe('Tracker repaired: recognised 1 column by header and tagged it (Status).');
    expect(metadataColumns(env, 'Cases')).toMatchObject({ status: columnOf(env, 'Cases', 'Status') });
  });


  it('replaces a rule pasted over from another column', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const cases = sheetOf(env, 'Cases');
    const status = cases.getRange(`${letterOf(columnOf(env, 'Cases', 'Status'))}2`).getDataValidation();
    const endDate = `${letterOf(columnOf(env, 'Cases', 'End date'))}2`;
    cases.getRange(endDate).setDataValidation(status);
    expect(runSetup(env)).toBe('Tracker repaired: restored validation on 1 column.');
    expect(validationAt(env, 'Cases', endDate)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
  });

  it('repairs exactly what was broken and says what it did', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const cases = sheetOf(env, 'Cases');
    const app = env.globals.SpreadsheetApp as typeof SpreadsheetApp;
    const endDate = letterOf(columnOf(env, 'Cases', 'End date'));
    env.writeSheet('Cases', 'A2', [['SCA-0001', 'AB']]);
    cases.getRange(`${endDate}5:${endDate}9`).clearDataValidations(); // a paste from elsewhere
    cases.getProtections(app.ProtectionType.RANGE)[1]?.remove();
    cases.setConditionalFormatRules([]);
    cases.deleteColumn(columnOf(env, 'Cases', 'Notes'));
    const settings = sheetOf(env, 'Settings');
    const settingRow = (label: string): number => env.readSheet('Settings').findIndex((r) => r[0] === label) + 1;
    env.writeSheet('Settings', `B${settingRow('Alert recipients')}`, [['lead@clinic.example']]);
    settings.deleteRow(settingRow('Alert hour (0-23)'));
    const message = runSetup(env);
    expect(message).toBe(
      'Tracker repaired: added 1 missing column (Notes); added 1 missing setting (Alert hour (0-23)); restored validation on 2 columns; restored row colours on 1 sheet; restored protection on 1 column.',
    );
    expect(validationAt(env, 'Cases', `${endDate}7`)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(env.readSheet('Cases')[1]?.slice(0, 2)).toEqual(['SCA-0001', 'AB']);
    expect(env.readSheet('Settings').find((r) => r[0] === 'Alert recipients')?.[1]).toBe('lead@clinic.example');
    expect(env.readSheet('Settings').at(-1)?.[0]).toBe('Alert hour (0-23)');
    expect(env.readSheet('Run log').at(-1)?.[8]).toBe(message);
    const before = snapshot(env);
    expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
    expect(snapshot(env)).toBe(before);
  });
});
