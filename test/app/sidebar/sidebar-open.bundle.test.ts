/**
 * Opening the sidebar and following the selection through the built bundle: the initial state inside the
 * served HTML (escaped), the picker, the selection poll, search, select, the request letter; spreadsheet
 * calls flat in the number of cases.
 */
import type { CellValue, Environment } from '../../../dev/emulator';
import type { CaseStateResultDto, RequestLetterResultDto, SearchCasesResultDto } from '../../../src/dto/server-functions';
import type { SelectionKeyDto } from '../../../src/dto/sidebar-boot';
import { caseRow, casesEnvironment, manyCases } from '../../sheets/cases-fixture';
import { bootOf, caseOf } from './sidebar-fixture';

const at = (iso: string) => new Date(`${iso}T05:00:00Z`);
const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 & "quoted"';

function openOn(rows: CellValue[][], sheet: string, cell: string): Environment {
  const env = casesEnvironment(rows);
  const addOn = env.loadBundle();
  addOn.select(sheet, cell);
  addOn.run('openSidebar');
  return env;
}

describe('openSidebar', () => {
  it("serves the selected row's case inside the HTML, in one execution", () => {
    const env = openOn([...manyCases(1), caseRow({ caseId: 'SCA-0002', payer: 'Aetna', status: 'Assembling packet', nextFollowUp: at('2026-03-12') })], 'Cases', 'D3');
    expect(env.ui.sidebar?.title).toBe('SCA Tracker');
    const boot = bootOf(env);
    expect(boot).toMatchObject({ today: '2026-03-09', selection: { key: 'Cases!3!SCA-0002', caseId: 'SCA-0002' } });
    expect(boot.vocabulary.contactTypes).toEqual(['Portal', 'Fax', 'Email', 'Phone', 'Offer', 'Counter-offer', 'Note']);
    expect(boot.vocabulary.channels).toEqual(['Portal', 'Fax', 'Email', 'Phone']);
    const state = caseOf(boot);
    expect(state).toMatchObject({ caseId: 'SCA-0002', currentStep: 'assemble', fields: { payer: 'Aetna', nextFollowUp: '2026-03-12' } });
    expect(state.steps.map((s) => s.state)).toEqual(['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(JSON.parse(JSON.stringify(boot))).toEqual(boot);
  });

  it('escapes the state so text in a case cannot end the script element or open a comment', () => {
    const env = openOn([caseRow({ caseId: 'SCA-0001', payer: 'Aetna', status: 'Identified', notes: HOSTILE, patient: '<b>JD</b>' })], 'Cases', 'B2');
    const html = env.ui.sidebar?.html ?? '';
    const element = /<script type="application\/json" id="initial-state">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(element).not.toMatch(/[<>\u2028]/);
    expect(caseOf(bootOf(env)).fields).toMatchObject({ notes: HOSTILE, patient: '<b>JD</b>' });
    expect(html.match(/id="initial-state"/g)).toHaveLength(1);
  });

  it.each([
    ['another sheet', 'Settings', 'A3', /Select a case row on the Cases sheet/],
    ['the header row', 'Cases', 'C1', /below the header/],
    ['an empty row', 'Cases', 'C9', /Row 9 has no case/],
  ])('opens the case picker on %s', (_name, sheet, cell, message) => {
    const boot = bootOf(openOn(manyCases(2), sheet, cell));
    expect(boot.view).toEqual({ kind: 'picker', message: expect.stringMatching(message) });
    expect(boot.selection.caseId).toBeNull();
  });

  it('opens on the error when the tracker is not set up', () => {
    const env = casesEnvironment();
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet);
    env.loadBundle().run('openSidebar');
    expect(bootOf(env).view).toMatchObject({ kind: 'error', reason: 'tracker-not-set-up' });
  });
});

describe('getSelectionKey', () => {
  it('follows the selection, and notices a sort that put another case on the selected row', () => {
    const env = casesEnvironment(manyCases(3));
    const addOn = env.loadBundle();
    addOn.select('Cases', 'C3');
    addOn.run('openSidebar');
    const key = () => addOn.scriptRun('getSelectionKey') as SelectionKeyDto;
    expect(key()).toEqual({ key: 'Cases!3!SCA-0002', caseId: 'SCA-0002' });
    addOn.select('Cases', 'E4');
    expect(key()).toEqual({ key: 'Cases!4!SCA-0003', caseId: 'SCA-0003' });
    (env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet).getRange(2, 1, 3, 30).sort({ column: 1, ascending: false });
    expect(key()).toEqual({ key: 'Cases!4!SCA-0001', caseId: 'SCA-0001' });
    addOn.select('History', 'A2');
    expect(key()).toEqual({ key: 'History!2!', caseId: null });
  });

  it('finds the Case ID again after its column moved while the sidebar was open', () => {
    const env = casesEnvironment(manyCases(3));
    const addOn = env.loadBundle();
    addOn.select('Cases', 'C3');
    addOn.run('openSidebar');
    const cases = env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet;
    cases.insertColumnBefore(1);
    addOn.select('Cases', 'D4');
    expect(addOn.scriptRun('getSelectionKey')).toEqual({ key: 'Cases!4!SCA-0003', caseId: 'SCA-0003' });
    cases.getRange('A4').setValue('a note');
    expect(addOn.scriptRun('getSelectionKey')).toEqual({ key: 'Cases!4!SCA-0003', caseId: 'SCA-0003' });
  });
});

describe('spreadsheet calls stay flat in the number of cases', () => {
  function calls(n: number): Record<string, number> {
    const env = casesEnvironment([...manyCases(n - 1), caseRow({ caseId: `SCA-${String(n).padStart(4, '0')}`, payer: 'Aetna', status: 'Identified' })]);
    const addOn = env.loadBundle();
    addOn.select('Cases', `B${n + 1}`);
    addOn.run('openSidebar'); // warms the column caches, as the first open of a session does
    const counts: Record<string, number> = {};
    env.calls.reset();
    addOn.run('openSidebar');
    counts.open = env.calls.total();
    const state = caseOf(bootOf(env));
    env.calls.reset();
    addOn.scriptRun('getSelectionKey');
    counts.selection = env.calls.total();
    env.calls.reset();
    addOn.scriptRun('getCaseState', [state.caseId]);
    counts.caseState = env.calls.total();
    env.calls.reset();
    addOn.scriptRun('setNextFollowUp', [{ caseId: state.caseId, basedOn: state.basedOn, nextFollowUp: '2026-03-20' }]);
    counts.save = env.calls.total();
    return counts;
  }

  it('opening, the selection poll, a case read and a save cost the same at 50 and 3,000 cases', () => {
    expect(calls(3000)).toEqual(calls(50));
  });

  it('polls the selection with at most 5 spreadsheet calls (sheet, row, the Case ID cell)', () => {
    const env = casesEnvironment(manyCases(20));
    const addOn = env.loadBundle();
    addOn.select('Cases', 'B7');
    addOn.run('openSidebar');
    env.calls.reset();
    expect(addOn.scriptRun('getSelectionKey')).toEqual({ key: 'Cases!7!SCA-0006', caseId: 'SCA-0006' });
    const spreadsheetCalls = Object.entries(env.calls.snapshot()).filter(([name]) => !/^(Cache|CacheService)\./.test(name));
    expect(spreadsheetCalls.reduce((sum, [, n]) => sum + n, 0)).toBeLessThanOrEqual(5);
  });
});

describe('searchCases', () => {
  const rows = [
    ...manyCases(3, { payer: 'Aetna', owner: 'ana@clinic.example' }),
    caseRow({ caseId: 'SCA-0004', payer: 'Blue Plan', owner: 'bo@clinic.example', status: 'Submitted', nextFollowUp: at('2026-03-11') }),
    caseRow({ caseId: 'SCA-0005', payer: 'Blue Plan', owner: 'ana@clinic.example', status: 'Active' }),
  ];
  it.each([
    [{ text: 'blue', status: '' }, ['SCA-0004', 'SCA-0005']],
    [{ text: 'ana@', status: '' }, ['SCA-0001', 'SCA-0002', 'SCA-0003', 'SCA-0005']],
    [{ text: 'sca-0003', status: '' }, ['SCA-0003']],
    [{ text: '', status: 'Submitted' }, ['SCA-0004']],
    [{ text: 'blue', status: 'Active' }, ['SCA-0005']],
  ])('finds %p', (query, ids) => {
    const result = casesEnvironment(rows).loadBundle().scriptRun('searchCases', [query]) as SearchCasesResultDto;
    expect(result.ok && result.cases.map((c) => c.caseId)).toEqual(ids);
  });

  it('answers at most 50 hits with the total, and dates as ISO strings', () => {
    const env = casesEnvironment([...manyCases(60), caseRow({ caseId: 'SCA-0061', payer: 'Blue Plan', status: 'Submitted', nextFollowUp: at('2026-03-11') })]);
    const addOn = env.loadBundle();
    expect(addOn.scriptRun('searchCases', [{ text: '', status: '' }])).toMatchObject({ ok: true, total: 61, cases: expect.any(Array) });
    expect((addOn.scriptRun('searchCases', [{ text: '', status: '' }]) as { cases: unknown[] }).cases).toHaveLength(50);
    expect(addOn.scriptRun('searchCases', [{ text: 'blue', status: '' }])).toEqual({
      ok: true,
      total: 1,
      cases: [{ caseId: 'SCA-0061', payer: 'Blue Plan', owner: '', status: 'Submitted', nextFollowUp: '2026-03-11' }],
    });
  });

  it('refuses a status that does not exist', () => {
    const result = casesEnvironment(rows).loadBundle().scriptRun('searchCases', [{ text: '', status: 'Pending' }]);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input', fields: [{ field: 'status' }] });
  });
});

describe('selectCase', () => {
  it("selects the case's row wherever it is now", () => {
    const env = casesEnvironment(manyCases(4));
    const addOn = env.loadBundle();
    addOn.select('Settings', 'A1');
    expect(addOn.scriptRun('selectCase', ['SCA-0003'])).toEqual({ ok: true });
    expect(addOn.scriptRun('getSelectionKey')).toEqual({ key: 'Cases!4!SCA-0003', caseId: 'SCA-0003' });
    expect(addOn.scriptRun('selectCase', ['SCA-0099'])).toMatchObject({ ok: false, reason: 'case-not-found' });
  });
});

describe('getRequestLetter', () => {
  it("drafts the case's letter with what is still missing marked", () => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', payer: 'Aetna', patient: 'JD', memberId: 'M-1', status: 'Identified', scaType: 'Network gap' })]);
    const result = env.loadBundle().scriptRun('getRequestLetter', ['SCA-0001']) as RequestLetterResultDto;
    if (!result.ok) throw new Error(result.message);
    expect(result.letter.text).toMatch(/To: Aetna/);
    expect(result.letter.text).toMatch(/Member ID: M-1/);
    expect(result.letter.missing).toEqual(expect.arrayContaining(['[Clinic name]', '[Requested rate]', '[CPT/HCPCS codes]']));
    const state = env.loadBundle().scriptRun('getCaseState', ['SCA-0001']) as CaseStateResultDto;
    expect(state.ok && state.state.requestLetter).toEqual(result.letter);
  });

  it('refuses a Case ID that is not one', () => {
    const result = casesEnvironment(manyCases(1)).loadBundle().scriptRun('getRequestLetter', ['=A1']);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input', message: 'Case ID looks like SCA-0001.' });
  });
});

describe('live state', () => {
  it('computes alerts from the row now, not the Flags column; an Active case has nothing to do', () => {
    const env = casesEnvironment([
      caseRow({
        caseId: 'SCA-0001',
        payer: 'Aetna',
        status: 'Active',
        flags: 'URGENT: stale flag from last week',
        scaNumber: 'A-1',
        approvedCodes: '90837',
        unitsApproved: 10,
        unitsUsed: 9,
        approvedRate: 100,
        startDate: at('2026-01-01'),
        endDate: at('2026-03-15'),
        writtenConfirmationOn: at('2026-01-02'),
      }),
    ]);
    const result = env.loadBundle().scriptRun('getCaseState', ['SCA-0001']) as CaseStateResultDto;
    if (!result.ok) throw new Error(result.message);
    expect(result.state.liveAlerts.map((a) => [a.kind, a.severity])).toEqual([
      ['end_date_approaching', 'urgent'],
      ['units_low', 'warning'],
    ]);
    expect(result.state.liveAlerts.some((a) => a.message.includes('stale'))).toBe(false);
    expect(result.state.todo).toEqual({ towards: null, now: [], later: [] });
  });
});
