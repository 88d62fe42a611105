/** onEdit through the built bundle: hand edits on the Cases sheet, as the emulator's user types them. */
import type { CellValue, Environment } from '../../../dev/emulator';
import type { CaseField } from '../../../src/domain/case-columns';
import { ALL_PACKET, caseRow, casesEnvironment, cellOf, letter, manyCases } from '../../sheets/cases-fixture';

const TODAY_NOON = new Date('2026-03-09T15:00:00Z');
const at = (iso: string) => new Date(`${iso}T04:00:00Z`); // local midnight, New York (EDT from 2026-03-08)
const a1 = (field: CaseField, row: number) => `${letter(field)}${row}`;
const toastsOf = (env: Environment) => env.ui.toasts.map((t) => t.message);
const historyOf = (env: Environment) => env.readSheet('History').slice(1);
const PASTED_ID =
  "The Case ID cell was pasted over: Case IDs are issued by the add-on, so check this row carries its own case's ID (clear the cell to get a new one).";
const BY_HAND =
  'Case IDs are issued by the add-on and cannot be typed or changed by hand: a row with case data gets the next ID by itself, and a duplicate is resolved by clearing the Case ID cell of the extra row.';

function logAttempts(env: Environment, caseId: string, n: number): void {
  const rows = Array.from({ length: n }, (_, i) => [caseId, at('2026-03-02'), `Provider ${i + 1}`, 'Yes', 40, 12, 'No opening']);
  env.writeSheet('In-network search', 'A2', rows);
}

