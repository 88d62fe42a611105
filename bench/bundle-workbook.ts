// A realistic Cases sheet for the bundle benchmarks: the tracker set up by the built bundle itself, then
// `n` rows written as a script would, across statuses, owners and end dates around "today".
import { createEnvironment, type AddOn, type CellValue, type Environment } from '../dev/emulator';
import { startOfDayIn } from '../src/domain/calendar-date';
import { CASE_COLUMNS, type CaseField } from '../src/domain/case-columns';
import { isSpreadsheetCall } from './cost-model';

export const ZONE = 'America/New_York';
export const NOW = '2026-03-09T16:00:00Z';

const day = (iso: string): Date => startOfDayIn(iso, ZONE);
const STATUSES = ['Identified', 'Assembling packet', 'Submitted', 'Approved (verbal)', 'Active', 'Active', 'Active', 'Closed'];
const ENDS = ['2026-03-01', '2026-03-12', '2026-03-20', '2026-04-05', '2026-06-30', '2026-12-31'];

function row(i: number): CellValue[] {
  const fields: Partial<Record<CaseField, CellValue>> = {
    caseId: `SCA-${String(i).padStart(5, '0')}`,
    patient: `P${i}`,
    memberId: `M${100000 + i}`,
    payer: i % 3 ? 'Acme Health' : 'Blue Plan',
    owner: `owner${i % 25}@clinic.example`,
    status: STATUSES[i % STATUSES.length] ?? 'Active',
    nextFollowUp: day(`2026-03-${String(1 + (i % 20)).padStart(2, '0')}`),
    submittedOn: day('2026-02-10'),
    submittedVia: 'Portal',
    decisionOn: day('2026-02-20'),
    scaNumber: `A-${i}`,
    approvedCodes: '90837',
    approvedRate: 120,
    unitsApproved: 100,
    unitsUsed: i % 101,
    startDate: day('2026-01-05'),
    endDate: day(ENDS[i % ENDS.length] ?? '2026-12-31'),
    writtenConfirmationOn: day('2026-02-25'),
  };
  return CASE_COLUMNS.map((c) => fields[c.field] ?? (c.kind === 'checkbox' ? true : ''));
}

/** An environment with the tracker set up and `n` cases; call counts reset. */
export function trackerWith(n: number): { env: Environment; addOn: AddOn } {
  const env = createEnvironment({ now: NOW, timeZone: ZONE });
  const addOn = env.loadBundle();
  addOn.run('setUpTracker');
  if (n > 0) env.writeSheet('Cases', 'A2', Array.from({ length: n }, (_, i) => row(i + 1)));
  const settings = env.readSheet('Settings').findIndex((r) => r[0] === 'Alert recipients');
  env.writeSheet('Settings', `B${settings + 1}`, [['manager@clinic.example, billing@clinic.example']]);
  env.calls.reset();
  return { env, addOn };
}

/** Spreadsheet calls only (SpreadsheetApp, Spreadsheet, Sheet, Range and their rule objects), as the cost model classes them. */
export function spreadsheetCalls(env: Environment): number {
  return Object.entries(env.calls.snapshot())
    .filter(([key]) => isSpreadsheetCall(key))
    .reduce((sum, [, n]) => sum + n, 0);
}
