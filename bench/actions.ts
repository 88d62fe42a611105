// Each user-visible action, driven through the built bundle in the emulator as Sheets would drive it:
// executions, spreadsheet calls, other service calls, the estimated time on Google (cost model) and CPU.
import type { AddOn, CellValue, Environment } from '../dev/emulator';
import { CASE_COLUMNS } from '../src/domain/case-columns';
import { columnLetter } from '../src/domain/column-letter';
import { trackerWith, ZONE, NOW } from './bundle-workbook';
import { callsMs, CELL_MS, COSTS, CPU_SLOWDOWN, executionStartMs, isSpreadsheetCall } from './cost-model';
import { cpuMs } from './figure';
import { createEnvironment } from '../dev/emulator';
import { saveCall, sendSave, SIDEBAR_SAVES, stateForSave, type SidebarSave } from './sidebar-saves';

export interface ActionResult {
  readonly action: string;
  readonly cases: number;
  readonly executions: number;
  readonly spreadsheetCalls: number;
  readonly otherCalls: number;
  readonly estimatedMs: number;
  /** The spreadsheet calls' share of estimatedMs. */
  readonly spreadsheetMs: number;
  readonly cpuMs: number;
  /** Spreadsheet-call target from issue 13, when the action has one. */
  readonly target?: number;
  readonly note?: string;
}

/** What an action does: runs its executions and says how many there were. */
type Drive = (env: Environment, addOn: AddOn) => number;

const statusColumn = columnLetter(CASE_COLUMNS.findIndex((c) => c.field === 'status') + 1);
/** bench rows cycle through 8 statuses; case 8 (row 9) is Identified, so 'Assembling packet' is an allowed move. */
const IDENTIFIED_ROW = 9;

export function measure(env: Environment, drive: () => number): Omit<ActionResult, 'action' | 'cases'> & { snapshot: Record<string, number> } {
  env.calls.reset();
  let executions = 0;
  const cpu = cpuMs(() => {
    executions = drive();
  });
  const snapshot = env.calls.snapshot();
  let spreadsheetCalls = 0;
  let otherCalls = 0;
  for (const [key, n] of Object.entries(snapshot)) {
    if (isSpreadsheetCall(key)) spreadsheetCalls += n;
    else otherCalls += n;
  }
  return { executions, spreadsheetCalls, otherCalls, estimatedMs: 0, spreadsheetMs: 0, cpuMs: cpu, snapshot };
}

/**
 * Cells the daily check moves on Cases: the sheet read once, then right before writing the Case ID column and
 * the Flags/Problems pair re-read (header row included) and the pair written back in one call.
 */
const dailyCells = (n: number): number => (n + 1) * CASE_COLUMNS.length + 3 * (n + 1) + 2 * (n + 1);

function run(action: string, cases: number, parseMs: number, setUp: (n: number) => { env: Environment; addOn: AddOn }, drive: Drive, target?: number, cells = 0): ActionResult {
  const { env, addOn } = setUp(cases);
  const m = measure(env, () => drive(env, addOn));
  // Round trips, data volume, the script's own CPU and each execution's start.
  const estimatedMs = Math.round(callsMs(m.snapshot) + cells * CELL_MS + m.cpuMs * CPU_SLOWDOWN + m.executions * executionStartMs(parseMs));
  const spreadsheetMs = Math.round(callsMs(Object.fromEntries(Object.entries(m.snapshot).filter(([key]) => isSpreadsheetCall(key)))));
  return {
    action,
    cases,
    executions: m.executions,
    spreadsheetCalls: m.spreadsheetCalls,
    otherCalls: m.otherCalls,
    estimatedMs,
    spreadsheetMs,
    cpuMs: Math.round(m.cpuMs),
    ...(target === undefined ? {} : { target }),
  };
}

/** A clinic's existing Cases sheet with `n` rows and no tracker yet (for set-up's first run). */
export function clinicSheet(n: number): { env: Environment; addOn: AddOn } {
  const header = CASE_COLUMNS.map((c) => c.header);
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) =>
    CASE_COLUMNS.map((c) => (c.field === 'caseId' ? `SCA-${String(i + 1).padStart(4, '0')}` : c.field === 'status' ? 'Identified' : c.kind === 'checkbox' ? false : '')),
  );
  const env = createEnvironment({ now: NOW, timeZone: ZONE });
  env.writeSheet('Sheet1', 'A1', [header]);
  env.spreadsheet.getSheetByName('Sheet1')?.setName('Cases');
  if (n > 0) env.writeSheet('Cases', 'A2', rows);
  const addOn = env.loadBundle();
  env.calls.reset();
  return { env, addOn };
}

const dailyCheck: Drive = (_env, addOn) => {
  addOn.run('runDailyCheckNow');
  return 1;
};

/** The daily trigger, turned on from the menu (as its owner), then fired: the day claim and the check. */
const dailyTrigger: Drive = (_env, addOn) => {
  addOn.fireTimeTriggers();
  return 1;
};

function trackerWithTrigger(n: number): { env: Environment; addOn: AddOn } {
  const t = trackerWith(n);
  t.addOn.fireOnOpen('FULL');
  t.env.ui.queueResponse({ button: 'YES' });
  t.addOn.clickMenu('Turn daily alerts on/off');
  t.env.calls.reset();
  return t;
}

const editStatus: Drive = (_env, addOn) => {
  addOn.userEdit('Cases', `${statusColumn}${IDENTIFIED_ROW}`, 'Assembling packet');
  return 1;
};

/** Opening serves the state inside the HTML: one execution, no google.script.run call to follow. */
const openSidebar: Drive = (_env, addOn) => {
  addOn.run('openSidebar');
  return 1;
};

