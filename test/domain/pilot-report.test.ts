import type { ScaCase } from '../../src/domain/case';
import { computePilotMetrics } from '../../src/domain/pilot-metrics';
import { NOT_AVAILABLE, REPORT_WIDTH, pilotReportCharts, pilotReportLayout, pilotReportRows } from '../../src/domain/pilot-report';
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

    it('is a rectangular grid of 6 columns the adapter can write in one call', () => {
      expect(REPORT_WIDTH).toBe(6);
      expect(new Set(rows.map((r) => r.length))).toEqual(new Set([6]));
      expect(rows.flat().every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))).toBe(true);
    });

    it('starts with the period, the filter and the decided and open counts', () => {
      expect(rows.slice(0, 6).map((r) => r.slice(0, 2))).toEqual([
        ['SCA pilot review', ''],
        ['Period', '2026-01-01 to 2026-03-31'],
        ['Payer', 'All'],
        ['Service line', 'All'],
        ['Decided in period', 2],
        ['Open at period end', 0],
      ]);
    });

    it.each([
      ['First-pass approval rate', [0.5, 2]],
      ['Overall approval rate', [0.5, 2]],
      ['Identified → submitted', [NOT_AVAILABLE, 0]],
      ['Submitted → decision', [12, 2]],
      ['Decision → written confirmation', [7, 1]],
      ['Missing documentation', [1]],
      ['Revenue authorized', [2400]],
      ['At risk: ends within 30 days, no renewal', [1800, 1]],
    ])('shows %s as %j', (label, values) => {
      expect(row(label)?.slice(1, 1 + values.length)).toEqual(values);
    });

    it('shows one line per payer and per service line, then the rates and units tables', () => {
      const table = (section: string): Array<Array<string | number>> => {
        const start = rows.findIndex((r) => r[0] === section);
        const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
        return rows.slice(start + 2, end);
      };
      expect(table('By payer')).toEqual([
        ['Acme Health', 1, 1, 1, 14, 0],
        ['Beta Plan', 1, 0, 0, 10, 0],
        ['All payers', 2, 1, 0.5, 12, 0],
      ]);
      expect(table('By service line')).toEqual([
        ['No service line', 2, 1, 0.5, 12, 0],
        ['All service lines', 2, 1, 0.5, 12, 0],
      ]);
      expect(table('Rate achieved vs requested')).toEqual([
        ['Acme Health', 150, 120, 0.8, '', ''],
        ['All payers', 150, 120, 0.8, '', ''],
      ]);
      expect(table('Units used vs approved')).toEqual([
        ['No service line', 20, 5, 0.25, '', ''],
        ['All service lines', 20, 5, 0.25, '', ''],
      ]);
    });

    it('names the filter and writes n/a where nothing can be measured', () => {
      const empty = pilotReportRows(computePilotMetrics([], [], PERIOD, { payer: 'Acme Health', serviceLine: 'ABA' }));
      expect(empty[2]?.slice(0, 2)).toEqual(['Payer', 'Acme Health']);
      expect(empty[3]?.slice(0, 2)).toEqual(['Service line', 'ABA']);
      expect(empty.find((r) => r[0] === 'First-pass approval rate')?.[1]).toBe(NOT_AVAILABLE);
      expect(empty.find((r) => r[0] === 'No denials')).toEqual(['No denials', 0, '', '', '', '']);
      expect(empty.filter((r) => r[0] === 'All payers')).toEqual([
        ['All payers', 0, 0, NOT_AVAILABLE, NOT_AVAILABLE, 0],
        ['All payers', NOT_AVAILABLE, NOT_AVAILABLE, NOT_AVAILABLE, '', ''],
      ]);
    });
  });

  describe('pilotReportCharts', () => {
    it('points each chart at its table header and rows, and the columns it plots', () => {
      const metrics = computePilotMetrics(CASES, [], PERIOD);
      const rows = pilotReportRows(metrics);
      const charts = pilotReportCharts(metrics);
      expect(charts.map((c) => [c.title, c.type, c.rowCount, c.columns])).toEqual([
        ['Approval rate by payer', 'column', 4, [0, 3]], // header, Acme Health, Beta Plan, All payers
        ['Days to decision (median)', 'bar', 4, [0, 1]],
        ['Denials by reason', 'pie', 2, [0, 1]],
        ['Rate achieved vs requested', 'column', 3, [0, 1, 2]],
        ['Units used vs approved', 'column', 3, [0, 1, 2]],
      ]);
      expect(charts.map((c) => rows[c.firstRow]?.[c.columns[1] ?? 0])).toEqual(['Approval rate', 'Median days', 'Cases', 'Requested rate', 'Units approved']);
      for (const chart of charts) {
        expect(rows[chart.firstRow + chart.rowCount]).toEqual(['', '', '', '', '', '']); // a blank row follows each table
      }
    });
  });

  describe('pilotReportLayout', () => {
    const layout = pilotReportLayout(computePilotMetrics(CASES, [], PERIOD));
    const rowOf = (label: string): number => layout.rows.findIndex((r) => r[0] === label);

    it('gives a kind to every cell and a role to every row, in the grid\'s shape', () => {
      expect(layout.kinds.map((k) => k.length)).toEqual(layout.rows.map((r) => r.length));
      expect(layout.roles).toHaveLength(layout.rows.length);
    });

    it.each([
      ['Acme Health', ['text', 'count', 'count', 'percent', 'days', 'count']],
      ['First-pass approval rate', ['text', 'percent', 'count', 'text', 'text', 'text']],
      ['Revenue authorized', ['text', 'money', 'count', 'text', 'text', 'text']],
      ['Decided in period', ['text', 'count', 'text', 'text', 'text', 'text']],
    ])('reads the first row labelled %s as %j', (label, kinds) => {
      expect(layout.kinds[rowOf(label)]).toEqual(kinds);
    });

    it('marks the title, section titles and table headers for bold', () => {
      expect(layout.roles[0]).toBe('title');
      expect(layout.roles[rowOf('By payer')]).toBe('section');
      expect(layout.roles[rowOf('By payer') + 1]).toBe('header');
      expect(layout.roles[rowOf('Acme Health')]).toBe('row');
    });
  });
});

