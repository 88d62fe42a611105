/**
 * A seeded clinic for the Pilot review tests: six cases in the default period (today 2026-03-09, New York:
 * 2025-12-09 to 2026-03-09) and one older case, with History status events for some of them.
 * Hand-computed figures are in pilot-review.bundle.test.ts next to the assertions.
 */
import type { AddOn, CellValue, Environment } from '../../../dev/emulator';
import { startOfDayIn } from '../../../src/domain/calendar-date';
import { caseRow, casesEnvironment } from '../../sheets/cases-fixture';

export { caseRow };

export const ZONE = 'America/New_York';
export const day = (iso: string): Date => startOfDayIn(iso, ZONE);
/** A History timestamp: mid-morning in New York on that date. */
const at = (iso: string): Date => new Date(`${iso}T15:00:00Z`);

export const PATIENTS = ['PT-ALPHA', 'PT-BRAVO', 'PT-CHARLIE', 'PT-DELTA', 'PT-ECHO', 'PT-FOXTROT', 'PT-GOLF'];
export const MEMBER_IDS = ['MBR-99001', 'MBR-99002', 'MBR-99003', 'MBR-99004', 'MBR-99005', 'MBR-99006', 'MBR-99007'];

const person = (i: number): { patient: string; memberId: string } => ({ patient: PATIENTS[i] ?? '', memberId: MEMBER_IDS[i] ?? '' });

export const CASES: CellValue[][] = [
  // Approved first time: submitted 01-05, decided 01-15 (10 days); 24 of 30 units at 120 of 150 requested.
  caseRow({
    caseId: 'SCA-0001', ...person(0), payer: 'Acme Health', serviceLine: 'Psychotherapy', status: 'Active',
    submittedOn: day('2026-01-05'), decisionOn: day('2026-01-15'), writtenConfirmationOn: day('2026-01-20'), scaNumber: 'A-1',
    approvedCodes: '90837', requestedRate: 150, approvedRate: 120, unitsRequested: 30, unitsApproved: 24, unitsUsed: 12,
    startDate: day('2026-01-20'), endDate: day('2026-12-31'),
  }),
  // Denied (medical necessity), appealed, approved: first decision 01-20 (10 days after 01-10); 40 units at 90 of 100.
  caseRow({
    caseId: 'SCA-0002', ...person(1), payer: 'Acme Health', serviceLine: 'ABA', status: 'Active', denialReason: 'Medical necessity unclear',
    submittedOn: day('2026-01-10'), decisionOn: day('2026-01-30'), writtenConfirmationOn: day('2026-01-30'), scaNumber: 'A-2',
    approvedCodes: '97153', requestedRate: 100, approvedRate: 90, unitsRequested: 48, unitsApproved: 40, unitsUsed: 10,
    startDate: day('2026-02-01'), endDate: day('2026-12-31'),
  }),
  // Denied: 4, 8 and 6 days.
  caseRow({ caseId: 'SCA-0003', ...person(2), payer: 'Blue Plan', serviceLine: 'Psychotherapy', status: 'Denied', denialReason: 'In-network provider available', submittedOn: day('2026-02-01'), decisionOn: day('2026-02-05'), requestedRate: 140 }),
  caseRow({ caseId: 'SCA-0004', ...person(3), payer: 'Blue Plan', serviceLine: 'Psychotherapy', status: 'Denied', denialReason: 'Missing documentation', submittedOn: day('2026-02-02'), decisionOn: day('2026-02-10'), requestedRate: 140 }),
  caseRow({ caseId: 'SCA-0005', ...person(4), payer: 'Acme Health', serviceLine: 'Psychotherapy', status: 'Denied', denialReason: 'In-network provider available', submittedOn: day('2026-02-10'), decisionOn: day('2026-02-16') }),
  // Pending: identified 02-20, submitted 03-02 (History wins over the Submitted on field).
  caseRow({ caseId: 'SCA-0006', ...person(5), payer: 'Acme Health', serviceLine: 'Psychotherapy', status: 'Submitted', submittedOn: day('2026-03-01'), requestedRate: 150, unitsRequested: 20 }),
  // Decided long before the period: left out.
  caseRow({
    caseId: 'SCA-0007', ...person(6), payer: 'Acme Health', serviceLine: 'Psychotherapy', status: 'Active',
    submittedOn: day('2025-06-01'), decisionOn: day('2025-06-20'), writtenConfirmationOn: day('2025-06-20'), scaNumber: 'A-7',
    approvedCodes: '90837', requestedRate: 200, approvedRate: 50, unitsApproved: 100, unitsUsed: 10, startDate: day('2025-07-01'), endDate: day('2026-12-31'),
  }),
];

