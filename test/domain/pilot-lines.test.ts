import { usageByCode } from '../../src/domain/pilot-lines';
import type { AllowancePeriod, TermsLine } from '../../src/domain/terms-visits/terms-sheet';
import { aCase } from './builders';

function line(rowNumber: number, caseId: string, code: string, units: number, per: AllowancePeriod, rate: number | null): TermsLine {
  return { rowNumber, caseId, code, modifier: '', units, per, rate, start: '2026-03-01', end: '2026-06-30', note: '' };
}

describe('pilot-lines', () => {
  describe('usageByCode', () => {
    const a = aCase({ caseId: 'SCA-0001', requestedRate: 70 }).build();
    const b = aCase({ caseId: 'SCA-0002', requestedRate: 100 }).build();
    const c = aCase({ caseId: 'SCA-0003', requestedRate: null }).build();
    const linesByCase = new Map([
      ['SCA-0001', [line(2, 'SCA-0001', '97153', 24, 'month', 60), line(3, 'SCA-0001', '97155', 8, 'month', 90)]],
      ['SCA-0002', [line(4, 'SCA-0002', '97153', 40, 'total', 80)]],
      ['SCA-0003', [line(5, 'SCA-0003', '90837', 10, 'total', null)]],
    ]);
    const unitsUsedByLine = new Map([[2, 45], [3, 16], [4, 10], [5, 0]]);

    it('sums units per code and weighs rates by each line\'s units', () => {
      // 97153: 96 units at 60 (requested 70) + 40 at 80 (requested 100): approved 65.88, requested 78.82.
      expect(usageByCode([a, b, c], { linesByCase, unitsUsedByLine })).toEqual([
        { code: '90837', unitsApproved: 10, unitsUsed: 0, usedShare: 0, requestedRate: null, approvedRate: null, achieved: null },
        { code: '97153', unitsApproved: 136, unitsUsed: 55, usedShare: 55 / 136, requestedRate: 78.82, approvedRate: 65.88, achieved: 65.88 / 78.82 },
        { code: '97155', unitsApproved: 32, unitsUsed: 16, usedShare: 0.5, requestedRate: 70, approvedRate: 90, achieved: 90 / 70 },
      ]);
    });

    it('counts only the cases given (the period\'s approved cases)', () => {
      expect(usageByCode([b], { linesByCase, unitsUsedByLine }).map((u) => [u.code, u.unitsApproved])).toEqual([['97153', 40]]);
    });

    it('is empty without lines', () => {
      expect(usageByCode([a], { linesByCase: new Map(), unitsUsedByLine: new Map() })).toEqual([]);
    });
  });
});
