/**
 * onEdit arrives seconds after the edit (simple triggers run asynchronously); by then the user may have sorted,
 * edited again, pasted or inserted rows. Every write an edit causes must land on the case that was edited, or
 * nowhere. Driven through the bundle with the emulator's late delivery (userEditDeferred / userPasteDeferred).
 */
import type { Environment } from '../../../dev/emulator';
import type { CaseField } from '../../../src/domain/case-columns';
import { ALL_PACKET, caseRow, casesEnvironment, cellOf, col, letter } from '../../sheets/cases-fixture';

const at = (iso: string) => new Date(`${iso}T04:00:00Z`);
const a1 = (field: CaseField, row: number) => `${letter(field)}${row}`;
const toastsOf = (env: Environment) => env.ui.toasts.map((t) => t.message);
const historyOf = (env: Environment) => env.readSheet('History').slice(1);
const casesSheet = (env: Environment) => {
  const sheet = env.spreadsheet.getSheetByName('Cases');
  if (!sheet) throw new Error('no Cases sheet');
  return sheet;
};
/** The user sorts the data rows by Patient, descending. */
const sortByPatientDescending = (env: Environment) => casesSheet(env).getRange(2, 1, casesSheet(env).getLastRow() - 1, casesSheet(env).getLastColumn()).sort({ column: col('patient'), ascending: false });
const STALE = /^Your edit of Status in row 2 could not be checked or put back: the rows moved or the cell changed before the check ran, so nothing was written\./;

/** AA (row 2) is assembling its packet, incomplete; ZZ (row 3) is Identified. A descending sort swaps them. */
function twoPatients(): Environment {
  return casesEnvironment([
    caseRow({ caseId: 'SCA-0001', patient: 'AA', payer: 'Aetna', status: 'Assembling packet', submittedVia: 'Portal' }),
    caseRow({ caseId: 'SCA-0002', patient: 'ZZ', payer: 'Aetna', status: 'Identified', problems: 'old note' }),
  ]);
}

