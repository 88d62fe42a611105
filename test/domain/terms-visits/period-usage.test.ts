import { periodUsage } from '../../../src/domain/terms-visits/period-usage';

describe('period-usage', () => {
  describe('periodUsage', () => {
    const visits = [
      { date: '2026-03-30', units: 6 },
      { date: '2026-04-06', units: 4 },
      { date: '2026-04-12', units: 2 },
    ];
    it.each([
      ['a monthly line: the calendar month', 'month', '2026-04-20', { first: '2026-04-01', last: '2026-04-30', used: 6, left: 18 }],
      ['a weekly line: Monday to Sunday', 'week', '2026-04-08', { first: '2026-04-06', last: '2026-04-12', used: 6, left: 18 }],
      ['a total line: the line\'s dates', 'total', '2026-04-20', { first: '2026-03-01', last: '2026-06-30', used: 12, left: 12 }],
      ['a month clipped to the line\'s start', 'month', '2026-03-05', { first: '2026-03-01', last: '2026-03-31', used: 6, left: 18 }],
    ] as const)('returns %s', (_name, per, day, period) => {
      expect(periodUsage({ units: 24, per, start: '2026-03-01', end: '2026-06-30' }, visits, day)).toEqual({ used: 12, period });
    });

    describe('edge cases', () => {
      it('returns no period when the day is outside the line', () => {
        expect(periodUsage({ units: 24, per: 'month', start: '2026-03-01', end: '2026-03-31' }, visits, '2026-04-20')).toEqual({ used: 12, period: null });
      });
      it('never returns a negative number left', () => {
        expect(periodUsage({ units: 4, per: 'total', start: '2026-03-01', end: '2026-06-30' }, visits, '2026-04-20').period?.left).toBe(0);
      });
    });
  });
});
