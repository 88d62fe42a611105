/**
 * Fewer spreadsheet calls per sidebar save, visit save and Status edit (issue 13), and what each shortcut must
 * keep: a new case's row goes in as one write only where no cell of it holds anything, many History lines go
 * in one write that grows a full sheet, the Cases cells kept from Visits are written only where they change
 * (a person's cell in another row is never written back over), and a Status edit skips the Visits look only
 * where no visit's result can change.
 */
import type { AddOn, CellValue, Environment } from '../../dev/emulator';
import { columnLetter } from '../../src/domain/column-letter';
import type { CaseStateResultDto } from '../../src/dto/server-functions';
import { ALL_PACKET, caseRow, casesEnvironment, col as column1, letter, manyCases, rowOf } from '../sheets/cases-fixture';
import { activeCase, day, tracker, type Tracker } from './daily-check/daily-fixture';

jest.setTimeout(60_000);

function opened(extra: Parameters<typeof caseRow>[0] = {}): { env: Environment; addOn: AddOn; basedOn: unknown } {
  const env = casesEnvironment([...manyCases(1), caseRow({ caseId: 'SCA-0002', patient: 'JD', payer: 'Aetna', status: 'Assembling packet', ...ALL_PACKET, ...extra })]);
  env.writeSheet('In-network search', 'A2', [1, 2, 3].map((k) => ['SCA-0002', new Date(`2026-03-0${k}T15:00:00Z`), `Dr ${k}`, 'Yes', 30, 5, 'no opening']));
  const addOn = env.loadBundle();
  const read = addOn.scriptRun('getCaseState', ['SCA-0002']) as CaseStateResultDto;
  if (!read.ok) throw new Error(read.message);
  return { env, addOn, basedOn: read.state.basedOn };
}

/** 0-based index of a field's column in a row read. */
const col = (field: Parameters<typeof column1>[0]): number => column1(field) - 1;
const sheetOf = (env: Environment, name: string) => env.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;

describe('a sidebar save', () => {
  it('writes five History lines in one write below a full History sheet, which grows: none lost, no appendRow', () => {
    const { env, addOn, basedOn } = opened();
    const history = sheetOf(env, 'History');
    const width = history.getLastColumn();
    const filler = Array.from({ length: history.getMaxRows() - history.getLastRow() }, (_, i) => [new Date('2026-03-01T15:00:00Z'), 'x@clinic.example', `SCA-9${i}`, 'Notes', '', 'n', 'sheet edit'].slice(0, width));
    env.writeSheet('History', `A${history.getLastRow() + 1}`, filler);
    const full = history.getMaxRows();
    expect(history.getLastRow()).toBe(full);
    env.calls.reset();
    const result = addOn.scriptRun('submitCase', [{ caseId: 'SCA-0002', basedOn, submittedOn: '2026-03-09', submittedVia: 'Fax', payerReference: '=R-1', nextFollowUp: '2026-03-20' }]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true });
    const [header = [], ...lines] = env.readSheet('History');
    const mine = lines.slice(full - 1);
    expect(mine.map((r) => r[header.indexOf('Field')])).toEqual(['Status', 'Next follow-up', 'Submitted on', 'Submitted via', 'Payer reference #']);
    expect(mine.every((r) => r[header.indexOf('Case ID')] === 'SCA-0002')).toBe(true);
    expect(mine[4]?.[header.indexOf('New value')]).toBe('=R-1');
    expect(history.getRange(full + 1, 1, 5, width).getFormulas().flat().every((f) => f === '')).toBe(true);
    expect(env.calls.get('Sheet.appendRow')).toBe(0);
    expect(env.calls.get('Sheet.insertRowsAfter')).toBe(1);
  });

  it('writes Status and Next follow-up in one setValues, Flags and Problems between them written back as they were', () => {
    const { env, addOn, basedOn } = opened({ nextFollowUp: new Date('2026-03-12T04:00:00Z') });
    const cases = sheetOf(env, 'Cases');
    // The daily check's cells (not in the fingerprint: the save stays based on the row it read).
    cases.getRange(`${letter('flags')}3:${letter('problems')}3`).setValues([['Follow-up due', "'=not a formula"]]);
    env.calls.reset();
    const result = addOn.scriptRun('changeStatus', [{ caseId: 'SCA-0002', basedOn, to: 'Closed', denialReason: '', decisionOn: null }]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true });
    expect([rowOf(env, 3)[col('status')], rowOf(env, 3)[col('nextFollowUp')]]).toEqual(['Closed', '']);
    expect(env.calls.get('Range.setValues')).toBe(1);
    expect(rowOf(env, 3).slice(col('flags'), col('problems') + 1)).toEqual(['Follow-up due', '=not a formula']);
    expect(cases.getRange(`${letter('problems')}3`).getFormula()).toBe('');
  });
});