describe('onEdit', () => {
  describe('a single typed cell that breaks a rule is put back', () => {
    it.each<[string, Partial<Record<CaseField, CellValue>>, string, RegExp]>([
      ['Submitted with the packet incomplete', { status: 'Assembling packet', submittedVia: 'Portal' }, 'Submitted', /Complete the packet before submitting; not yet ticked: Clinical summary, Treatment plan, In-network search, Credentials, Member & diagnosis, Services & rate\./],
      ['Approved (written) without written terms', { status: 'Approved (verbal)', submittedOn: at('2026-02-02'), submittedVia: 'Fax' }, 'Approved (written)', /The written terms are incomplete: fill SCA #, Approved codes, Units approved, Approved rate, Start date, End date\./],
      ['Active without written terms', { status: 'Approved (written)', submittedOn: at('2026-02-02'), submittedVia: 'Fax' }, 'Active', /The written terms are incomplete/],
      ['Denied without a denial reason', { status: 'Submitted', submittedOn: at('2026-02-02'), submittedVia: 'Fax' }, 'Denied', /Choose a Denial reason before marking the case Denied\./],
      ['a move the lifecycle does not allow', { status: 'Identified' }, 'Active', /A case cannot go from Identified to Active\./],
    ])('Status → %s', (_name, fields, typed, reason) => {
      const old = String(fields.status);
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', ...fields })]);
      const result = env.loadBundle().userEdit('Cases', a1('status', 2), typed);
      expect(result.accepted).toBe(true);
      expect(cellOf(env, 2, 'status')).toBe(old);
      expect(toastsOf(env)).toEqual([expect.stringMatching(reason)]);
      expect(toastsOf(env)[0]).toMatch(new RegExp(`^Status put back to '${old.replace(/[()]/g, '\\$&')}'`));
      expect(String(cellOf(env, 2, 'problems'))).toMatch(reason);
      expect(historyOf(env)).toEqual([]);
    });

    it('a typed Status on a row whose Status was empty is cleared again', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB' })]);
      env.loadBundle().userEdit('Cases', a1('status', 2), 'Active');
      expect(cellOf(env, 2, 'status')).toBe('');
      expect(toastsOf(env)[0]).toMatch(/^Status put back to empty: A case cannot go from Identified to Active/);
    });

    it('ticking Packet: In-network search with fewer logged attempts than the plan needs', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Assembling packet' })]);
      logAttempts(env, 'SCA-0001', 2);
      env.loadBundle().userEdit('Cases', a1('packet:In-network search', 2), true);
      expect(cellOf(env, 2, 'packet:In-network search')).toBe(false);
      const reason = 'Packet: In-network search is ticked but only 2 of the 3 required in-network attempts are logged.';
      expect(toastsOf(env)).toEqual([`Packet: In-network search put back to 'unticked': ${reason}`]);
      expect(cellOf(env, 2, 'problems')).toBe(reason);
      expect(historyOf(env)).toEqual([]);
    });

    it("uses the payer's plan rule for the minimum attempts", () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Cigna', status: 'Assembling packet' })]);
      env.writeSheet('Plan rules', 'A2', [['Cigna', '', 2, '', '', '', '']]);
      logAttempts(env, 'SCA-0001', 2);
      env.loadBundle().userEdit('Cases', a1('packet:In-network search', 2), true);
      expect(cellOf(env, 2, 'packet:In-network search')).toBe(true);
      expect(historyOf(env)).toEqual([[TODAY_NOON, 'coordinator@clinic.example', 'SCA-0001', 'Packet: In-network search', 'unticked', 'ticked', 'sheet edit']]);
    });
  });

  describe('an allowed edit is kept and recorded', () => {
    it('Status → Submitted: kept, Submitted on and Next follow-up filled where empty, all in History', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Assembling packet', submittedVia: 'Portal', ...ALL_PACKET }),
      ]);
      logAttempts(env, 'SCA-0001', 3);
      env.loadBundle().userEdit('Cases', a1('status', 2), 'Submitted');
      expect(cellOf(env, 2, 'status')).toBe('Submitted');
      expect(cellOf(env, 2, 'submittedOn')).toEqual(at('2026-03-09'));
      expect(cellOf(env, 2, 'nextFollowUp')).toEqual(at('2026-03-16'));
      expect(cellOf(env, 2, 'problems')).toBe('');
      expect(toastsOf(env)).toEqual([]);
      const who = 'coordinator@clinic.example';
      expect(historyOf(env)).toEqual([
        [TODAY_NOON, who, 'SCA-0001', 'Status', 'Assembling packet', 'Submitted', 'sheet edit'],
        [TODAY_NOON, who, 'SCA-0001', 'Submitted on', '', '2026-03-09', 'sheet edit'],
        [TODAY_NOON, who, 'SCA-0001', 'Next follow-up', '', '2026-03-16', 'sheet edit'],
      ]);
    });

    it("Status → Submitted checks the payer's own required items (Plan rules), not the defaults", () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Cigna', status: 'Assembling packet', submittedVia: 'Fax', 'packet:Clinical summary': true }),
      ]);
      env.writeSheet('Plan rules', 'A2', [['Cigna', 'Clinical summary', '', '', '', '', '']]);
      env.loadBundle().userEdit('Cases', a1('status', 2), 'Submitted');
      expect(cellOf(env, 2, 'status')).toBe('Submitted');
      expect(toastsOf(env)).toEqual([]);
    });

    it("never overwrites a user's Next follow-up with a computed one", () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Submitted', submittedOn: at('2026-03-02'), submittedVia: 'Fax', nextFollowUp: at('2026-03-11'), ...ALL_PACKET }),
      ]);
      logAttempts(env, 'SCA-0001', 3);
      env.loadBundle().userEdit('Cases', a1('status', 2), 'In negotiation');
      expect(cellOf(env, 2, 'status')).toBe('In negotiation');
      expect(cellOf(env, 2, 'nextFollowUp')).toEqual(at('2026-03-11'));
      expect(historyOf(env).map((r) => r[3])).toEqual(['Status']);
    });

    it('a packet item ticked or unticked goes to History', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Assembling packet' })]);
      const addOn = env.loadBundle();
      addOn.userEdit('Cases', a1('packet:Credentials', 2), true);
      addOn.userEdit('Cases', a1('packet:Credentials', 2), false);
      expect(historyOf(env).map((r) => r.slice(2, 6))).toEqual([
        ['SCA-0001', 'Packet: Credentials', 'unticked', 'ticked'],
        ['SCA-0001', 'Packet: Credentials', 'ticked', 'unticked'],
      ]);
    });

    it('records no user when Apps Script hides it', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified' })]);
      env.setActiveUser('');
      env.loadBundle().userEdit('Cases', a1('status', 2), 'Assembling packet');
      expect(historyOf(env)[0]?.[1]).toBe('');
    });
  });

  describe('a paste', () => {
    it('keeps the pasted values, flags the rows that break a rule and says how many', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified' })]);
      const pasted = [
        caseRow({ caseId: 'SCA-0002', patient: 'CD', status: 'Active' }),
        caseRow({ caseId: 'SCA-0003', patient: 'EF', status: 'Identified' }),
        caseRow({ caseId: 'SCA-0004', patient: 'GH', status: 'Denied', submittedOn: at('2026-02-02'), submittedVia: 'Fax' }),
      ].map((r) => r.slice(0, 9));
      env.loadBundle().userPaste('Cases', 'A3', pasted);
      expect([3, 4, 5].map((r) => cellOf(env, r, 'status'))).toEqual(['Active', 'Identified', 'Denied']);
      expect(toastsOf(env)).toEqual(['2 pasted rows break a rule — see the Problems column']);
      expect(String(cellOf(env, 3, 'problems'))).toMatch(/The written terms are incomplete/);
      expect(cellOf(env, 4, 'problems')).toBe(PASTED_ID);
      expect(cellOf(env, 5, 'problems')).toBe(`${PASTED_ID}\nChoose a Denial reason before marking the case Denied.`);
    });

    it('a paste that leaves the Case ID column alone reports nothing about IDs', () => {
      const env = casesEnvironment(manyCases(2));
      env.loadBundle().userPaste('Cases', a1('notes', 2), [['a'], ['b']]);
      expect([2, 3].map((r) => cellOf(env, r, 'problems'))).toEqual(['', '']);
    });

    it('a single pasted cell (no e.value, no e.oldValue) is kept and flagged, never put back to a guess', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified' })]);
      env.loadBundle().userPaste('Cases', a1('status', 2), [['Active']]);
      expect(cellOf(env, 2, 'status')).toBe('Active');
      expect(toastsOf(env)).toEqual(['1 pasted row breaks a rule — see the Problems column']);
      expect(String(cellOf(env, 2, 'problems'))).toMatch(/The written terms are incomplete/);
    });

    it('gives pasted rows without an ID the next IDs', () => {
      const env = casesEnvironment(manyCases(2));
      env.loadBundle().userPaste('Cases', 'B4', [['XY'], ['ZW']]);
      expect([4, 5].map((r) => cellOf(env, r, 'caseId'))).toEqual(['SCA-0003', 'SCA-0004']);
      expect(historyOf(env).map((r) => r.slice(2, 6))).toEqual([
        ['SCA-0003', 'Case ID', '', 'SCA-0003'],
        ['SCA-0004', 'Case ID', '', 'SCA-0004'],
      ]);
    });
  });

  describe('Case IDs', () => {
    it('a row typed by hand without an ID gets the next one', () => {
      const env = casesEnvironment(manyCases(6));
      env.loadBundle().userEdit('Cases', a1('patient', 8), 'QR');
      expect(cellOf(env, 8, 'caseId')).toBe('SCA-0007');
      expect(historyOf(env)).toEqual([[TODAY_NOON, 'coordinator@clinic.example', 'SCA-0007', 'Case ID', '', 'SCA-0007', 'sheet edit']]);
    });

    it('a cleared Case ID (resolving a duplicate) gets a new one, and History shows the old', () => {
      const env = casesEnvironment([...manyCases(2), caseRow({ caseId: 'SCA-0001', patient: 'X', status: 'Identified' })]);
      env.loadBundle().userEdit('Cases', a1('caseId', 4), '');
      expect(cellOf(env, 4, 'caseId')).toBe('SCA-0003');
      expect(historyOf(env).map((r) => r.slice(2, 6))).toEqual([['SCA-0003', 'Case ID', 'SCA-0001', 'SCA-0003']]);
      expect(cellOf(env, 4, 'problems')).toBe('');
    });

    it('when another execution holds the document lock, nothing is written and the toast says the edit was not checked', () => {
      const env = casesEnvironment(manyCases(1));
      env.writeSheet('Cases', a1('unitsUsed', 3), [[-2]]);
      env.locks.holdElsewhere('document');
      env.loadBundle().userEdit('Cases', a1('patient', 3), 'XY');
      expect(cellOf(env, 3, 'caseId')).toBe('');
      expect(cellOf(env, 3, 'problems')).toBe('');
      expect(toastsOf(env)).toEqual([expect.stringMatching(/^Your edit was kept but not checked: the tracker was busy/)]);
    });

    it('a duplicate ID (pasted) is reported on both rows and renumbered on neither', () => {
      const env = casesEnvironment(manyCases(3));
      env.loadBundle().userPaste('Cases', a1('caseId', 4), [['SCA-0001']]);
      const message = 'Case ID SCA-0001 is on rows 2, 4: keep it on one row and clear the Case ID cell of the others (they get a new ID).';
      expect(cellOf(env, 2, 'caseId')).toBe('SCA-0001');
      expect(cellOf(env, 4, 'caseId')).toBe('SCA-0001');
      expect(cellOf(env, 2, 'problems')).toBe(message);
      expect(cellOf(env, 4, 'problems')).toBe(`${PASTED_ID}\n${message}`);
    });

    it('a refused Status on a row whose Case ID is on another row too is not put back: the duplicate comes first', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Assembling packet' }),
        caseRow({ caseId: 'SCA-0001', patient: 'CD', payer: 'Aetna', status: 'Identified' }),
      ]);
      env.loadBundle().userEdit('Cases', a1('status', 2), 'Submitted');
      const message = 'Case ID SCA-0001 is on rows 2, 3: keep it on one row and clear the Case ID cell of the others (they get a new ID).';
      expect(cellOf(env, 2, 'status')).toBe('Submitted');
      expect(String(cellOf(env, 2, 'problems')).split('\n')).toContain(message);
      expect(toastsOf(env)).toEqual([`Your edit of Status in row 2 was not checked or put back: ${message}`]);
      expect(historyOf(env)).toEqual([]);
    });

    describe('hand edits of the Case ID cell are refused (IDs are issued by the add-on)', () => {
      it.each<[string, number, string, string]>([
        ['an ID changed to another', 2, 'SCA-0009', "Case ID put back to 'SCA-0001'"],
        ['an ID changed to an existing one', 3, 'SCA-0001', "Case ID put back to 'SCA-0002'"],
        ['a unique ID cleared', 2, '', "Case ID put back to 'SCA-0001'"],
      ])('%s is put back, with a toast and a Problems line', (_name, row, typed, toast) => {
        const env = casesEnvironment(manyCases(2));
        const before = cellOf(env, row, 'caseId');
        env.loadBundle().userEdit('Cases', a1('caseId', row), typed);
        expect(cellOf(env, row, 'caseId')).toBe(before);
        expect(toastsOf(env)).toEqual([`${toast}: ${BY_HAND}`]);
        expect(cellOf(env, row, 'problems')).toBe(BY_HAND);
        expect(historyOf(env)).toEqual([]);
      });

      it('an ID typed into the blank Case ID cell of a new row is cleared, and the row gets the next issued ID', () => {
        const env = casesEnvironment([...manyCases(2), caseRow({ patient: 'QR' })]);
        env.loadBundle().userEdit('Cases', a1('caseId', 4), 'MY-1');
        expect(cellOf(env, 4, 'caseId')).toBe('SCA-0003');
        expect(toastsOf(env)).toEqual([`Case ID put back to empty: ${BY_HAND}`]);
        expect(historyOf(env).map((r) => r.slice(2, 6))).toEqual([['SCA-0003', 'Case ID', '', 'SCA-0003']]);
      });

      it("an old text ID such as '0042' goes back as text, not as the number 42", () => {
        const env = casesEnvironment([caseRow({ caseId: "'0042", patient: 'AB', status: 'Identified' })]);
        env.loadBundle().userEdit('Cases', a1('caseId', 2), 'SCA-0001');
        expect(cellOf(env, 2, 'caseId')).toBe('0042');
      });
    });
  });

  describe('a cell no rule looks at (Notes, a column of the clinic\'s own)', () => {
    it('is kept without a check: no lock, no Problems rewrite, no History, no toast', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified', problems: 'as the last check left it' })]);
      const addOn = env.loadBundle();
      env.calls.reset();
      addOn.userEdit('Cases', a1('notes', 2), 'called the payer');
      expect(cellOf(env, 2, 'notes')).toBe('called the payer');
      expect(cellOf(env, 2, 'problems')).toBe('as the last check left it');
      expect(env.calls.get('Lock')).toBe(0);
      expect(env.calls.get('Range.setValues') + env.calls.get('Range.setValue') + env.calls.get('Sheet.appendRow')).toBe(0);
      expect(historyOf(env)).toEqual([]);
      expect(toastsOf(env)).toEqual([]);
    });

    it('still gives a row with case data and no Case ID the next ID', () => {
      const env = casesEnvironment([...manyCases(2), caseRow({ patient: 'QR', status: 'Identified' })]);
      env.loadBundle().userEdit('Cases', a1('notes', 4), 'first call');
      expect(cellOf(env, 4, 'caseId')).toBe('SCA-0003');
      expect(historyOf(env).map((r) => r.slice(2, 6))).toEqual([['SCA-0003', 'Case ID', '', 'SCA-0003']]);
    });
  });

  describe('bad cells', () => {
    it('are reported in Problems and never corrected', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified', endDate: 'next Tuesday', unitsUsed: -3, approvedRate: '#REF!' })]);
      env.loadBundle().userEdit('Cases', a1('patient', 2), 'AC');
      expect([cellOf(env, 2, 'endDate'), cellOf(env, 2, 'unitsUsed'), cellOf(env, 2, 'approvedRate')]).toEqual(['next Tuesday', -3, '#REF!']);
      expect(String(cellOf(env, 2, 'problems')).split('\n')).toEqual([
        "Approved rate: the cell shows #REF! (a formula points at a deleted cell); fix the formula or clear the cell.",
        "Units used: '-3' is negative; enter 0 or more",
        "End date: 'next Tuesday' is not a date",
      ]);
    });

    it('a fixed cell clears its problem (Problems is rewritten from scratch)', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified', unitsUsed: -3, problems: 'old text' })]);
      env.loadBundle().userEdit('Cases', a1('unitsUsed', 2), 3);
      expect(cellOf(env, 2, 'problems')).toBe('');
    });
  });

  describe('edge cases', () => {
    it('ignores the header row and other sheets', () => {
      const env = casesEnvironment(manyCases(1));
      const addOn = env.loadBundle();
      addOn.userEdit('Cases', 'B1', 'Patient ID');
      addOn.userEdit('Sheet1', 'A1', 'x');
      expect(historyOf(env)).toEqual([]);
      expect(env.readSheet('Cases')[0]?.[1]).toBe('Patient ID');
      expect(toastsOf(env)).toEqual([]);
    });

    it('costs the same number of spreadsheet calls on 5,000 rows as on 50', () => {
      const calls = (n: number) => {
        const env = casesEnvironment(manyCases(n, { status: 'Assembling packet' }));
        logAttempts(env, 'SCA-0010', 1);
        const addOn = env.loadBundle();
        env.calls.reset();
        addOn.userEdit('Cases', a1('status', 11), 'Submitted');
        addOn.userEdit('Cases', a1('notes', 12), 'called');
        addOn.userPaste('Cases', a1('notes', 20), [['a'], ['b']]);
        return env.calls.snapshot();
      };
      const small = calls(50);
      expect(calls(5000)).toEqual(small);
      // Three edits; the first reads the column metadata (then cached by header row).
      expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(300);
    });
  });
});
