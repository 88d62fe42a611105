import type { ScaCase } from '../../src/domain/case';
import { computePilotMetrics } from '../../src/domain/pilot-metrics';
import { NOT_AVAILABLE, pilotReportCharts, pilotReportRows } from '../../src/domain/pilot-report';
import { aCase } from './builders';

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const CASES: ScaCase[] = [
  aCase({ caseId: 'SCA-0001', payer: 'Acme Health', status: 'Active', submittedOn: '2026-01-10', decisionOn: '2026-01-24', writtenConfirmationOn: '2026-01-31', requestedRate: 150, approvedRate: 120, unitsApproved: 20, unitsUsed: 5, endDate: '2026-04-20' }).build(),
  aCase({ caseId: 'SCA-0002', payer: 'Beta Plan', status: 'Denied', denialReason: 'Missing documentation', submittedOn: '2026-02-01', decisionOn: '2026-02-11' }).build(),
];

describe('pilot report', () => {
  describe('pilotReportRows', () => {
    const rows = pilotReportRows(computePilotMetrics(CASES, [], PERIOD, { payer: '' }));
    const row = (label: string) => rows.find((r) => r[0] === label);

    it('is a rectangular grid of 4 columns the adapter can write in one call', () => {
      expect(new Set(rows.map((r) => r.length))).toEqual(new Set([4]));
      expect(rows.flat().every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))).toBe(true);
    });

    it('starts with the period and filter', () => {
      expect(rows.slice(0, 5)).toEqual([
        ['SCA pilot review', '', '', ''],
        ['Period', '2026-01-01 to 2026-03-31', '', ''],
        ['Payer', 'All', '', ''],
        ['Service line', 'All', '', ''],
        ['Cases in period', 2, '', ''],
      ]);
    });

    it.each([
      ['First-pass approval rate (%)', [50, 2]],
      ['Overall approval rate (%)', [50, 2]],
      ['Identified → submitted', [NOT_AVAILABLE, 0]],
      ['Submitted → decision', [12, 2]],
      ['Decision → written confirmation', [7, 1]],
      ['Missing documentation', [1]],
      ['Acme Health', [150, 120, 80]],
      ['All payers', [150, 120, 80]],
      ['Units used (%)', [25]],
      ['Revenue authorized', [2400]],
      ['Revenue at risk (ending within 30 days, no renewal)', [1800]],
    ])('shows %s as %j', (label, values) => {
      expect(row(label)?.slice(1, 1 + values.length)).toEqual(values);
    });

    it('names the filter and writes n/a where nothing can be measured', () => {
      const empty = pilotReportRows(computePilotMetrics([], [], PERIOD, { payer: 'Acme Health', serviceLine: 'ABA' }));
      expect(empty[2]).toEqual(['Payer', 'Acme Health', '', '']);
      expect(empty[3]).toEqual(['Service line', 'ABA', '', '']);
      expect(empty.find((r) => r[0] === 'First-pass approval rate (%)')?.[1]).toBe(NOT_AVAILABLE);
      expect(empty.find((r) => r[0] === 'No denials')).toEqual(['No denials', 0, '', '']);
      expect(empty.find((r) => r[0] === 'All payers')).toEqual(['All payers', NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE]);
    });
  });

  describe('pilotReportCharts', () => {
    it('points each chart at its table header and rows', () => {
      const metrics = computePilotMetrics(CASES, [], PERIOD);
      const rows = pilotReportRows(metrics);
      const charts = pilotReportCharts(metrics);
      expect(charts.map((c) => [c.title, c.type, c.rowCount, c.columnCount])).toEqual([
        ['Cases by status', 'column', 11, 2],
        ['Denials by reason', 'pie', 2, 2],
        ['Rate achieved vs requested', 'bar', 3, 4],
      ]);
      for (const chart of charts) {
        expect(rows[chart.firstRow - 1]?.[0]).toBe(chart.title);
        expect(rows[chart.firstRow + chart.rowCount]).toEqual(['', '', '', '']); // a blank row follows each table
      }
    });
  });
});

describe('pilot report — the basis line', () => {
  // Cases on the period's boundaries: decided on the last day is in; decided the day after (and nothing else in
  // the period) is out; identified on the first day and still open is in, and counted as open.
  const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
  const cases = [
    aCase({ caseId: 'SCA-0001', status: 'Approved (written)', submittedOn: '2025-12-01', decisionOn: '2026-03-31' }).build(),
    aCase({ caseId: 'SCA-0002', status: 'Denied', denialReason: 'Other', submittedOn: '2025-12-01', decisionOn: '2026-04-01' }).build(),
    aCase({ caseId: 'SCA-0003', status: 'Submitted', submittedOn: '2026-01-01' }).build(),
    aCase({ caseId: 'SCA-0004', status: 'Submitted', submittedOn: '2025-12-31' }).build(),
  ];
  const rows = pilotReportRows(computePilotMetrics(cases, [], PERIOD));
  const value = (label: string) => rows.find((r) => r[0] === label)?.[1];

  it('counts the cases on the boundaries: both ends included, the day after and the day before left out', () => {
    expect(value('Cases in period')).toBe(2);
  });

  it('states the period, the basis of the rates and the open cases counted separately', () => {
    expect(value('Basis')).toBe(
      'Cases identified, submitted or decided from 2026-01-01 to 2026-03-31, both days included. Approval rates count the 1 case with a decision; 1 still open (no decision yet) is counted separately, by status.',
    );
  });
});