describe('a log sheet a save creates', () => {
  it('found missing, then made by a person before the save creates it: the row goes on theirs, under the headers', () => {
    const { env, addOn, basedOn } = opened();
    expect(env.spreadsheet.getSheetByName('Packet documents')).toBeNull();
    env.calls.before('Spreadsheet.insertSheet', () => void env.spreadsheet.insertSheet('Packet documents'));
    const link = 'https://drive.clinic.example/file/d/cs/view';
    const result = addOn.scriptRun('setPacketItem', [{ caseId: 'SCA-0002', basedOn, item: 'Clinical summary', done: true, link }]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true });
    expect(env.spreadsheet.getSheets().filter((sh) => sh.getName() === 'Packet documents')).toHaveLength(1);
    const [header = [], row = []] = env.readSheet('Packet documents');
    expect([row[header.indexOf('Case ID')], row[header.indexOf('Packet item')], row[header.indexOf('Document link')]]).toEqual(['SCA-0002', 'Clinical summary', link]);
  });
});

describe('a new case from the form', () => {
  const form = { payer: 'Acme Health', planType: 'Commercial', serviceLine: '', scaType: 'Network gap', owner: '', patient: 'XY' };

  it('below the last row with data: one appendRow for the whole row (no range, no sheet size), the cells between left empty', () => {
    const env = casesEnvironment(manyCases(3));
    const addOn = env.loadBundle();
    env.calls.reset();
    const result = addOn.scriptRun('createCase', [form]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true, state: { caseId: 'SCA-0004' } });
    const row = rowOf(env, 5);
    expect([row[col('caseId')], row[col('payer')], row[col('status')], row[col('planType')], row[col('scaType')]]).toEqual(['SCA-0004', 'Acme Health', 'Identified', 'Commercial', 'Network gap']);
    expect(row.slice(col('flags'), col('memberId') + 1)).toEqual(['', '', '', '']);
    expect([env.calls.get('Range.setValues'), env.calls.get('Sheet.getRange'), env.calls.get('Sheet.getMaxRows')]).toEqual([0, 0, 0]);
  });

  it('on a full Cases sheet: the sheet grows and the case lands on the row below the last', () => {
    const env = casesEnvironment(manyCases(3));
    const cases = sheetOf(env, 'Cases');
    env.writeSheet('Cases', 'A5', Array.from({ length: cases.getMaxRows() - 4 }, (_, i) => caseRow({ caseId: `SCA-${String(i + 10).padStart(4, '0')}`, patient: 'P' })));
    const full = cases.getMaxRows();
    const addOn = env.loadBundle();
    const result = addOn.scriptRun('createCase', [form]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true });
    expect(rowOf(env, full + 1)[col('patient')]).toBe('XY');
    expect(result.ok && result.state.caseId).toBe(rowOf(env, full + 1)[col('caseId')]);
  });

  it('a row a person types at the bottom meanwhile is left as typed; the new case lands below it and is found by its ID', () => {
    const env = casesEnvironment(manyCases(3));
    const addOn = env.loadBundle();
    env.calls.before('Sheet.appendRow', () => env.writeSheet('Cases', `${letter('patient')}5`, [['ZZ']]));
    const result = addOn.scriptRun('createCase', [form]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true, state: { caseId: 'SCA-0004', fields: { patient: 'XY' } } });
    expect([rowOf(env, 5)[col('caseId')], rowOf(env, 5)[col('patient')]]).toEqual(['', 'ZZ']);
    expect([rowOf(env, 6)[col('caseId')], rowOf(env, 6)[col('patient')]]).toEqual(['SCA-0004', 'XY']);
  });

  it('on a blank row inside the data (an unticked box), only the case cells are written: the cells between keep what they hold', () => {
    const blank = caseRow({ memberId: false as unknown as CellValue });
    const env = casesEnvironment([...manyCases(3), blank]);
    const addOn = env.loadBundle();
    const result = addOn.scriptRun('createCase', [form]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true, state: { caseId: 'SCA-0004' } });
    const row = rowOf(env, 5);
    expect([row[col('caseId')], row[col('planType')], row[col('memberId')]]).toEqual(['SCA-0004', 'Commercial', false]);
  });
});

