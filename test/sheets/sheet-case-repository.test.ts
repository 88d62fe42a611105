/**
 * The repository against the emulated spreadsheet (env.spreadsheet: the same model the bundle sees,
 * every call counted). The bundle-level tests in test/app drive it through public functions.
 */
import { createEnvironment, type Environment } from '../../dev/emulator';
import { InMemoryLock } from '../fakes/in-memory-lock';
import { InMemoryStore } from '../fakes/in-memory-store';
import { CaseIdSequence, CASE_ID_COUNTER_KEY } from '../../src/sheets/case-id-sequence';
import { SheetCaseRepository } from '../../src/sheets/sheet-case-repository';
import { DEFAULT_SERVICE_LINES } from '../../src/domain/vocabulary';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';
import type { SaveRules } from '../../src/ports/case-repository';
import { caseRow, casesEnvironment, cellOf, col, letter, manyCases, rowOf } from './cases-fixture';

function repositoryFor(env: Environment, store = new InMemoryStore()): SheetCaseRepository {
  (globalThis as Record<string, unknown>).SpreadsheetApp = env.globals.SpreadsheetApp;
  return new SheetCaseRepository({
    spreadsheet: env.spreadsheet,
    timeZone: env.timeZone,
    serviceLines: DEFAULT_SERVICE_LINES,
    lock: new InMemoryLock(),
    ids: new CaseIdSequence(store),
  });
}

/** The default plan rule for every payer, and `attempts` in-network searches logged for every case. */
const rules = (attempts = 0): SaveRules => ({ planRuleFor: (c) => DEFAULT_PLAN_RULE(c.payer), inNetworkAttempts: () => attempts });

