/**
 * The Pilot review's basis through the built bundle, with cases on the period's boundaries: a case counts as
 * decided when its first decision falls between From and To (both days included, calendar dates in the
 * spreadsheet's zone); a case identified or submitted in the period but decided after To is open at the
 * period's end, counted apart and kept out of every rate.
 */
import type { CellValue, Environment } from '../../../dev/emulator';
import { caseRow, casesEnvironment } from '../../sheets/cases-fixture';
import { day, reportTable, reportValue } from './pilot-fixture';

jest.setTimeout(30_000);

const decided = (caseId: string, status: string, submittedOn: string, decisionOn: string, extra: Record<string, CellValue> = {}): CellValue[] =>
  caseRow({ caseId, payer: 'Acme Health', serviceLine: 'ABA', status, submittedOn: day(submittedOn), decisionOn: day(decisionOn), ...(status === 'Denied' ? { denialReason: 'Other' } : {}), ...extra });

/** February 2026 in New York, set by the manager in row 2. */
function februaryReview(rows: CellValue[][], history: CellValue[][] = []): Environment {
  const env = casesEnvironment(rows, { now: '2026-03-20T15:00:00Z' });
  if (history.length > 0) env.writeSheet('History', 'A2', history);
  const addOn = env.loadBundle();
  addOn.fireOnOpen('LIMITED');
  addOn.clickMenu('Pilot review');
  addOn.userEdit('Pilot review', 'A2', '2026-02-01');
  addOn.userEdit('Pilot review', 'B2', '2026-02-28');
  addOn.clickMenu('Pilot review');
  return env;
}

describe('Pilot review — the period basis', () => {
  it.each([
    ['decided on the first day', 1, 0, decided('SCA-0001', 'Active', '2026-01-20', '2026-02-01')],
    ['decided on the last day', 1, 0, decided('SCA-0001', 'Denied', '2026-02-10', '2026-02-28')],
    ['decided the day before the first', 0, 0, decided('SCA-0001', 'Active', '2026-01-10', '2026-01-31')],
    ['decided the day after the last, submitted before the period', 0, 0, decided('SCA-0001', 'Denied', '2026-01-20', '2026-03-01')],
    ['decided the day after the last, submitted on the last day', 0, 1, decided('SCA-0001', 'Denied', '2026-02-28', '2026-03-01')],
    ['submitted on the first day, no decision yet', 0, 1, caseRow({ caseId: 'SCA-0001', status: 'Submitted', submittedOn: day('2026-02-01') })],
    ['submitted the day before the first, no decision yet', 0, 0, caseRow({ caseId: 'SCA-0001', status: 'Submitted', submittedOn: day('2026-01-31') })],
  ])('a case %s: %i decided, %i open', (_label, decidedCount, openCount, row) => {
    const env = februaryReview([row]);
    expect(reportValue(env, 'SCA pilot review', 'Decided in period')).toBe(decidedCount);
    expect(reportValue(env, 'SCA pilot review', 'Open at period end')).toBe(openCount);
  });

  it('keeps a decision made after the period out of the approval rates: the case was open at the period\'s end', () => {
    const env = februaryReview([
      decided('SCA-0001', 'Active', '2026-01-20', '2026-02-01', { writtenConfirmationOn: day('2026-02-01'), scaNumber: 'A-1', approvedRate: 90, requestedRate: 100, unitsApproved: 10 }),
      decided('SCA-0002', 'Denied', '2026-02-20', '2026-03-02'),
    ]);
    expect(reportValue(env, 'Approval', 'First-pass approval rate')).toBe(1);
    expect(reportValue(env, 'Approval', 'First-pass approval rate', 2)).toBe(1);
    expect(reportTable(env, 'Denials by reason')).toEqual([['No denials', 0, '', '']]);
    expect(reportTable(env, 'By payer', 6)).toEqual([
      ['Acme Health', 1, 1, 1, 12, 1],
      ['All payers', 1, 1, 1, 12, 1],
    ]);
    expect(env.readDisplay('Pilot review')[12]?.[0]).toBe('Open cases (identified or submitted in the period, no decision by 2026-02-28) are counted apart.');
  });

  it('reads a decision logged at 22:00 in New York on the last day (03:00 UTC the next day) as decided on that day', () => {
    const at = (iso: string): Date => new Date(iso);
    const env = februaryReview(
      [caseRow({ caseId: 'SCA-0001', payer: 'Acme Health', status: 'Denied', denialReason: 'Other', submittedOn: day('2026-02-20') })],
      [
        [at('2026-02-20T15:00:00Z'), 'a@clinic.example', 'SCA-0001', 'Status', 'Identified', 'Submitted', 'sheet edit'],
        [at('2026-03-01T03:00:00Z'), 'a@clinic.example', 'SCA-0001', 'Status', 'Submitted', 'Denied', 'sheet edit'],
      ],
    );
    expect(reportValue(env, 'SCA pilot review', 'Decided in period')).toBe(1);
    expect(reportValue(env, 'SCA pilot review', 'Open at period end')).toBe(0);
    expect(reportValue(env, 'Days (median)', 'Submitted → decision')).toBe(8);
  });
});