describe('the state a new case or a renewal answers, built without reading the new case again', () => {
  const read = (t: Tracker, caseId: string): CaseStateResultDto => t.addOn.scriptRun('getCaseState', [caseId]) as CaseStateResultDto;

  it('is the state a fresh read of the renewal gives (links carried over, Renewal of, packet, fingerprint)', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', endDate: day('2026-03-20'), 'packet:Credentials': true, approvedCodes: '90837' })]);
    const old = read(t, 'SCA-0001');
    if (!old.ok) throw new Error(old.message);
    const linked = t.addOn.scriptRun('setPacketItem', [{ caseId: 'SCA-0001', basedOn: old.state.basedOn, item: 'Treatment plan', done: true, link: 'https://drive.clinic.example/file/d/tp/view' }]) as CaseStateResultDto;
    if (!linked.ok) throw new Error(linked.message);
    const renewal = t.addOn.scriptRun('startRenewal', [{ caseId: 'SCA-0001', basedOn: linked.state.basedOn }]) as CaseStateResultDto;
    if (!renewal.ok) throw new Error(renewal.message);
    expect(renewal.state.caseId).toBe('SCA-0002');
    expect(renewal.state).toEqual((read(t, 'SCA-0002') as Extract<CaseStateResultDto, { ok: true }>).state);
  });

  it('is the state a fresh read of the new case gives, and a save based on it is accepted', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001' })]);
    const created = t.addOn.scriptRun('createCase', [{ payer: 'Acme Health', planType: 'Commercial', serviceLine: '', scaType: '', owner: '', patient: 'XY' }]) as CaseStateResultDto;
    if (!created.ok) throw new Error(created.message);
    expect(created.state).toEqual((read(t, created.state.caseId) as Extract<CaseStateResultDto, { ok: true }>).state);
    expect(t.addOn.scriptRun('setNextFollowUp', [{ caseId: created.state.caseId, basedOn: created.state.basedOn, nextFollowUp: '2026-03-20' }])).toMatchObject({ ok: true });
  });

  it('a renewal of a case on two rows, or gone, is refused and starts nothing', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001' }), activeCase({ caseId: 'SCA-0002' })]);
    const state = read(t, 'SCA-0001');
    if (!state.ok) throw new Error(state.message);
    t.env.writeSheet('Cases', 'A3', [['SCA-0001']]);
    expect(t.addOn.scriptRun('startRenewal', [{ caseId: 'SCA-0001', basedOn: state.state.basedOn }])).toMatchObject({ ok: false, reason: 'duplicate-case-id' });
    t.env.writeSheet('Cases', 'A2', [['']]);
    t.env.writeSheet('Cases', 'A3', [['']]);
    expect(t.addOn.scriptRun('startRenewal', [{ caseId: 'SCA-0001', basedOn: state.state.basedOn }])).toMatchObject({ ok: false, reason: 'case-not-found' });
    expect(t.env.readSheet('Cases').length).toBe(3);
  });
});

