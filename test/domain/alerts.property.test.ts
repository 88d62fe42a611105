import fc from 'fast-check';
import { ALERT_KINDS, compareAlerts, sortAlerts, type Alert } from '../../src/domain/alert';
import { computeAlerts } from '../../src/domain/alerts';
import { addDays } from '../../src/domain/calendar-date';
import { formatFlags } from '../../src/domain/flags';
import { SETTINGS, rulesFor } from './alert-fixtures';
import { arbitraryCase, odd } from './case-arbitraries';

describe('alerts (properties)', () => {
  describe('computeAlerts', () => {
    it('never throws on arbitrary case values, and returns sorted alerts with a Case ID', () => {
      fc.assert(
        fc.property(fc.array(arbitraryCase, { maxLength: 25 }), fc.integer({ min: 0, max: 1500 }), (cases, offset) => {
          const alerts = computeAlerts(cases, addDays('2025-06-01', offset), SETTINGS, rulesFor());
          for (let i = 1; i < alerts.length; i += 1) expect(compareAlerts(alerts[i - 1]!, alerts[i]!)).toBeLessThanOrEqual(0);
          for (const a of alerts) {
            expect(a.caseId.trim()).not.toBe('');
            expect(a.message).not.toMatch(/NaN|undefined|Infinity/);
          }
          expect(() => formatFlags(alerts)).not.toThrow();
        }),
        { numRuns: 300 },
      );
    });

    it('never throws on odd settings', () => {
      fc.assert(
        fc.property(
          fc.record({
            endDateTiers: fc.array(odd.number, { maxLength: 4 }),
            unitsLowPercent: odd.number,
            verbalWithoutWrittenDays: odd.number,
            defaultTurnaroundDays: odd.number,
          }),
          fc.array(arbitraryCase, { maxLength: 10 }),
          (overrides, cases) => {
            expect(() => computeAlerts(cases, '2026-03-09', { ...SETTINGS, ...overrides }, rulesFor())).not.toThrow();
          },
        ),
      );
    });

    it('never puts Patient or Member ID text in a message', () => {
      fc.assert(
        fc.property(arbitraryCase, (c) => {
          for (const a of computeAlerts([c], '2026-03-09', SETTINGS, rulesFor())) {
            if (c.patient.length >= 4) expect(a.message).not.toContain(c.patient);
            if (c.memberId.length >= 4) expect(a.message).not.toContain(c.memberId);
          }
        }),
      );
    });
  });

  describe('sortAlerts', () => {
    const anAlert: fc.Arbitrary<Alert> = fc.record({
      kind: fc.constantFrom(...ALERT_KINDS),
      severity: fc.constantFrom('urgent' as const, 'warning' as const, 'info' as const),
      caseId: fc.constantFrom('SCA-1', 'SCA-10', 'SCA-0002', 'SCA-1a', 'sca-1'),
      owner: fc.constant('ana@clinic.org'),
      dueDate: fc.option(fc.constantFrom('2026-03-08', '2026-03-09', '2026-11-01'), { nil: null }),
      message: fc.constantFrom('a', 'b', 'ab', ''),
    });

    it('sorts exactly as compareAlerts does, ties included', () => {
      fc.assert(
        fc.property(fc.array(anAlert, { maxLength: 40 }), (alerts) => {
          expect(sortAlerts(alerts)).toEqual([...alerts].sort(compareAlerts));
        }),
      );
    });
  });

  describe('edge cases', () => {
    it('throws a RangeError for an invalid today (the caller passes a real date)', () => {
      expect(() => computeAlerts([], '2026-02-30', SETTINGS, rulesFor())).toThrow(RangeError);
    });
  });
});