/** History rows (When | Who | Case ID | Field | Old value | New value | Via), as the add-on writes them. */
export const HISTORY: CellValue[][] = [
  [at('2025-12-20'), 'coordinator@clinic.example', 'SCA-0001', 'Status', '', 'Identified', 'menu'],
  [at('2026-01-05'), 'coordinator@clinic.example', 'SCA-0001', 'Status', 'Identified', 'Submitted', 'sheet edit'],
  [at('2026-01-15'), 'coordinator@clinic.example', 'SCA-0001', 'Status', 'Submitted', 'Approved (written)', 'sidebar'],
  [at('2026-01-20'), 'coordinator@clinic.example', 'SCA-0001', 'Status', 'Approved (written)', 'Active', 'sidebar'],
  [at('2026-01-02'), 'coordinator@clinic.example', 'SCA-0002', 'Status', '', 'Identified', 'menu'],
  [at('2026-01-10'), 'coordinator@clinic.example', 'SCA-0002', 'Status', 'Identified', 'Submitted', 'sheet edit'],
  [at('2026-01-20'), 'coordinator@clinic.example', 'SCA-0002', 'Status', 'Submitted', 'Denied', 'sheet edit'],
  [at('2026-01-22'), 'coordinator@clinic.example', 'SCA-0002', 'Status', 'Denied', 'Appealed', 'sheet edit'],
  [at('2026-01-30'), 'coordinator@clinic.example', 'SCA-0002', 'Status', 'Appealed', 'Approved (written)', 'sheet edit'],
  [at('2026-02-01'), 'coordinator@clinic.example', 'SCA-0002', 'Status', 'Approved (written)', 'Active', 'sheet edit'],
  [at('2026-01-12'), 'coordinator@clinic.example', 'SCA-0002', 'Packet: Credentials', 'FALSE', 'TRUE', 'sheet edit'],
  [at('2026-02-20'), 'coordinator@clinic.example', 'SCA-0006', 'Status', '', 'Identified', 'menu'],
  [at('2026-03-02'), 'coordinator@clinic.example', 'SCA-0006', 'Status', 'Identified', 'Submitted', 'sheet edit'],
];

/** The seeded clinic with the menu built (onOpen, LIMITED), call counts reset. */
export function seededClinic(): { env: Environment; addOn: AddOn } {
  const env = casesEnvironment(CASES);
  env.writeSheet('History', 'A2', HISTORY);
  const addOn = env.loadBundle();
  addOn.fireOnOpen('LIMITED');
  env.calls.reset();
  return { env, addOn };
}

/** The value next to `label` in the section titled `section` of the Pilot review sheet (column B, or `column`). */
export function reportValue(env: Environment, section: string, label: string, column = 1): CellValue | undefined {
  const rows = env.readSheet('Pilot review');
  const start = rows.findIndex((r) => r[0] === section);
  if (start < 0) throw new Error(`no section ${section}`);
  const row = rows.slice(start + 1).find((r) => r[0] === label);
  return row?.[column];
}

/** A table of the report: the rows under its heading row, up to the next blank row (`width` columns). */
export function reportTable(env: Environment, section: string, width = 4): CellValue[][] {
  const rows = env.readSheet('Pilot review');
  const start = rows.findIndex((r) => r[0] === section);
  const out: CellValue[][] = [];
  for (const r of rows.slice(start + 2)) {
    if (r.every((c) => c === '')) break;
    out.push(r.slice(0, width));
  }
  return out;
}
