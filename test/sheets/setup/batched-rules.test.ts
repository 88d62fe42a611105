/**
 * Set-up writes a sheet's rules in one batch over the block of its columns: a clinic's own rule on a column
 * between ours — above all a custom formula, whose references name its first cell — is never written over.
 */
import type { CellValue } from '../../../dev/emulator';
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { emptyEnvironment, runSetup, sheetOf, validationAt } from './setup-fixture';

jest.setTimeout(30_000);

/** Our Cases columns with a clinic column ('Clinic code', C) between Payer and Owner. */
function clinicSheet(): ReturnType<typeof emptyEnvironment> {
  const env = emptyEnvironment();
  const headers = CASE_COLUMNS.map((c) => c.header);
  const payer = headers.indexOf('Payer') + 1;
  const header = [...headers.slice(0, payer), 'Clinic code', ...headers.slice(payer)];
  const rows: CellValue[][] = Array.from({ length: 60 }, (_, i) => header.map((h) => (h === 'Case ID' ? `SCA-${String(i + 1).padStart(4, '0')}` : h === 'Clinic code' ? 'AB' : '')));
  env.writeSheet('Cases', 'A1', [header, ...rows]);
  const app = env.globals.SpreadsheetApp as typeof SpreadsheetApp;
  // The clinic's rule: at most three characters, a formula anchored at its first cell, on its own rows only.
  const letter = String.fromCharCode(64 + payer + 1);
  sheetOf(env, 'Cases').getRange(`${letter}2:${letter}100`).setDataValidation(app.newDataValidation().requireFormulaSatisfied(`=LEN(${letter}2)<=3`).setAllowInvalid(false).build());
  return env;
}

describe('rules written in one batch', () => {
  it("keep a clinic's own formula rule between our columns working on every row, first run and repair", () => {
    const env = clinicSheet();
    const code = String.fromCharCode(64 + CASE_COLUMNS.findIndex((c) => c.field === 'payer') + 2);
    runSetup(env);
    const addOn = env.loadBundle();
    // Still anchored at its first cell: row 50 checks its own cell, not row 2's.
    expect(addOn.userEdit('Cases', `${code}50`, 'ABCDE').accepted).toBe(false);
    expect(addOn.userEdit('Cases', `${code}50`, 'XY').accepted).toBe(true);
    expect(validationAt(env, 'Cases', `${code}101`)).toBeNull();
    // A repair after a paste dropped the Status rule on one row rewrites Status, and still leaves the clinic's rule alone.
    const status = String.fromCharCode(64 + CASE_COLUMNS.findIndex((c) => c.field === 'status') + 2);
    sheetOf(env, 'Cases').getRange(`${status}7`).clearDataValidations();
    runSetup(env);
    expect(validationAt(env, 'Cases', `${status}7`)).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(addOn.userEdit('Cases', `${code}40`, 'ABCDE').accepted).toBe(false);
    expect(addOn.userEdit('Cases', `${code}40`, 'Z').accepted).toBe(true);
  });

  it('put each validated column its rule and leave a column without rules without one', () => {
    const env = clinicSheet();
    runSetup(env);
    expect(validationAt(env, 'Cases', 'A30')).toBeNull(); // Case ID: free text
    expect(validationAt(env, 'Cases', 'B30')).toBeNull(); // Patient: free text
    const owner = String.fromCharCode(64 + CASE_COLUMNS.findIndex((c) => c.field === 'owner') + 2);
    expect(validationAt(env, 'Cases', `${owner}30`)).toMatchObject({ type: 'TEXT_IS_VALID_EMAIL', allowInvalid: false });
  });

  it('leave a sheet of one row (no row below its header) without rules, and set up the rest', () => {
    const env = emptyEnvironment();
    env.writeSheet('Visits', 'A1', [['Case ID', 'Date of service']]);
    const sheet = sheetOf(env, 'Visits');
    sheet.deleteRows(2, sheet.getMaxRows() - 1);
    expect(runSetup(env)).toMatch(/^Tracker /);
    expect(sheet.getMaxRows()).toBe(1);
    expect(env.readSheet('Visits')[0]?.slice(0, 4)).toEqual(['Case ID', 'Date of service', 'Code', 'Units']);
    expect(validationAt(env, 'Terms', 'D2')).toMatchObject({ type: 'CUSTOM_FORMULA' });
  });
});
