/** getSidebarState and Open sidebar through the built bundle, as google.script.run and the menu call them. */
import type { CellValue } from '../../dev/emulator';
import type { CaseField } from '../../src/domain/case-columns';
import type { SidebarStateDto } from '../../src/dto/sidebar-state';
import { caseRow, casesEnvironment, letter, manyCases } from '../sheets/cases-fixture';

const at = (iso: string) => new Date(`${iso}T05:00:00Z`);

function stateFor(rows: CellValue[][], select: string, sheet = 'Cases') {
  const env = casesEnvironment(rows);
  const addOn = env.loadBundle();
  addOn.select(sheet, select);
  return { env, state: addOn.scriptRun('getSidebarState') as SidebarStateDto };
}

describe('getSidebarState', () => {
  it('returns the selected case as a JSON-safe DTO: ISO dates, steps, missing items, flags and problems as lines', () => {
    const fields: Partial<Record<CaseField, CellValue>> = {
      caseId: 'SCA-0002',
      patient: 'AB',
      payer: 'Aetna',
      owner: 'biller@clinic.example',
      status: 'Assembling packet',
      nextFollowUp: at('2026-03-12'),
      endDate: at('2026-06-30'),
      unitsUsed: -1,
      'packet:Clinical summary': true,
      flags: 'Follow-up due 2026-03-12\nSomething else',
    };
    const { state } = stateFor([...manyCases(1), caseRow(fields)], `${letter('payer')}3`);
    expect(state.ok).toBe(true);
    if (!state.ok || !state.case) throw new Error('no case');
    const dto = state.case;
    expect(dto).toMatchObject({
      caseId: 'SCA-0002',
      row: 3,
      status: 'Assembling packet',
      payer: 'Aetna',
      owner: 'biller@clinic.example',
      nextFollowUp: '2026-03-12',
      endDate: '2026-06-30',
      unitsApproved: null,
      unitsUsed: null,
      flags: ['Follow-up due 2026-03-12', 'Something else'],
      problems: ["Units used: '-1' is negative; enter 0 or more"],
    });
    expect(dto.steps).toEqual([
      { key: 'identify', label: 'Identify', state: 'done' },
      { key: 'assemble', label: 'Assemble packet', state: 'current' },
      { key: 'submit', label: 'Submit', state: 'upcoming' },
      { key: 'negotiate', label: 'Negotiate', state: 'upcoming' },
      { key: 'confirm', label: 'Written confirmation', state: 'upcoming' },
      { key: 'deliver', label: 'Deliver & track', state: 'upcoming' },
    ]);
    expect(dto.missing.map((m) => m.code)).toEqual([...Array(5).fill('packet-item'), 'in_network_search_short', 'submission_not_recorded']);
    expect(dto.missing[0]?.message).toMatch(/^Treatment plan: /);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['the header row', 'Cases', 'C1', /below the header/],
    ['an empty row', 'Cases', 'C9', /Row 9 has no case\. Choose New case/],
    ['another sheet', 'Sheet1', 'A1', /Select a case row on the Cases sheet/],
  ])('returns case null with a hint on %s', (_name, sheet, cell, hint) => {
    const { state } = stateFor(manyCases(2), cell, sheet);
    expect(state).toEqual({ ok: true, case: null, message: expect.stringMatching(hint) });
  });

  it('fails with duplicate-case-id on a row whose ID is used twice', () => {
    const { state } = stateFor([...manyCases(2), caseRow({ caseId: 'SCA-0001', patient: 'X' })], 'B4');
    expect(state).toMatchObject({ ok: false, reason: 'duplicate-case-id' });
  });

  it('fails with tracker-not-set-up when there is no Cases sheet', () => {
    const env = casesEnvironment();
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(env.loadBundle().scriptRun('getSidebarState')).toMatchObject({ ok: false, reason: 'tracker-not-set-up' });
  });

  it('reads 5,000 cases with the same number of spreadsheet calls as 50', () => {
    const calls = (n: number) => {
      const env = casesEnvironment(manyCases(n));
      const addOn = env.loadBundle();
      addOn.select('Cases', 'B10');
      addOn.scriptRun('getSidebarState'); // warms the column-position cache, as any earlier call would
      env.calls.reset();
      const state = addOn.scriptRun('getSidebarState') as SidebarStateDto;
      expect(state.ok && state.case?.caseId).toBe('SCA-0009');
      return { total: env.calls.total(), getValues: env.calls.get('Range.getValues') };
    };
    const small = calls(50);
    expect(calls(5000)).toEqual(small);
  });
});

describe('openSidebar', () => {
  it('shows the built sidebar titled SCA Tracker', () => {
    const env = casesEnvironment();
    const addOn = env.loadBundle();
    addOn.fireOnOpen('NONE');
    addOn.clickMenu('Open sidebar');
    expect(env.ui.sidebar?.title).toBe('SCA Tracker');
    // The built UI polls the selection through google.script.run (function names stay strings in the bundle).
    expect(env.ui.sidebar?.html).toContain('getSelectionKey');
  });
});