describe('onEdit delivered late', () => {
  describe('a refused Status edit', () => {
    it('is put back when nothing happened in between (the ordinary path)', () => {
      const env = twoPatients();
      const edit = env.loadBundle().userEditDeferred('Cases', a1('status', 2), 'Submitted');
      edit.deliver();
      expect(cellOf(env, 2, 'status')).toBe('Assembling packet');
      expect(toastsOf(env)[0]).toMatch(/^Status put back to 'Assembling packet'/);
    });

    it('after a sort: the other patient now on the row is untouched, the case is not written, the toast says the rows moved', () => {
      const env = twoPatients();
      const edit = env.loadBundle().userEditDeferred('Cases', a1('status', 2), 'Submitted');
      sortByPatientDescending(env); // ZZ is on row 2 now, AA (with the typed Submitted) on row 3
      const before = env.readSheet('Cases');
      edit.deliver();
      expect(env.readSheet('Cases')).toEqual(before);
      expect(cellOf(env, 2, 'patient')).toBe('ZZ');
      expect(cellOf(env, 2, 'status')).toBe('Identified');
      expect(cellOf(env, 3, 'status')).toBe('Submitted');
      expect(toastsOf(env)).toEqual([expect.stringMatching(STALE)]);
      expect(historyOf(env)).toEqual([]);
    });

    it('after the cell was edited again: nothing is written', () => {
      const env = twoPatients();
      const addOn = env.loadBundle();
      const edit = addOn.userEditDeferred('Cases', a1('status', 2), 'Submitted');
      addOn.userEditDeferred('Cases', a1('status', 2), 'Identified'); // its own onEdit comes later still
      const before = env.readSheet('Cases');
      edit.deliver();
      expect(env.readSheet('Cases')).toEqual(before);
      expect(cellOf(env, 2, 'status')).toBe('Identified');
      expect(toastsOf(env)).toEqual([expect.stringMatching(STALE)]);
      expect(historyOf(env)).toEqual([]);
    });

    it('after a row insert above it: nothing is written to the row that moved into its place', () => {
      const env = twoPatients();
      const edit = env.loadBundle().userEditDeferred('Cases', a1('status', 2), 'Submitted');
      casesSheet(env).insertRowBefore(2);
      const before = env.readSheet('Cases');
      edit.deliver();
      expect(env.readSheet('Cases')).toEqual(before);
      expect(toastsOf(env)).toEqual([expect.stringMatching(STALE)]);
    });

    it('when the rows are sorted while the check runs and the other row holds the same Status: the Case ID check catches it', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AA', payer: 'Aetna', status: 'Assembling packet', submittedVia: 'Portal' }),
        caseRow({ caseId: 'SCA-0002', patient: 'ZZ', payer: 'Aetna', status: 'Submitted', submittedOn: at('2026-03-02'), problems: 'old note' }),
      ]);
      const addOn = env.loadBundle();
      env.calls.before('Lock.tryLock', () => sortByPatientDescending(env));
      const edit = addOn.userEditDeferred('Cases', a1('status', 2), 'Submitted');
      edit.deliver(); // first read: AA with the typed Submitted; then ZZ (also Submitted) is sorted onto row 2
      expect(cellOf(env, 2, 'patient')).toBe('ZZ');
      expect([cellOf(env, 2, 'status'), cellOf(env, 2, 'problems')]).toEqual(['Submitted', 'old note']);
      expect([cellOf(env, 3, 'patient'), cellOf(env, 3, 'status')]).toEqual(['AA', 'Submitted']);
      expect(historyOf(env)).toEqual([]);
      expect(toastsOf(env)).toEqual([expect.stringMatching(/could not be checked or put back: the rows moved/)]);
    });
  });

  describe('a packet box (in-network attempts)', () => {
    it('after a sort: neither the patient now on the row nor the case that moved away is written', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AA', payer: 'Aetna', status: 'Assembling packet' }),
        caseRow({ caseId: 'SCA-0002', patient: 'ZZ', payer: 'Aetna', status: 'Assembling packet', problems: 'old note' }),
      ]);
      const edit = env.loadBundle().userEditDeferred('Cases', a1('packet:In-network search', 2), true); // no attempts logged: refused
      sortByPatientDescending(env); // ZZ, unticked, is on row 2 now
      const before = env.readSheet('Cases');
      edit.deliver();
      expect(env.readSheet('Cases')).toEqual(before);
      expect([cellOf(env, 3, 'patient'), cellOf(env, 3, 'packet:In-network search')]).toEqual(['AA', true]);
      expect(toastsOf(env)).toEqual([expect.stringMatching(/^Your edit of Packet: In-network search in row 2 could not be checked or put back/)]);
    });
  });

  describe('an allowed edit', () => {
    it('after a sort: no effects (Submitted on, Next follow-up), no History for the patient now on the row', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AA', payer: 'Aetna', status: 'Assembling packet', submittedVia: 'Portal', ...ALL_PACKET }),
        caseRow({ caseId: 'SCA-0002', patient: 'ZZ', payer: 'Aetna', status: 'Assembling packet' }),
      ]);
      env.writeSheet('In-network search', 'A2', [1, 2, 3].map((i) => ['SCA-0001', at('2026-03-02'), `P${i}`, 'Yes', 40, 12, 'No opening']));
      const edit = env.loadBundle().userEditDeferred('Cases', a1('status', 2), 'Submitted');
      sortByPatientDescending(env);
      edit.deliver();
      expect([cellOf(env, 2, 'submittedOn'), cellOf(env, 3, 'submittedOn')]).toEqual(['', '']);
      expect([cellOf(env, 2, 'nextFollowUp'), cellOf(env, 3, 'nextFollowUp')]).toEqual(['', '']);
      expect(historyOf(env)).toEqual([]);
    });
  });

  describe('a paste', () => {
    it('sorted while the check runs: IDs go only to edited rows that need one now, Problems only to rows still holding the same case', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'MM', status: 'Identified', problems: 'old note' }),
        caseRow({ caseId: 'SCA-0002', patient: 'NN', status: 'Identified' }),
      ]);
      const addOn = env.loadBundle();
      const paste = addOn.userPasteDeferred('Cases', a1('patient', 4), [['AA'], ['ZZ']]);
      env.calls.before('Lock.tryLock', () => sortByPatientDescending(env)); // ZZ, NN, MM, AA
      paste.deliver();
      const rows = env.readSheet('Cases').slice(1).map((r) => [r[col('caseId') - 1], r[col('patient') - 1]]);
      expect(rows).toEqual([
        ['', 'ZZ'], // sorted out of the edited rows: it gets its ID from the next edit or the daily check
        ['SCA-0002', 'NN'],
        ['SCA-0001', 'MM'],
        ['SCA-0003', 'AA'],
      ]);
      // Row 4 holds another case (MM) than when the paste was first read: its Problems are not rewritten.
      expect(cellOf(env, 4, 'problems')).toBe('old note');
      expect(toastsOf(env).join(' ')).toMatch(/moved before the check ran/);
    });
  });
});
