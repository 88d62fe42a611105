/**
 * The log sheets grow through the built bundle: a new sheet has 1,000 rows and Sheets refuses a range past
 * them, so History, Run log and the Settings status lines must insert rows before writing below the last one.
 */
import type { Environment } from '../../dev/emulator';
import { caseRow, casesEnvironment, letter } from './cases-fixture';

const ENTRIES = 1_500;
const PACKET_CELL = `${letter('packet:Credentials')}2`;

/** The spreadsheet calls of one action, by name. */
function callsOf(env: Environment, action: () => void): Record<string, number> {
  env.calls.reset();
  action();
  return env.calls.snapshot();
}

function sheetOf(env: Environment, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
}

describe('log sheets past 1,000 rows', () => {
  it('History takes 1,500 hand edits, one line each, with the same calls per edit before and after row 1,000 (appendRow grows the sheet)', () => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Assembling packet' })]);
    const addOn = env.loadBundle();
    expect(sheetOf(env, 'History').getMaxRows()).toBe(1_000);
    const edit = (i: number): void => void addOn.userEdit('Cases', PACKET_CELL, i % 2 === 0);
    let before: Record<string, number> = {};
    let after: Record<string, number> = {};
    for (let i = 0; i < ENTRIES; i += 1) {
      if (i === 500) before = callsOf(env, () => edit(i));
      else if (i === 1_400) after = callsOf(env, () => edit(i));
      else edit(i);
    }
    const history = env.readSheet('History');
    expect(history).toHaveLength(ENTRIES + 1);
    expect(history.at(-1)?.slice(2, 6)).toEqual(['SCA-0001', 'Packet: Credentials', 'ticked', 'unticked']);
    expect(sheetOf(env, 'History').getMaxRows()).toBe(ENTRIES + 1);
    // A hand edit's line goes in with appendRow, which adds the row a full sheet lacks: no size read, no insert.
    expect(after['Sheet.appendRow']).toBe(1);
    expect(after).toEqual(before);
  });

  it('Run log takes 1,500 daily runs, all "ok", and no false failure email', () => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Identified' })]);
    const addOn = env.loadBundle();
    addOn.fireOnOpen();
    env.ui.queueResponse({ button: 'YES' });
    addOn.clickMenu('Turn daily alerts on/off');
    // One run a day: the day is claimed once, so a second run the same day would be logged as skipped.
    const start = Date.parse('2026-03-09T15:00:00Z');
    for (let i = 0; i < ENTRIES; i += 1) {
      env.setNow(new Date(start + i * 86_400_000).toISOString());
      addOn.fireTimeTriggers();
    }
    const runs = env.readSheet('Run log').filter((row) => row[1] === 'daily trigger');
    expect(runs).toHaveLength(ENTRIES);
    expect(runs.filter((row) => row.at(-1) !== 'ok')).toEqual([]);
    expect(env.mail.sent.filter((m) => m.subject.includes('failed'))).toEqual([]);
    // The header, set-up's line and the runs: exactly as many rows as written.
    expect(sheetOf(env, 'Run log').getMaxRows()).toBe(ENTRIES + 2);
  });

  it('the Settings status lines land below 1,500 rows of a full Settings sheet', () => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Identified' })]);
    const settings = sheetOf(env, 'Settings');
    // A tracker set up before the status lines opened the sheet (they are then appended at the foot).
    settings.deleteRows(2, 2);
    // The clinic keeps its own notes under the settings, down to the sheet's very last row.
    const notes = Array.from({ length: ENTRIES - settings.getLastRow() }, (_, i) => [`Note ${i + 1}`, '', 'clinic note']);
    env.writeSheet('Settings', `A${settings.getLastRow() + 1}`, notes);
    expect([settings.getLastRow(), settings.getMaxRows()]).toEqual([ENTRIES, ENTRIES]);
    const addOn = env.loadBundle();
    addOn.fireOnOpen();
    env.ui.queueResponse({ button: 'YES' });
    addOn.clickMenu('Turn daily alerts on/off');
    addOn.fireTimeTriggers();
    const rows = env.readSheet('Settings');
    expect(rows.slice(ENTRIES).map((r) => r[0])).toEqual(['Daily alerts', 'Last daily check']);
    expect(String(rows.find((r) => r[0] === 'Last daily check')?.[1])).toMatch(/^Mon 9 Mar 2026 .* 1 cases read/);
    expect(env.readSheet('Run log').filter((r) => r[1] === 'daily trigger').map((r) => r.at(-1))).toEqual(['ok']);
  });

  it('Set up or repair adds a missing setting below a full Settings sheet', () => {
    const env = casesEnvironment();
    const settings = sheetOf(env, 'Settings');
    const rows = env.readSheet('Settings');
    const hour = rows.findIndex((r) => r[0] === 'Alert hour (0-23)') + 1;
    settings.deleteRow(hour);
    settings.deleteRows(settings.getLastRow() + 1, settings.getMaxRows() - settings.getLastRow());
    env.loadBundle().run('setUpTracker');
    expect(env.readSheet('Settings').at(-1)?.[0]).toBe('Alert hour (0-23)');
  });
});

describe('log sheet columns', () => {
  it('a History sheet trimmed to its columns, "Via" deleted, gets "Via" back at the right', () => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'AB', payer: 'Aetna', status: 'Assembling packet' })]);
    const history = sheetOf(env, 'History');
    history.deleteColumns(7, history.getMaxColumns() - 6); // Via and the empty columns after it
    expect(history.getMaxColumns()).toBe(6);
    env.loadBundle().userEdit('Cases', PACKET_CELL, true);
    expect(env.readSheet('History')).toEqual([
      ['When', 'Who', 'Case ID', 'Field', 'Old value', 'New value', 'Via'],
      [expect.any(Date), 'coordinator@clinic.example', 'SCA-0001', 'Packet: Credentials', 'unticked', 'ticked', 'sheet edit'],
    ]);
  });
});

describe('text in the log sheets', () => {
  it('a Case ID cell holding formula-like text lands in History as that text, never as a live formula', () => {
    const link = '=HYPERLINK("https://phish.example","Open")';
    const env = casesEnvironment([caseRow({ caseId: `'${link}`, patient: 'AB', payer: 'Aetna', status: 'Assembling packet' })]);
    expect(env.readSheet('Cases')[1]?.[0]).toBe(link);
    env.loadBundle().userEdit('Cases', PACKET_CELL, true);
    const history = sheetOf(env, 'History');
    const lines = history.getRange(2, 1, history.getLastRow() - 1, 7);
    expect(lines.getValues().map((row) => row.slice(2, 6))).toContainEqual([link, 'Packet: Credentials', 'unticked', 'ticked']);
    expect(lines.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
  });
});
