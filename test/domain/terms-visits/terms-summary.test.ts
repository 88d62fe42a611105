import { startOfDayIn } from '../../../src/domain/calendar-date';
import { lineCheckText, lineTotalUnits, modifications, summarizeLines } from '../../../src/domain/terms-visits/terms-summary';
import { readTermsTable, TERMS_HEADERS, type AllowancePeriod, type TermsLine } from '../../../src/domain/terms-visits/terms-sheet';
import { periodOf } from '../../../src/domain/terms-visits/allowance-period';

function line(code: string, units: number, per: AllowancePeriod, rate: number | null, start: string, end: string): TermsLine {
  return { rowNumber: 2, caseId: 'SCA-0001', code, modifier: '', units, per, rate, start, end, note: '' };
}

describe('allowance-period', () => {
  describe('periodOf', () => {
    const all = { first: '2026-01-01', last: '2026-12-31' };
    it.each<[string, AllowancePeriod, string, string]>([
      ['2026-03-08', 'week', '2026-03-02', '2026-03-08'], // a Sunday ends its week
      ['2026-03-09', 'week', '2026-03-09', '2026-03-15'], // a Monday starts one
      ['2026-03-29', 'week', '2026-03-23', '2026-03-29'],
      ['2026-02-15', 'month', '2026-02-01', '2026-02-28'],
      ['2026-12-31', 'month', '2026-12-01', '2026-12-31'],
      ['2026-05-05', 'total', '2026-01-01', '2026-12-31'],
      ['2026-01-02', 'week', '2026-01-01', '2026-01-04'], // clipped to the line's start
    ])('%s per %s → %s to %s', (date, per, first, last) => {
      expect(periodOf(date, per, all)).toEqual({ first, last });
    });
  });
});

describe('terms-summary', () => {
  describe('lineTotalUnits', () => {
    it.each<[AllowancePeriod, number, string, string, number]>([
      ['total', 40, '2026-03-01', '2026-06-30', 40],
      ['month', 24, '2026-03-01', '2026-06-30', 96],
      ['month', 24, '2026-03-15', '2026-04-14', 48], // two partial months
      ['week', 8, '2026-03-02', '2026-03-29', 32], // four Monday–Sunday weeks
      ['week', 8, '2026-03-01', '2026-03-09', 24], // Sunday alone, a full week, Monday alone
    ])('%s %d from %s to %s → %d', (per, units, start, end, total) => {
      expect(lineTotalUnits({ units, per, start, end })).toBe(total);
    });
  });

  describe('summarizeLines', () => {
    it('summarises two lines: codes, totals over the dates, weighted rate, outer dates', () => {
      const lines = [line('97153', 24, 'month', 60, '2026-03-01', '2026-06-30'), line('97155', 8, 'month', 90, '2026-04-01', '2026-07-31')];
      // 96 units at 60 and 32 at 90 → (5760 + 2880) / 128 = 67.5
      expect(summarizeLines(lines)).toEqual({ approvedCodes: ['97153', '97155'], unitsApproved: 128, approvedRate: 67.5, startDate: '2026-03-01', endDate: '2026-07-31' });
    });

    it('keeps the one rate when every line has it', () => {
      expect(summarizeLines([line('90837', 10, 'total', 125.5, '2026-03-01', '2026-03-31'), line('90834', 5, 'total', 125.5, '2026-03-01', '2026-03-31')])?.approvedRate).toBe(125.5);
    });

    it('is null without lines', () => {
      expect(summarizeLines([])).toBeNull();
    });
  });

  describe('modifications', () => {
    const lines = [line('90837', 20, 'total', 85, '2026-03-01', '2026-06-30')];
    const summary = summarizeLines(lines);
    it.each<[string, { requestedRate: number | null; unitsRequested: number | null }, string]>([
      ['as requested', { requestedRate: 85, unitsRequested: 20 }, 'as requested'],
      ['nothing requested', { requestedRate: null, unitsRequested: null }, 'as requested'],
      ['a lower rate', { requestedRate: 100, unitsRequested: 20 }, 'modified: rate 85.00 of 100.00 requested'],
      ['fewer units', { requestedRate: 85, unitsRequested: 24 }, 'modified: case 20 units of 24 requested'],
      ['both', { requestedRate: 90, unitsRequested: 21 }, 'modified: rate 85.00 of 90.00 requested; case 20 units of 21 requested'],
    ])('%s', (_name, requested, text) => {
      expect(lineCheckText(modifications(lines[0] as TermsLine, requested, summary))).toBe(text);
    });
  });
});

describe('terms-sheet', () => {
  describe('readTermsTable', () => {
    it('groups usable lines by case and reports unusable rows', () => {
      const tz = 'Europe/Berlin';
      const d = (iso: string) => startOfDayIn(iso, tz);
      const rows = [
        [...TERMS_HEADERS],
        ['SCA-0001', 97153, '', 24, 'month', 60, d('2026-03-01'), d('2026-06-30'), '', '', ''],
        ['', '', '', '', '', '', '', '', '', 12, 'as requested'],
        ['sca-0001', '97155', 'hn', 8, '', '', d('2026-03-01'), d('2026-06-30'), 'BCBA', '', ''],
        ['SCA-0002', '90837', '', -1, 'day', '', d('2026-03-01'), d('2026-02-01'), '', '', ''],
      ];
      const table = readTermsTable(rows, tz);
      expect(table.linesByCase.get('SCA-0001')?.map((l) => [l.rowNumber, l.code, l.modifier, l.units, l.per, l.start])).toEqual([
        [2, '97153', '', 24, 'month', '2026-03-01'],
        [4, '97155', 'HN', 8, 'total', '2026-03-01'],
      ]);
      expect(table.linesByCase.has('SCA-0002')).toBe(false);
      expect(table.problems.get(5)?.map((p) => p.code)).toEqual(['negative_number', 'not_in_list', 'end_before_start']);
      expect([...table.problems.keys()]).toEqual([5]);
    });
  });
});
