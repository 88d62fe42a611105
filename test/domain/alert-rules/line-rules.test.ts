import type { Alert } from '../../../src/domain/alert';
import { lineAlerts, withLineAlerts } from '../../../src/domain/alert-rules/line-rules';
import { addDays } from '../../../src/domain/calendar-date';
import type { AllowancePeriod, TermsLine } from '../../../src/domain/terms-visits/terms-sheet';
import type { LineVisit } from '../../../src/domain/terms-visits/visit-run';
import { aCase } from '../builders';

const ACTIVE = aCase().withStatus('Active').writtenOn('2026-02-20').ownedBy('bcba@clinic.example').build();

function line(code: string, units: number, per: AllowancePeriod, rowNumber = 2, start = '2026-03-01', end = '2026-06-30'): TermsLine {
  return { rowNumber, caseId: 'SCA-0001', code, modifier: '', units, per, rate: 50, start, end, note: '' };
}

/** `n` visits of `units` each, one per day from `from`. */
function daily(from: string, n: number, units = 1): LineVisit[] {
  return Array.from({ length: n }, (_, i) => ({ date: addDays(from, i), units }));
}

function alertsFor(today: string, l: TermsLine, visits: readonly LineVisit[], status = ACTIVE): string[] {
  return lineAlerts({ today, unitsLowPercent: 20, cases: [status], linesByCase: new Map([['SCA-0001', [l]]]), visitsByLine: new Map([[l.rowNumber, visits]]) })
    .map((a) => `${a.severity} ${a.kind}: ${a.message}`);
}

describe('line-rules', () => {
  describe('lineAlerts', () => {
    it.each<[string, string, TermsLine, LineVisit[], string[]]>([
      ['nothing when plenty is left at a slow pace', '2026-03-20', line('97153', 24, 'month'), daily('2026-03-10', 3), []],
      ['not low at 21% (no recent use, so no projection)', '2026-06-01', line('90837', 100, 'total', 2, '2026-01-01'), [{ date: '2026-01-05', units: 79 }], []],
      ['low at 20% of the total', '2026-06-01', line('90837', 100, 'total', 2, '2026-01-01'), [{ date: '2026-01-05', units: 80 }], ['warning units_low: 90837: 20 of 100 units left (20%)']],
      ['units low at exactly 20% of the month', '2026-03-31', line('97155', 10, 'month'), [{ date: '2026-03-02', units: 8 }], ['warning units_low: 97155: 2 of 10 units left for March 2026 (20%)']],
      ['exhausted in the month, with the reset', '2026-03-20', line('97153', 24, 'month'), [{ date: '2026-03-02', units: 24 }], ['urgent units_exhausted: 97153: all 24 units used for March 2026; more from 2026-04-01']],
      ['a new month resets the allowance', '2026-04-01', line('97153', 24, 'month'), [{ date: '2026-03-02', units: 24 }], []],
      ['over-used in the week', '2026-03-11', line('97155', 8, 'week'), [{ date: '2026-03-09', units: 9 }], ['urgent units_over_used: 97155: 9 of 8 units used for the week of 2026-03-09 (1 over)']],
      ['exhausted on the total, no reset', '2026-05-01', line('90837', 40, 'total'), [{ date: '2026-03-02', units: 40 }], ['urgent units_exhausted: 90837: all 40 units used']],
      [
        'the pace projection on a total line',
        '2026-04-28',
        line('97153', 40, 'total'),
        daily('2026-04-01', 28, 1).filter((_, i) => i % 7 < 5).slice(0, 20),
        ["warning projected_run_out: At the last 4 weeks' pace, 97153 runs out on Tue 26 May 2026, before the end date Tue 30 Jun 2026"],
      ],
      [
        'the pace projection within a month',
        '2026-03-14',
        line('97153', 24, 'month'),
        daily('2026-03-01', 14, 1),
        ["warning projected_run_out: At the pace of the last 14 days, 97153's units for March 2026 run out on Tue 24 Mar 2026, before the month ends Tue 31 Mar 2026"],
      ],
      ['no projection before 7 days of the line', '2026-03-06', line('97153', 24, 'month'), daily('2026-03-01', 6, 3), []],
      ['nothing before the line starts or after it ends', '2026-07-01', line('97153', 24, 'month'), [{ date: '2026-06-02', units: 24 }], []],
    ])('%s', (_name, today, l, visits, expected) => {
      expect(alertsFor(today, l, visits)).toEqual(expected);
    });

    it('units low and the projection together, stamped with the case ID and owner', () => {
      const alerts = lineAlerts({
        today: '2026-03-20',
        unitsLowPercent: 20,
        cases: [ACTIVE],
        linesByCase: new Map([['SCA-0001', [line('97153', 24, 'month')]]]),
        visitsByLine: new Map([[2, daily('2026-03-01', 20, 1)]]),
      });
      expect(alerts.map((a) => [a.kind, a.caseId, a.owner, a.dueDate])).toEqual([
        ['units_low', 'SCA-0001', 'bcba@clinic.example', null],
        ['projected_run_out', 'SCA-0001', 'bcba@clinic.example', '2026-03-24'],
      ]);
    });

    it('skips cases without an agreement', () => {
      expect(alertsFor('2026-03-20', line('97153', 24, 'month'), [{ date: '2026-03-02', units: 24 }], aCase().withStatus('Submitted').build())).toEqual([]);
    });
  });

  describe('withLineAlerts', () => {
    const alert = (caseId: string, kind: Alert['kind']): Alert => ({ kind, severity: 'warning', caseId, owner: '', dueDate: null, message: kind });
    it('replaces whole-case units alerts of cases with lines, keeps the others', () => {
      const caseAlerts = [alert('SCA-0001', 'units_low'), alert('SCA-0001', 'end_date_approaching'), alert('SCA-0002', 'units_low')];
      const lines = new Map([['SCA-0001', [line('97153', 24, 'month')]]]);
      const merged = withLineAlerts(caseAlerts, lines, [alert('SCA-0001', 'projected_run_out')]);
      expect(merged.map((a) => `${a.caseId} ${a.kind}`)).toEqual(['SCA-0001 end_date_approaching', 'SCA-0002 units_low', 'SCA-0001 projected_run_out']);
    });
  });
});