/** The value of the first `key` anywhere in a JSON result (the sidebar's `basedOn`). */
function findKey(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (key in value) return (value as Record<string, unknown>)[key];
  for (const inner of Object.values(value)) {
    const found = findKey(inner, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The case on IDENTIFIED_ROW, selected, with the sidebar's `basedOn` for a save. */
function sidebarOnCase(n: number): { env: Environment; addOn: AddOn } {
  const t = trackerWith(n);
  t.addOn.select('Cases', `B${IDENTIFIED_ROW}`);
  t.env.calls.reset();
  return t;
}

const CASE_ON_ROW = `SCA-${String(IDENTIFIED_ROW - 1).padStart(5, '0')}`;

/** A sidebar save (next follow-up), based on the state the sidebar read. */
const saveFollowUp: Drive = (_env, addOn) => {
  addOn.scriptRun('setNextFollowUp', [{ caseId: CASE_ON_ROW, basedOn: basedOnFor(addOn), nextFollowUp: '2026-03-20' }]);
  return 1;
};

const basedOn = new WeakMap<AddOn, unknown>();
function basedOnFor(addOn: AddOn): unknown {
  return basedOn.get(addOn);
}

/** Every action of issue 13's table, at the sizes it names. */
export function benchActions(parseMs: number): ActionResult[] {
  const results: ActionResult[] = [];
  for (const n of [1_000, 5_000, 20_000]) results.push(run('daily check', n, parseMs, trackerWith, dailyCheck, 25, dailyCells(n)));
  results.push(run('daily check (time trigger)', 1_000, parseMs, trackerWithTrigger, dailyTrigger, 25, dailyCells(1_000)));
  results.push(run('onEdit of a Status cell (cold)', 1_000, parseMs, trackerWith, editStatus, 12));
  results.push(
    run('onEdit of a Status cell (warm)', 1_000, parseMs, (n) => {
      const t = trackerWith(n);
      t.addOn.userEdit('Cases', `${statusColumn}${IDENTIFIED_ROW + 8}`, 'Assembling packet');
      t.env.calls.reset();
      return t;
    }, editStatus, 12),
  );
  results.push(run('open the sidebar on a case', 1_000, parseMs, sidebarOnCase, openSidebar, 12));
  results.push(
    run('a sidebar save (next follow-up)', 1_000, parseMs, (n) => {
      const t = sidebarOnCase(n);
      basedOn.set(t.addOn, findKey(t.addOn.scriptRun('getCaseState', [CASE_ON_ROW]), 'basedOn'));
      t.env.calls.reset();
      return t;
    }, saveFollowUp, 15),
  );
  for (const save of SIDEBAR_SAVES.slice(1)) results.push(sidebarSave(save, parseMs));
  results.push(run('New case', 1_000, parseMs, trackerWith, (env, addOn) => {
    addOn.run('newCase');
    void env;
    return 1;
  }, 15));
  results.push(run('set-up, first run (clinic sheet)', 1_000, parseMs, clinicSheet, (_env, addOn) => {
    addOn.run('setUpTracker');
    return 1;
  }, 300));
  results.push(run('set-up, repair run', 1_000, parseMs, trackerWith, (_env, addOn) => {
    addOn.run('setUpTracker');
    return 1;
  }, 120));
  return results;
}

/** Each other sidebar save (bench/sidebar-saves.ts), sent with the basedOn of the state the sidebar read. */
function sidebarSave(save: SidebarSave, parseMs: number): ActionResult {
  let call: ReturnType<typeof saveCall> | null = null;
  const setUp = (n: number) => {
    const t = trackerWith(n);
    call = saveCall(t.addOn, save, stateForSave(t, save));
    t.env.calls.reset();
    return t;
  };
  return run(`a sidebar save: ${save.name}`, 1_000, parseMs, setUp, (_env, addOn) => {
    if (call) sendSave(addOn, call);
    return 1;
  }, 15);
}

/** Calls a naive per-row script makes per case: read ~10 cells and write one, each a getRange and a get/set. */
export const NAIVE_CALLS_PER_CASE = 22;

/**
 * The naive per-row daily check on the same work: ~22 single-cell calls a case at the best-practices'
 * per-call cost, plus everything else `ours` does (mail, properties, lock, execution start) unchanged.
 */
export function naiveDailyCheck(ours: ActionResult): ActionResult {
  const { cases } = ours;
  const calls = NAIVE_CALLS_PER_CASE * cases;
  const spreadsheetMs = calls * COSTS.lookup.ms;
  return {
    action: 'naive per-row daily check (model)',
    cases,
    executions: 1,
    spreadsheetCalls: calls,
    otherCalls: ours.otherCalls,
    // The naive script moves cell by cell (already in its per-call cost) and does the same JS work.
    estimatedMs: spreadsheetMs + ours.estimatedMs - ours.spreadsheetMs - Math.round(dailyCells(cases) * CELL_MS),
    spreadsheetMs,
    cpuMs: 0,
    note: `${NAIVE_CALLS_PER_CASE} single-cell calls a case at ${COSTS.lookup.ms} ms (${COSTS.lookup.source})`,
  };
}

/** The daily check at a size the table does not name (50,000 cases): CPU, heap and the model's time. */
export function bigDailyCheck(cases: number, parseMs: number): ActionResult & { heapMB: number; rssMB: number } {
  const result = run('daily check (large)', cases, parseMs, trackerWith, dailyCheck, undefined, dailyCells(cases));
  const memory = process.memoryUsage();
  return { ...result, heapMB: Math.round(memory.heapUsed / 2 ** 20), rssMB: Math.round(memory.rss / 2 ** 20) };
}