describe('Cases cells kept from Visits', () => {
  function withCases(rows: CellValue[][]): Tracker {
    const t = tracker(rows, '2026-04-20');
    t.env.writeSheet('Plan rules', 'A2', [['Acme Health', '', '', '', '', 'Block', '']]);
    return t;
  }
  const unitsUsed = (t: Tracker, row: number) => t.env.readSheet('Cases')[row - 1]?.[t.column('Units used')];

  it('many cases changed at once: each changed column written whole, other rows keeping their cells (text stays text)', () => {
    const t = withCases([
      activeCase({ caseId: 'SCA-0001', unitsUsed: 10 }),
      activeCase({ caseId: 'SCA-0002', unitsUsed: 10 }),
      activeCase({ caseId: 'SCA-0003', unitsUsed: 10 }),
      activeCase({ caseId: 'SCA-0004', unitsUsed: "'0042" }),
    ]);
    t.env.calls.reset();
    t.addOn.userPaste('Visits', 'A2', ['SCA-0001', 'SCA-0002', 'SCA-0003'].map((id) => [id, day('2026-04-06'), 90837, 2]));
    expect([2, 3, 4].map((row) => unitsUsed(t, row))).toEqual([2, 2, 2]);
    expect(unitsUsed(t, 5)).toBe('0042');
    // Three rows changed in one column: one column write (rows 2..5), not three.
    expect(t.env.calls.get('Range.setValues')).toBeLessThanOrEqual(3);
  });

  it('a visit logged on a full Visits sheet goes on the row below the last (appendRow grows the sheet), its own result reported', () => {
    const t = withCases([activeCase({ caseId: 'SCA-0001', unitsUsed: 10 })]);
    const visits = t.env.spreadsheet.getSheetByName('Visits') as GoogleAppsScript.Spreadsheet.Sheet;
    const max = visits.getMaxRows();
    t.env.writeSheet('Visits', 'A2', Array.from({ length: max - 1 }, () => ['SCA-0001', day('2026-04-01'), 97153, 1]));
    const result = t.addOn.scriptRun('logVisit', [{ caseId: 'SCA-0001', dateOfService: '2026-04-06', code: '90837', units: 2 }]);
    expect(result).toMatchObject({ ok: true, rowNumber: max + 1, result: 'ok' });
    expect(t.env.readSheet('Visits')[max]?.slice(0, 5)).toEqual(['SCA-0001', day('2026-04-06'), '90837', 2, 'ok']);
  });

  it("a visit saved for one case writes that case's cell only: a Units used a person types on another row meanwhile stays", () => {
    const rows = [activeCase({ caseId: 'SCA-0001', unitsUsed: 10 }), activeCase({ caseId: 'SCA-0002', unitsUsed: 10 })];
    const visit = { caseId: 'SCA-0001', dateOfService: '2026-04-06', code: '90837', units: 2 };
    // Where the Cases write falls among the visit save's setValues: the last one (a dry run of the same save).
    const dry = withCases(rows);
    dry.env.calls.reset();
    expect(dry.addOn.scriptRun('logVisit', [visit])).toMatchObject({ ok: true });
    const last = dry.env.calls.get('Range.setValues');

    const t = withCases(rows);
    t.env.calls.reset();
    t.env.calls.before('Range.setValues', () => t.env.writeSheet('Cases', `${columnLetter(t.column('Units used') + 1)}3`, [[12]]), { nth: last });
    expect(t.addOn.scriptRun('logVisit', [visit])).toMatchObject({ ok: true });
    expect(unitsUsed(t, 2)).toBe(2);
    expect(unitsUsed(t, 3)).toBe(12);
  });
});

describe('a typed Status and the Visits', () => {
  const statusCell = (t: Tracker): string => `${columnLetter(t.column('Status') + 1)}2`;
  function withVisit(writtenConfirmationOn: CellValue): Tracker {
    const t = tracker([activeCase({ caseId: 'SCA-0001', status: 'Submitted', submittedOn: day('2026-03-02'), submittedVia: 'Fax', writtenConfirmationOn })], '2026-04-20');
    t.addOn.userPaste('Visits', 'A2', [['SCA-0001', day('2026-04-06'), 90837, 2]]);
    return t;
  }

  it('without Written confirmation on: no Visits look (every visit is refused for that whatever the status), results unchanged', () => {
    const without = withVisit('');
    const reason = without.env.readSheet('Visits')[1]?.slice(4, 7);
    expect(reason).toEqual(['warning', '', 'SCA-0001 has no written confirmation; visits are billed only under active written terms.']);
    without.env.calls.reset();
    without.addOn.userEdit('Cases', statusCell(without), 'In negotiation');
    expect(without.env.readSheet('Cases')[1]?.[without.column('Status')]).toBe('In negotiation');
    expect(without.env.readSheet('Visits')[1]?.slice(4, 7)).toEqual(reason);

    const withIt = withVisit(day('2026-03-20'));
    withIt.env.calls.reset();
    withIt.addOn.userEdit('Cases', statusCell(withIt), 'In negotiation');
    expect(withIt.env.readSheet('Visits')[1]?.[6]).toBe('SCA-0001 is In negotiation, not Active; visits are billed only under active written terms.');
    // The same edit with a confirmation date looks at Visits (a lookup and its last row) and keeps them.
    expect(without.env.calls.get('Spreadsheet.getSheetByName')).toBeLessThan(withIt.env.calls.get('Spreadsheet.getSheetByName'));
    expect(without.env.calls.get('Sheet.getLastRow')).toBe(0);
  });
});
