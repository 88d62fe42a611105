import type { IsoDate } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import { caseTimeline } from '../../src/domain/case-timeline';
import { computePilotMetrics, type PilotMetrics } from '../../src/domain/pilot-metrics';
import type { StatusChange } from '../../src/domain/status-change';
import { median, ratio, roundTo } from '../../src/domain/statistics';
import type { Status } from '../../src/domain/vocabulary';
import { aCase } from './builders';

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const BLANK = aCase().build();

/** History for one case: ['2026-01-05', 'Identified'], ['2026-01-10', 'Submitted'], … (the first is the creation). */
function history(caseId: string, ...steps: Array<[IsoDate, Status]>): StatusChange[] {
  return steps.map(([date, to], i) => ({ caseId, date, from: i === 0 ? '' : (steps[i - 1]?.[1] ?? ''), to }));
}

// The worked example: six cases in the period (A, B, C, D, E, H), two outside it (F, G), one without an ID.
const A = aCase({ caseId: 'SCA-0001', payer: 'Acme Health', serviceLine: 'ABA', status: 'Active', requestedRate: 150, approvedRate: 120, unitsApproved: 20, unitsUsed: 5, endDate: '2026-04-20' }).build();
const B = aCase({ caseId: 'SCA-0002', payer: 'Acme Health', status: 'Active', denialReason: 'Missing documentation', requestedRate: 150, approvedRate: 150, unitsApproved: 10, unitsUsed: 0, endDate: '2026-09-30' }).build();
const C = aCase({ caseId: 'SCA-0003', payer: 'Beta Plan', status: 'Denied', denialReason: 'In-network provider available' }).build();
const D = aCase({ caseId: 'SCA-0004', payer: 'Beta Plan', status: 'Approved (written)', submittedOn: '2026-02-15', decisionOn: '2026-03-01', writtenConfirmationOn: '2026-03-04', requestedRate: 100, approvedRate: 80, unitsApproved: 30, unitsUsed: 0, endDate: '2026-06-30' }).build();
const E = aCase({ caseId: 'SCA-0005', payer: 'Acme Health', status: 'Assembling packet' }).build();
const F = aCase({ caseId: 'SCA-0006', payer: 'Acme Health', status: 'Active', approvedRate: 100, unitsApproved: 10, unitsUsed: 2, endDate: '2026-04-15' }).build();
const G = aCase({ caseId: 'SCA-0007', payer: 'Acme Health', status: 'Submitted', renewalOf: 'SCA-0006', submittedOn: '2026-04-03' }).build();
const H = aCase({ caseId: 'SCA-0008', payer: 'Beta Plan', status: 'Appealed', denialReason: 'Medical necessity unclear' }).build();
const NO_ID = aCase({ caseId: '', payer: 'Acme Health', status: 'Submitted', submittedOn: '2026-02-01' }).build();
const CASES = [A, B, C, D, E, F, G, H, NO_ID];

const EVENTS: StatusChange[] = [
  ...history('SCA-0001', ['2026-01-05', 'Identified'], ['2026-01-10', 'Submitted'], ['2026-01-24', 'Approved (verbal)'], ['2026-01-31', 'Approved (written)'], ['2026-02-01', 'Active']),
  ...history('SCA-0002', ['2026-01-15', 'Identified'], ['2026-01-20', 'Submitted'], ['2026-02-10', 'Denied'], ['2026-02-12', 'Appealed'], ['2026-03-05', 'Approved (written)'], ['2026-03-06', 'Active']),
  ...history('SCA-0003', ['2026-02-01', 'Identified'], ['2026-02-03', 'Submitted'], ['2026-02-20', 'Denied']),
  ...history('SCA-0005', ['2026-03-20', 'Identified'], ['2026-03-25', 'Assembling packet']),
  ...history('SCA-0006', ['2025-11-01', 'Identified'], ['2025-11-05', 'Submitted'], ['2025-12-01', 'Approved (written)'], ['2025-12-02', 'Active']),
  ...history('SCA-0007', ['2026-04-02', 'Identified']),
  ...history('SCA-0008', ['2026-02-01', 'Identified'], ['2026-02-02', 'Submitted'], ['2026-02-16', 'Denied'], ['2026-02-20', 'Appealed']),
];

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (value && typeof value === 'object') return Object.values(value).some(hasNaN);
  return false;
}

