/** Menu 'Pilot review' reads Cases and History in one batched read each: its calls do not grow with the data. */
import type { CellValue, Environment } from '../../../dev/emulator';
import { casesEnvironment, manyCases } from '../../sheets/cases-fixture';

jest.setTimeout(60_000);

/** Classes that are not the spreadsheet (locks, properties, UI…): left out of the count. */
const OTHER_SERVICES = new Set(['Properties', 'PropertiesService', 'Lock', 'LockService', 'Ui', 'Session', 'User', 'Utilities', 'Logger', 'Cache', 'CacheService']);

function spreadsheetCalls(env: Environment): number {
  return Object.entries(env.calls.snapshot())
    .filter(([key]) => !OTHER_SERVICES.has(key.split('.')[0] ?? ''))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** n cases, each with a creation and a submission event in History. */
function clinicWith(n: number): Environment {
  const env = casesEnvironment(manyCases(n, { status: 'Submitted', serviceLine: 'ABA' }));
  const history: CellValue[][] = [];
  for (let i = 1; i <= n; i += 1) {
    const id = `SCA-${String(i).padStart(4, '0')}`;
    history.push([new Date('2026-02-02T15:00:00Z'), 'a@clinic.example', id, 'Status', '', 'Identified', 'menu']);
    history.push([new Date('2026-02-09T15:00:00Z'), 'a@clinic.example', id, 'Status', 'Identified', 'Submitted', 'sheet edit']);
  }
  env.writeSheet('History', 'A2', history);
  return env;
}

function callsOfTwoRuns(n: number): [number, number] {
  const env = clinicWith(n);
  const addOn = env.loadBundle();
  addOn.fireOnOpen('LIMITED');
  env.calls.reset();
  addOn.clickMenu('Pilot review');
  const first = spreadsheetCalls(env);
  expect(env.ui.toasts.at(-1)?.message).toBe(`Pilot review updated: ${n} cases in the period (0 decided, ${n} open)`);
  env.calls.reset();
  addOn.clickMenu('Pilot review');
  return [first, spreadsheetCalls(env)];
}

describe('showPilotReview', () => {
  it('makes the same number of spreadsheet calls for 50 and 2,000 cases (first run and refresh)', () => {
    const small = callsOfTwoRuns(50);
    const large = callsOfTwoRuns(2_000);
    expect(large).toEqual(small);
    // Refresh: 5 charts removed and rebuilt (about 17 calls each, one builder chain per chart), formats in 4 batched calls.
    expect(small[1]).toBeLessThanOrEqual(141);
  });

  it('reads the History sheet once, in one getValues', () => {
    const env = clinicWith(50);
    const addOn = env.loadBundle();
    addOn.fireOnOpen('LIMITED');
    env.calls.reset();
    addOn.clickMenu('Pilot review');
    // Cases, Settings, History and the parameter block: one getValues each; nothing per row.
    expect(env.calls.get('Range.getValues')).toBeLessThanOrEqual(6);
  });
});