describe('SheetCaseRepository', () => {
  describe('loadAll', () => {
    it('returns one record per data row with parsed cases, cell problems and fingerprints', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Submitted', endDate: 'next Tuesday' }),
        caseRow({}),
        caseRow({ caseId: 'SCA-0002', patient: 'CD', unitsUsed: -3 }),
      ]);
      const table = repositoryFor(env).loadAll();
      expect(table.sheetProblems).toEqual([]);
      expect(table.records.map((r) => [r.rowNumber, r.case?.caseId ?? null])).toEqual([[2, 'SCA-0001'], [3, null], [4, 'SCA-0002']]);
      expect(table.records[0]?.case?.status).toBe('Submitted');
      expect(table.records[0]?.problems.map((p) => p.code)).toEqual(['not_a_date']);
      expect(table.records[2]?.problems.map((p) => p.code)).toContain('negative_number');
      expect(new Set(table.records.map((r) => r.fingerprint)).size).toBe(3);
    });

    it('reports a duplicate Case ID on every row carrying it and renumbers nothing', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'AB', status: 'Identified' }),
        caseRow({ caseId: 'SCA-0002', patient: 'CD', status: 'Identified' }),
        caseRow({ caseId: 'sca-0001 ', patient: 'EF', status: 'Identified' }),
      ]);
      const table = repositoryFor(env).loadAll();
      const dup = (i: number) => table.records[i]?.problems.filter((p) => p.code === 'duplicate_case_id').map((p) => p.message);
      expect(dup(0)).toEqual(['Case ID SCA-0001 is on rows 2, 4: keep it on one row and clear the Case ID cell of the others (they get a new ID).']);
      expect(dup(2)).toEqual(dup(0));
      expect(dup(1)).toEqual([]);
      expect(cellOf(env, 4, 'caseId')).toBe('sca-0001 ');
    });

    it('reports missing columns as sheet problems', () => {
      const env = createEnvironment();
      env.writeSheet('Cases', 'A1', [['Case ID', 'Patient', 'Status']]);
      const table = repositoryFor(env).loadAll();
      expect(table.sheetProblems.map((p) => p.column)).toContain('End date');
      expect(table.sheetProblems[0]?.message).toMatch(/run Set up or repair tracker/);
    });

    it('fingerprints ignore Flags and Problems (the daily check rewrites them)', () => {
      const env = casesEnvironment(manyCases(1));
      const repo = repositoryFor(env);
      const before = repo.loadAll().records[0]?.fingerprint;
      repo.writeAddOnCells([{ caseId: 'SCA-0001', flags: 'Follow-up due', problems: 'x' }]);
      expect(repo.loadAll().records[0]?.fingerprint).toBe(before);
    });

    it('reads 5,000 cases with the same number of spreadsheet calls as 50', () => {
      const count = (n: number) => {
        const env = casesEnvironment(manyCases(n));
        const repo = repositoryFor(env);
        env.calls.reset();
        expect(repo.loadAll().records).toHaveLength(n);
        return env.calls.snapshot();
      };
      expect(count(5000)).toEqual(count(50));
    });
  });

  describe('writeAddOnCells', () => {
    it('writes Flags and Problems by Case ID after a sort, leaves other rows and columns alone', () => {
      const env = casesEnvironment(manyCases(3));
      env.writeSheet('Cases', `${'A'}4`, [['SCA-0003']]);
      const repo = repositoryFor(env);
      repo.loadAll();
      const sheet = env.spreadsheet.getSheetByName('Cases');
      sheet?.sort(col('patient'), false); // P3, P2, P1
      const before = env.readSheet('Cases');
      env.calls.reset();
      repo.writeAddOnCells([{ caseId: 'SCA-0001', flags: 'End date in 7 days' }, { caseId: 'SCA-0003', problems: 'Units used: bad' }]);
      const after = env.readSheet('Cases');
      expect(cellOf(env, 4, 'caseId')).toBe('SCA-0001');
      expect(cellOf(env, 4, 'flags')).toBe('End date in 7 days');
      expect(cellOf(env, 2, 'problems')).toBe('Units used: bad');
      // Only the two add-on cells changed.
      const changed: string[] = [];
      after.forEach((row, r) => row.forEach((v, c) => { if (v !== before[r]?.[c]) changed.push(`${r + 1}:${c + 1}`); }));
      expect(changed.sort()).toEqual([`2:${col('problems')}`, `4:${col('flags')}`].sort());
      // After loadAll, Flags and Problems (side by side) are one write, and the sheet is not read whole again:
      // the Case ID column and the pair, a few columns apart, are re-read in one getSheetValues through the last
      // row with data.
      expect(env.calls.snapshot()).toEqual({ 'Sheet.getSheetValues': 1, 'Sheet.getRange': 1, 'Range.setValues': 1 });
    });

    it('matches rows by the Case ID read at write time when rows were deleted and added between the load and the write', () => {
      const env = casesEnvironment(manyCases(4));
      const repo = repositoryFor(env);
      repo.loadAll();
      const sheet = env.spreadsheet.getSheetByName('Cases');
      sheet?.deleteRows(2, 2); // SCA-0001 and SCA-0002 are gone: SCA-0003 is on row 2 now
      sheet?.appendRow(caseRow({ caseId: 'SCA-0009', patient: 'P9' })); // typed by a person: row 4
      sheet?.appendRow(caseRow({ caseId: 'SCA-0010', patient: 'P10', flags: 'theirs' })); // row 5, past the rows loaded
      env.calls.reset();
      repo.writeAddOnCells([
        { caseId: 'SCA-0001', flags: 'gone' },
        { caseId: 'SCA-0003', flags: 'three' },
        { caseId: 'SCA-0004', problems: 'four' },
      ]);
      expect([2, 3, 4, 5].map((r) => [cellOf(env, r, 'caseId'), cellOf(env, r, 'flags'), cellOf(env, r, 'problems')])).toEqual([
        ['SCA-0003', 'three', ''],
        ['SCA-0004', '', 'four'],
        ['SCA-0009', '', ''],
        ['SCA-0010', 'theirs', ''],
      ]);
      expect(env.calls.get('Range.setValues')).toBe(1); // still the narrow write: no whole-sheet read
    });

    it('writes by the header read at write time when a column was inserted between the load and the write', () => {
      const env = casesEnvironment(manyCases(3));
      const repo = repositoryFor(env);
      repo.loadAll();
      const sheet = env.spreadsheet.getSheetByName('Cases');
      sheet?.insertColumnsBefore(col('flags'), 1); // a person adds a column where Flags was
      sheet?.getRange(1, col('flags')).setValue('My notes');
      env.writeSheet('Cases', `${letter('flags')}3`, [['mine']]);
      repo.writeAddOnCells([{ caseId: 'SCA-0002', flags: 'End date in 7 days', problems: '' }]);
      const rows = env.readSheet('Cases');
      expect(rows[2]?.[col('flags') - 1]).toBe('mine'); // the person's cell is untouched
      expect(rows[2]?.[col('flags')]).toBe('End date in 7 days'); // Flags, one column to the right now
      expect(rows[0]?.[col('flags')]).toBe('Flags');
    });

    it('re-reads the whole sheet when Flags and Problems are not side by side, and still writes only them', () => {
      const env = casesEnvironment(manyCases(2));
      const sheet = env.spreadsheet.getSheetByName('Cases');
      sheet?.insertColumnsBefore(col('problems'), 1);
      sheet?.getRange(1, col('problems')).setValue('Between');
      const repo = repositoryFor(env);
      repo.loadAll();
      env.calls.reset();
      repo.writeAddOnCells([{ caseId: 'SCA-0001', flags: 'x', problems: 'y' }]);
      const rows = env.readSheet('Cases');
      expect([rows[1]?.[col('flags') - 1], rows[1]?.[col('problems') - 1], rows[1]?.[col('problems')]]).toEqual(['x', '', 'y']);
      expect(env.calls.get('Sheet.getSheetValues')).toBe(1); // the whole sheet, through its last row and column
      expect(env.calls.get('Range.setValues')).toBe(2);
    });

    it('re-reads the Case ID column and the pair apart when a clinic put many columns between them, after a sort', () => {
      const env = casesEnvironment(manyCases(3));
      const sheet = env.spreadsheet.getSheetByName('Cases');
      sheet?.insertColumnsAfter(col('caseId'), 9); // nine of the clinic's own columns right of Case ID
      sheet?.getRange(1, col('caseId') + 1, 1, 9).setValues([Array.from({ length: 9 }, (_, i) => `Own ${i + 1}`)]);
      const repo = repositoryFor(env);
      repo.loadAll();
      sheet?.sort(col('patient') + 9, false); // P3, P2, P1
      env.calls.reset();
      repo.writeAddOnCells([{ caseId: 'SCA-0001', flags: 'x', problems: 'y' }]);
      const rows = env.readSheet('Cases');
      expect([rows[3]?.[0], rows[3]?.[col('flags') + 8], rows[3]?.[col('problems') + 8]]).toEqual(['SCA-0001', 'x', 'y']);
      expect(rows.slice(1, 3).map((r) => r[col('flags') + 8])).toEqual(['', '']);
      expect(env.calls.snapshot()).toEqual({ 'Sheet.getSheetValues': 2, 'Sheet.getRange': 1, 'Range.setValues': 1 });
    });

    it('writes with the same number of calls for 5,000 rows as for 50', () => {
      const count = (n: number) => {
        const env = casesEnvironment(manyCases(n));
        const repo = repositoryFor(env);
        env.calls.reset();
        repo.writeAddOnCells(manyCases(n).map((_, i) => ({ caseId: `SCA-${String(i + 1).padStart(4, '0')}`, flags: 'x', problems: '' })));
        return env.calls.snapshot();
      };
      expect(count(5000)).toEqual(count(50));
    });
  });

  describe('save', () => {
    it('writes only the changed cells of the case, dates at local midnight in the spreadsheet zone', () => {
      const env = casesEnvironment(manyCases(2));
      const repo = repositoryFor(env);
      const basis = repo.findById('SCA-0002')?.fingerprint ?? '';
      const result = repo.save('SCA-0002', basis, { payer: 'Aetna', nextFollowUp: '2026-03-16', scaNumber: 'A-1' }, rules());
      expect(result.ok).toBe(true);
      expect(cellOf(env, 3, 'nextFollowUp')).toEqual(new Date('2026-03-16T04:00:00Z'));
      expect(cellOf(env, 3, 'scaNumber')).toBe('A-1');
      if (result.ok) expect(result.record.case?.nextFollowUp).toBe('2026-03-16');
      expect(rowOf(env, 2)).toEqual(manyCases(1)[0]);
    });

    it('refuses with row-changed when the sheet was sorted since loading, and never writes another patient\'s row', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'ZZ', status: 'Identified' }),
        caseRow({ caseId: 'SCA-0002', patient: 'AA', status: 'Identified' }),
      ]);
      const repo = repositoryFor(env);
      const loaded = repo.loadAll().records[0];
      env.spreadsheet.getSheetByName('Cases')?.sort(col('patient'));
      const otherBefore = rowOf(env, 2);
      const result = repo.save('SCA-0001', loaded?.fingerprint ?? '', { notes: 'called payer' }, rules());
      // The row moved but its cells are the same: the save lands on SCA-0001 wherever it is now.
      expect(result.ok).toBe(true);
      expect(rowOf(env, 2)).toEqual(otherBefore);
      expect(cellOf(env, 3, 'notes')).toBe('called payer');
    });

    it('after a sort that puts another patient on the loaded row, a changed case is refused and no row is written', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0001', patient: 'ZZ', status: 'Identified' }),
        caseRow({ caseId: 'SCA-0002', patient: 'AA', status: 'Identified' }),
      ]);
      const repo = repositoryFor(env);
      const loaded = repo.loadAll().records[0]; // SCA-0001 on row 2
      env.spreadsheet.getSheetByName('Cases')?.sort(col('patient')); // AA (SCA-0002) is now on row 2
      env.writeSheet('Cases', `${'B'}3`, [['ZZ-renamed']]); // and SCA-0001 was edited
      const before = env.readSheet('Cases');
      const result = repo.save('SCA-0001', loaded?.fingerprint ?? '', { notes: 'called payer' }, rules());
      expect(result).toMatchObject({ ok: false, reason: 'row-changed' });
      expect(env.readSheet('Cases')).toEqual(before);
      expect(cellOf(env, 2, 'caseId')).toBe('SCA-0002');
      expect(cellOf(env, 2, 'notes')).toBe('');
    });

    it('refuses with row-changed when the case was edited underneath', () => {
      const env = casesEnvironment(manyCases(2));
      const repo = repositoryFor(env);
      const basis = repo.findById('SCA-0001')?.fingerprint ?? '';
      env.writeSheet('Cases', `A2`, [['SCA-0001', 'P1-edited']]);
      const before = env.readSheet('Cases');
      const result = repo.save('SCA-0001', basis, { notes: 'x' }, rules());
      expect(result).toMatchObject({ ok: false, reason: 'row-changed' });
      expect(env.readSheet('Cases')).toEqual(before);
    });

    it('refuses with case-not-found and duplicate-case-id', () => {
      const env = casesEnvironment([...manyCases(2), caseRow({ caseId: 'SCA-0002', patient: 'X' })]);
      const repo = repositoryFor(env);
      expect(repo.save('SCA-0009', 'x', { notes: 'n' }, rules())).toMatchObject({ ok: false, reason: 'case-not-found' });
      expect(repo.save('SCA-0002', 'x', { notes: 'n' }, rules())).toMatchObject({ ok: false, reason: 'duplicate-case-id' });
    });
  });

  describe('save guards and inert text', () => {
    it('writes text that begins with = as that text, never as a formula, and a number sent as text as the number', () => {
      const env = casesEnvironment(manyCases(1));
      const repo = repositoryFor(env);
      const basis = repo.findById('SCA-0001')?.fingerprint ?? '';
      const result = repo.save('SCA-0001', basis, { notes: '=IMPORTXML("https://x.example","//a")', patient: '+AB', payerReference: '0042', unitsUsed: '12' }, rules());
      expect(result.ok).toBe(true);
      expect(cellOf(env, 2, 'notes')).toBe('=IMPORTXML("https://x.example","//a")');
      expect(env.spreadsheet.getSheetByName('Cases')?.getRange(2, col('notes')).getFormula()).toBe('');
      expect(cellOf(env, 2, 'patient')).toBe('+AB');
      expect(cellOf(env, 2, 'payerReference')).toBe('0042');
      expect(cellOf(env, 2, 'unitsUsed')).toBe(12);
    });

    it('refuses a change of Status that a guard refuses, with its code, and writes nothing', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Acme', status: 'Identified' })]);
      const repo = repositoryFor(env);
      const basis = repo.findById('SCA-0001')?.fingerprint ?? '';
      const before = env.readSheet('Cases');
      const result = repo.save('SCA-0001', basis, { status: 'Active', notes: 'skip ahead' }, rules());
      expect(result).toMatchObject({ ok: false, reason: 'refused', refusals: expect.arrayContaining([expect.objectContaining({ code: 'transition_not_allowed' })]) });
      expect(env.readSheet('Cases')).toEqual(before);
    });

    it('saves a change of Status that passes every guard', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Acme', status: 'Identified' })]);
      const repo = repositoryFor(env);
      const basis = repo.findById('SCA-0001')?.fingerprint ?? '';
      const result = repo.save('SCA-0001', basis, { status: 'Closed' }, rules());
      expect(result).toMatchObject({ ok: true });
      expect(cellOf(env, 2, 'status')).toBe('Closed');
    });
  });

  describe('create and IDs', () => {
    it('appends below the last case with max(counter, highest ID) + 1 and remembers it', () => {
      const env = casesEnvironment([...manyCases(2), caseRow({})]);
      const store = new InMemoryStore();
      store.set(CASE_ID_COUNTER_KEY, '1');
      const repo = repositoryFor(env, store);
      const record = repo.create({ status: 'Identified', owner: 'a@clinic.example' });
      expect(record.rowNumber).toBe(4);
      expect(record.case).toMatchObject({ caseId: 'SCA-0003', status: 'Identified', owner: 'a@clinic.example' });
      expect(store.get(CASE_ID_COUNTER_KEY)).toBe('3');
    });

    it('never reuses an ID whose row was deleted', () => {
      const env = casesEnvironment(manyCases(3));
      const store = new InMemoryStore();
      const repo = repositoryFor(env, store);
      repo.create({ status: 'Identified' });
      env.spreadsheet.getSheetByName('Cases')?.deleteRow(5);
      expect(repo.create({ status: 'Identified' }).case?.caseId).toBe('SCA-0005');
    });

    it('grows past SCA-9999', () => {
      const env = casesEnvironment([caseRow({ caseId: 'SCA-9999', patient: 'X' })]);
      expect(repositoryFor(env).create({}).case?.caseId).toBe('SCA-10000');
    });

    it('assigns IDs to hand-typed rows only, one write per run of adjacent rows, leaving duplicates alone', () => {
      const env = casesEnvironment([
        caseRow({ caseId: 'SCA-0004', patient: 'A' }),
        caseRow({ patient: 'typed' }),
        caseRow({}),
        caseRow({ caseId: 'SCA-0004', patient: 'B' }),
        caseRow({ payer: 'Cigna' }),
      ]);
      const repo = repositoryFor(env);
      env.calls.reset();
      expect(repo.assignMissingIds()).toEqual([{ rowNumber: 3, caseId: 'SCA-0005' }, { rowNumber: 6, caseId: 'SCA-0006' }]);
      expect(env.calls.get('Range.setValues')).toBe(2);
      expect(env.readSheet('Cases').slice(1).map((r) => r[0])).toEqual(['SCA-0004', 'SCA-0005', '', 'SCA-0004', 'SCA-0006']);
    });

    it('writes a block of new rows in one call, and only their cells', () => {
      const env = casesEnvironment([...manyCases(3), ...['X', 'Y', 'Z'].map((patient) => caseRow({ patient }))]);
      const repo = repositoryFor(env);
      env.calls.reset();
      expect(repo.assignMissingIds().map((a) => a.caseId)).toEqual(['SCA-0004', 'SCA-0005', 'SCA-0006']);
      expect(env.calls.get('Range.setValues')).toBe(1);
    });
  });
});