describe('pilot report — the basis line', () => {
  // Cases on the period's boundaries: decided on the last day is in; decided the day after, submitted before the
  // period, is out; submitted on the first day and still open is open; submitted the day before is out; submitted
  // in the period and decided after it was open at the period's end.
  const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
  const cases = [
    aCase({ caseId: 'SCA-0001', status: 'Approved (written)', submittedOn: '2025-12-01', decisionOn: '2026-03-31' }).build(),
    aCase({ caseId: 'SCA-0002', status: 'Denied', denialReason: 'Other', submittedOn: '2025-12-01', decisionOn: '2026-04-01' }).build(),
    aCase({ caseId: 'SCA-0003', status: 'Submitted', submittedOn: '2026-01-01' }).build(),
    aCase({ caseId: 'SCA-0004', status: 'Submitted', submittedOn: '2025-12-31' }).build(),
    aCase({ caseId: 'SCA-0005', status: 'Denied', denialReason: 'Other', submittedOn: '2026-03-20', decisionOn: '2026-04-02' }).build(),
  ];
  const rows = pilotReportRows(computePilotMetrics(cases, [], PERIOD));
  const value = (label: string) => rows.find((r) => r[0] === label)?.[1];

  it('counts the cases on the boundaries: both ends included, the day after and the day before left out', () => {
    expect([value('Decided in period'), value('Open at period end')]).toEqual([1, 2]);
  });

  it('keeps a decision made after the period out of the approval rate', () => {
    expect(rows.find((r) => r[0] === 'First-pass approval rate')?.slice(1, 3)).toEqual([1, 1]);
  });

  it('states the period, the basis of the rates and the open cases counted apart, under the counts', () => {
    const at = rows.findIndex((r) => r[0] === 'Open at period end');
    expect(rows.slice(at + 1, at + 4).map((r) => r[0])).toEqual([
      'Basis: cases decided (first approval or denial) from 2026-01-01 to 2026-03-31, both days included.',
      'Approval rates, days to decision, denials, rates and units count these decided cases only.',
      'Open cases (identified or submitted in the period, no decision by 2026-03-31) are counted apart.',
    ]);
  });
});