describe('pilot metrics', () => {
  describe('computePilotMetrics — worked example', () => {
    const m = computePilotMetrics(CASES, EVENTS, PERIOD);

    it('counts the cases decided in the period and those open at its end, by current status', () => {
      expect([m.caseCount, m.decidedCount, m.openCount]).toEqual([6, 5, 1]); // E is open
      expect(m.byStatus).toMatchObject({ Active: 2, Denied: 1, 'Approved (written)': 1, 'Assembling packet': 1, Appealed: 1, Submitted: 0, Closed: 0 });
    });

    it('computes first-pass (A, D of 5 decided) and overall (A, B, D of 4; H appeal pending) approval rates', () => {
      expect(m.approval).toEqual({ firstDecisions: 5, approvedFirstPass: 2, firstPassRate: 0.4, approved: 3, denied: 1, appealPending: 1, overallRate: 0.75 });
    });

    it('computes median days between steps, falling back to case fields without History', () => {
      expect(m.days).toEqual({
        identifiedToSubmitted: { median: 3.5, cases: 4 }, // A 5, B 5, C 2, H 1
        submittedToDecision: { median: 14, cases: 5 }, // A 14, B 21, C 17, D 14 (fields), H 14
        decisionToWritten: { median: 3, cases: 3 }, // A 7, B 0, D 3 (fields)
      });
    });

    it('counts denials by reason, including cases approved on appeal', () => {
      expect(m.denialsByReason).toEqual([
        { reason: 'In-network provider available', count: 1 },
        { reason: 'Medical necessity unclear', count: 1 },
        { reason: 'Missing documentation', count: 1 },
      ]);
    });

    it('weighs approved vs requested rates by units approved, overall and per payer', () => {
      expect(m.rates.overall).toEqual({ payer: 'All payers', cases: 3, requestedRate: 125, approvedRate: 105, achieved: 0.84 });
      expect(m.rates.byPayer).toEqual([
        { payer: 'Acme Health', cases: 2, requestedRate: 150, approvedRate: 130, achieved: 3900 / 4500 },
        { payer: 'Beta Plan', cases: 1, requestedRate: 100, approvedRate: 80, achieved: 0.8 },
      ]);
    });

    it('sums units and revenue; an open renewal takes an ending agreement out of the risk', () => {
      expect(m.units).toEqual({ used: 5, approved: 60, usedShare: 5 / 60 });
      expect(m.revenue).toEqual({ authorized: 6300, atRisk: 1800, atRiskCases: 1 }); // A: 15 units × 120
    });

    it('counts an ending agreement at risk when its renewal is Denied', () => {
      const denied = { ...G, status: 'Denied' as Status };
      const r = computePilotMetrics([A, F, denied], EVENTS, PERIOD).revenue;
      expect(r).toEqual({ authorized: 2400, atRisk: 1800 + 800, atRiskCases: 2 });
    });
  });

  describe('computePilotMetrics — decided and open', () => {
    // A case submitted in the period and decided after its end was open at the period's end: it is counted
    // apart and stays out of every rate (the rates count decisions made in the period only).
    const late = aCase({ caseId: 'SCA-0300', payer: 'Late Plan', serviceLine: 'ABA', status: 'Denied', denialReason: 'Other', submittedOn: '2026-03-25', decisionOn: '2026-04-05' }).build();
    const m = computePilotMetrics([late], [], PERIOD);

    it('counts a case decided after the period as open at its end', () => {
      expect([m.decidedCount, m.openCount, m.caseCount]).toEqual([0, 1, 1]);
    });

    it('leaves its decision out of the approval rates, days to decision and denials', () => {
      expect(m.approval.firstDecisions).toBe(0);
      expect(m.approval.denied).toBe(0);
      expect(m.days.submittedToDecision.cases).toBe(0);
      expect(m.denialsByReason).toEqual([]);
    });

    it('lists it as open on its payer\'s and service line\'s lines', () => {
      expect(m.byPayer).toEqual([
        { name: 'Late Plan', decided: 0, approved: 0, denied: 0, approvalRate: null, medianDaysToDecision: null, open: 1 },
        { name: 'All payers', decided: 0, approved: 0, denied: 0, approvalRate: null, medianDaysToDecision: null, open: 1 },
      ]);
      expect(m.byServiceLine.map((g) => [g.name, g.open])).toEqual([['ABA', 1], ['All service lines', 1]]);
    });
  });

  describe('computePilotMetrics — one line per payer and service line', () => {
    const m = computePilotMetrics(CASES, EVENTS, PERIOD);

    it('gives each payer its decided, approved, approval rate, median days to decision and open cases', () => {
      expect(m.byPayer).toEqual([
        // A (14 days), B (21): both approved in the end; E open.
        { name: 'Acme Health', decided: 2, approved: 2, denied: 0, approvalRate: 1, medianDaysToDecision: 17.5, open: 1 },
        // C denied (17), D approved (14), H appeal pending (14).
        { name: 'Beta Plan', decided: 3, approved: 1, denied: 1, approvalRate: 0.5, medianDaysToDecision: 14, open: 0 },
        { name: 'All payers', decided: 5, approved: 3, denied: 1, approvalRate: 0.75, medianDaysToDecision: 14, open: 1 },
      ]);
    });

    it('sums units per service line over approved cases, with the total line', () => {
      expect(m.unitsByServiceLine).toEqual([
        { name: 'ABA', unitsApproved: 20, unitsUsed: 5, usedShare: 0.25 },
        { name: 'No service line', unitsApproved: 40, unitsUsed: 0, usedShare: 0 },
        { name: 'All service lines', unitsApproved: 60, unitsUsed: 5, usedShare: 5 / 60 },
      ]);
    });
  });

  describe('computePilotMetrics — filters and periods', () => {
    it.each([
      [{ payer: ' beta PLAN ' }, 3, 1 / 3, 0.5],
      [{ payer: 'Acme Health' }, 3, 0.5, 1],
      [{ serviceLine: 'aba' }, 1, 1, 1],
      [{ payer: 'Nobody' }, 0, null, null],
      [{ payer: '', serviceLine: '' }, 6, 0.4, 0.75],
    ])('with filter %j: %i cases, first-pass %s, overall %s', (filter, count, firstPass, overall) => {
      const m = computePilotMetrics(CASES, EVENTS, PERIOD, filter);
      expect([m.caseCount, m.approval.firstPassRate, m.approval.overallRate]).toEqual([count, firstPass, overall]);
    });

    it.each([
      ['2026-01-05', '2026-01-05', 1], // A identified on the first day (open: decided later), both ends inclusive
      ['2026-01-06', '2026-01-09', 0],
      ['2026-03-01', '2026-03-01', 1], // D decided (field)
      ['2025-11-01', '2025-12-31', 1], // F only
      ['2026-04-01', '2026-04-30', 1], // G identified and submitted
    ])('from %s to %s holds %i cases', (from, to, count) => {
      expect(computePilotMetrics(CASES, EVENTS, { from, to }).caseCount).toBe(count);
    });
  });

  describe('edge cases', () => {
    it('gives nulls, zeros and empty lists for no input — never NaN', () => {
      const m: PilotMetrics = computePilotMetrics([], [], PERIOD);
      expect(hasNaN(m)).toBe(false);
      expect(m.approval.firstPassRate).toBeNull();
      expect(m.approval.overallRate).toBeNull();
      expect(m.days.submittedToDecision).toEqual({ median: null, cases: 0 });
      expect(m.rates.overall).toEqual({ payer: 'All payers', cases: 0, requestedRate: null, approvedRate: null, achieved: null });
      expect(m.units.usedShare).toBeNull();
      expect(m.revenue).toEqual({ authorized: 0, atRisk: 0, atRiskCases: 0 });
    });

    it('survives odd numbers, bad dates and events for unknown cases', () => {
      const odd = aCase({ caseId: 'SCA-0100', status: 'Active', submittedOn: '2026-02-30', decisionOn: '2026-02-01', requestedRate: Number.NaN, approvedRate: -5, unitsApproved: 1e9, unitsUsed: Infinity, endDate: 'soon' }).build();
      const events: StatusChange[] = [{ caseId: 'SCA-0100', date: 'yesterday', from: '', to: 'Identified' }, { caseId: 'SCA-9999', date: '2026-02-01', from: '', to: 'Identified' }];
      const m = computePilotMetrics([odd], events, PERIOD);
      expect(hasNaN(m)).toBe(false);
      expect(m.caseCount).toBe(1);
      expect(m.rates.overall.cases).toBe(0);
    });

    it('throws a RangeError for a period that is not made of calendar dates', () => {
      expect(() => computePilotMetrics([], [], { from: '2026-01-01', to: '2026-02-30' })).toThrow(RangeError);
    });

    it('leaves out negative spans (a decision dated before the submission)', () => {
      const c = aCase({ caseId: 'SCA-0200', status: 'Denied', denialReason: 'Other', submittedOn: '2026-02-10', decisionOn: '2026-02-01' }).build();
      expect(computePilotMetrics([c], [], PERIOD).days.submittedToDecision).toEqual({ median: null, cases: 0 });
    });

    it('records a denial with no reason as "Not recorded"', () => {
      const c = aCase({ caseId: 'SCA-0201', status: 'Denied', decisionOn: '2026-02-01' }).build();
      expect(computePilotMetrics([c], [], PERIOD).denialsByReason).toEqual([{ reason: 'Not recorded', count: 1 }]);
    });
  });

  describe('caseTimeline', () => {
    const closed = (extra: Partial<ScaCase>): ScaCase => aCase({ status: 'Closed', ...extra }).build();
    it.each<[string, ScaCase, StatusChange[], string | null, string | null]>([
      ['Closed after approval', closed({}), history('SCA-0001', ['2026-01-01', 'Identified'], ['2026-01-20', 'Active'], ['2026-03-01', 'Closed']), 'approved', 'approved'],
      ['Closed after denial', closed({}), history('SCA-0001', ['2026-01-01', 'Identified'], ['2026-01-20', 'Denied'], ['2026-03-01', 'Closed']), 'denied', 'denied'],
      ['Closed with written terms, no History', closed({ scaNumber: 'X-1' }), [], 'approved', 'approved'],
      ['Closed with a denial reason, no History', closed({ denialReason: 'Other' }), [], 'denied', 'denied'],
      ['Closed with nothing (withdrawn)', closed({}), [], null, null],
      ['Submitted again after a denial', aCase({ status: 'Submitted', denialReason: 'Other' }).build(), [], 'denied', null],
      ['Submitted', aCase({ status: 'Submitted' }).build(), [], null, null],
    ])('%s: first decision %s, outcome %s', (_name, c, events, first, outcome) => {
      const t = caseTimeline(c, events);
      expect([t.firstDecision, t.outcome]).toEqual([first, outcome]);
    });

    it('takes the identification date from the creation event, else the earliest event', () => {
      expect(caseTimeline(BLANK, [{ caseId: 'x', date: '2026-01-01', from: 'Identified', to: 'Submitted' }, { caseId: 'x', date: '2026-01-03', from: '', to: 'Identified' }]).identifiedOn).toBe('2026-01-03');
      expect(caseTimeline(BLANK, [{ caseId: 'x', date: '2026-01-02', from: 'Identified', to: 'Submitted' }]).identifiedOn).toBe('2026-01-02');
      expect(caseTimeline(BLANK, []).identifiedOn).toBeNull();
    });
  });

  describe('statistics', () => {
    it.each([
      [[], null],
      [[4], 4],
      [[3, 1, 4, 10], 3.5],
      [[5, 1, 3], 3],
      [[Number.NaN, 2], 2],
    ])('median(%j) = %s', (values, expected) => {
      expect(median(values)).toBe(expected);
    });

    it.each([
      [3, 4, 0.75],
      [1, 0, null],
      [Number.NaN, 2, null],
      [0, 5, 0],
    ])('ratio(%s, %s) = %s', (n, d, expected) => {
      expect(ratio(n, d)).toBe(expected);
    });

    it('rounds half up at the given decimals', () => {
      expect([roundTo(2.005, 2), roundTo(86.666, 1), roundTo(3, 2)]).toEqual([2.01, 86.7, 3]);
    });
  });
});

