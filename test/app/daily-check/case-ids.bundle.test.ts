/**
 * The daily check's Case IDs: only cells blank at write time are written (a sort while the run works must not
 * swap IDs between patients, a text ID stays text), and a Case ID on two rows belongs to no one until a person
 * resolves it — both rows' Problems say so and the add-on writes nothing else of theirs.
 */
import type { Environment } from '../../../dev/emulator';
import { caseRow, col } from '../../sheets/cases-fixture';
import { activeCase, day, tracker } from './daily-fixture';

const idsAndPatients = (env: Environment) => env.readSheet('Cases').slice(1).map((r) => [r[col('caseId') - 1], r[col('patient') - 1]]);
const cell = (env: Environment, row: number, field: Parameters<typeof col>[0]) => env.readSheet('Cases')[row - 1]?.[col(field) - 1];

describe('daily check › Case IDs', () => {
  it('gives a new row the next ID even when the rows are sorted between its read and its write', () => {
    const t = tracker([
      caseRow({ patient: 'Zed', payer: 'Acme Health', status: 'Identified' }),
      caseRow({ caseId: 'SCA-0001', patient: 'Amy', payer: 'Acme Health', status: 'Identified' }),
      caseRow({ caseId: 'SCA-0002', patient: 'Bob', payer: 'Acme Health', status: 'Identified' }),
    ]);
    const sheet = t.env.spreadsheet.getSheetByName('Cases');
    // The ID sequence is advanced between the run's read of the rows and its write: the user sorts then.
    t.env.calls.before('Properties.setProperty', () => sheet?.getRange(2, 1, 3, sheet.getLastColumn()).sort(col('patient')));
    t.check();
    expect(idsAndPatients(t.env)).toEqual([
      ['SCA-0001', 'Amy'],
      ['SCA-0002', 'Bob'],
      ['SCA-0003', 'Zed'],
    ]);
  });

  it("keeps a text ID '0042' as text and a text ID '=X' as text (never a formula) while giving other rows IDs", () => {
    const t = tracker([
      caseRow({ caseId: "'0042", patient: 'Amy', payer: 'Acme Health', status: 'Identified' }),
      caseRow({ caseId: "'=X", patient: 'Bob', payer: 'Acme Health', status: 'Identified' }),
      caseRow({ patient: 'Zed', payer: 'Acme Health', status: 'Identified' }),
    ]);
    t.check();
    expect(idsAndPatients(t.env).map(([id]) => id)).toEqual(['0042', '=X', 'SCA-0001']);
    expect(t.env.spreadsheet.getSheetByName('Cases')?.getRange(2, col('caseId'), 3, 1).getFormulas()).toEqual([[''], [''], ['']]);
    t.check(); // the next run issues nothing new for them
    expect(idsAndPatients(t.env).map(([id]) => id)).toEqual(['0042', '=X', 'SCA-0001']);
  });

  it('a Case ID on two rows: both rows say so in Problems, neither gets Flags or a new ID', () => {
    const expiring = { endDate: day('2026-03-16'), owner: 'maria@clinic.example' };
    const t = tracker([
      activeCase({ caseId: 'SCA-0001', ...expiring, flags: 'old flag' }),
      activeCase({ caseId: 'SCA-0002', ...expiring }),
      activeCase({ caseId: 'SCA-0001', ...expiring, patient: 'Other' }),
    ]);
    t.check();
    const message = 'Case ID SCA-0001 is on rows 2, 4: keep it on one row and clear the Case ID cell of the others (they get a new ID).';
    expect([cell(t.env, 2, 'problems'), cell(t.env, 4, 'problems')]).toEqual([message, message]);
    expect([cell(t.env, 2, 'flags'), cell(t.env, 4, 'flags')]).toEqual(['old flag', '']);
    expect([cell(t.env, 2, 'caseId'), cell(t.env, 4, 'caseId')]).toEqual(['SCA-0001', 'SCA-0001']);
    expect(t.flags('SCA-0002')).toMatch(/ends/i);
  });
});
