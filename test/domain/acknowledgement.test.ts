import { alertLevel, digestAlerts, isQuiet, isWorse, latestAcknowledgements, unacknowledgedAlerts, type Acknowledgement } from '../../src/domain/acknowledgement';
import type { Alert, AlertKind, Severity } from '../../src/domain/alert';
import { aCase } from './builders';

const ack = (overrides: Partial<Acknowledgement> = {}): Acknowledgement => ({
  caseId: 'SCA-0001',
  kind: 'end_date_approaching',
  by: 'maria@clinic.example',
  on: '2026-03-09',
  quietUntil: null,
  untilWorse: true,
  severity: 'warning',
  level: 14,
  note: '',
  ...overrides,
});
const alert = (kind: AlertKind, severity: Severity, caseId = 'SCA-0001'): Alert => ({ kind, severity, caseId, owner: '', dueDate: null, message: kind });
const TIERS = [30, 14, 7];

describe('acknowledgement', () => {
  describe('alertLevel', () => {
    it.each([
      ['end_date_approaching', aCase().active().endingOn('2026-03-20').build(), 14],
      ['end_date_approaching', aCase().active().endingOn('2026-03-16').build(), 7],
      ['end_date_approaching', aCase().active().endingOn('2026-04-05').build(), 30],
      ['end_date_approaching', aCase().active().endingOn(null).build(), null],
      ['units_low', aCase().active().withUnits(20, 17).build(), 3],
      ['units_exhausted', aCase().active().withUnits(20, 20).build(), 0],
      ['projected_run_out', aCase().active().withUnits(20, null).build(), 20],
      ['follow_up_due', aCase().build(), null],
      ['verbal_without_written', aCase().build(), null],
    ] as const)('%s on %#: %p', (kind, c, level) => {
      expect(alertLevel(kind, c, '2026-03-09', TIERS)).toBe(level);
    });
  });

  describe('isWorse', () => {
    it.each([
      [{ severity: 'warning', level: 14 }, { severity: 'warning', level: 14 }, false],
      [{ severity: 'warning', level: 14 }, { severity: 'urgent', level: 14 }, true],
      [{ severity: 'warning', level: 14 }, { severity: 'warning', level: 7 }, true],
      [{ severity: 'warning', level: 14 }, { severity: 'info', level: 30 }, false],
      [{ severity: 'warning', level: 5 }, { severity: 'warning', level: 4 }, true],
      [{ severity: 'warning', level: null }, { severity: 'warning', level: 1 }, false],
    ] as const)('%p then, %p now → %p', (then, now, worse) => {
      expect(isWorse(then, now)).toBe(worse);
    });
  });

  describe('isQuiet', () => {
    it.each([
      ['until a date, before it', ack({ quietUntil: '2026-03-12', untilWorse: false }), 'warning', 7, '2026-03-11', true],
      ['until a date, on it', ack({ quietUntil: '2026-03-12', untilWorse: false }), 'warning', 7, '2026-03-12', true],
      ['until a date, after it', ack({ quietUntil: '2026-03-12', untilWorse: false }), 'warning', 14, '2026-03-13', false],
      ['until worse, same tier', ack(), 'warning', 14, '2026-04-30', true],
      ['until worse, lower tier', ack(), 'urgent', 7, '2026-03-13', false],
      ['until worse, fewer units', ack({ kind: 'units_low', level: 5 }), 'warning', 4, '2026-03-10', false],
      ['date or worse: worse first', ack({ quietUntil: '2026-03-31' }), 'urgent', 7, '2026-03-13', false],
      ['date or worse: date first', ack({ quietUntil: '2026-03-10' }), 'warning', 14, '2026-03-11', false],
      ['date or worse: neither yet', ack({ quietUntil: '2026-03-31' }), 'warning', 14, '2026-03-11', true],
    ] as const)('%s → %p', (_name, a, severity, level, today, quiet) => {
      expect(isQuiet(a, { severity, level }, today)).toBe(quiet);
    });
  });

  describe('latestAcknowledgements', () => {
    it('keeps the latest per case and kind (later row on the same day), case IDs compared by key', () => {
      const latest = latestAcknowledgements([
        ack({ on: '2026-03-01', note: 'old' }),
        ack({ caseId: ' sca-0001 ', on: '2026-03-05', note: 'newer' }),
        ack({ on: '2026-03-05', note: 'newest' }),
        ack({ kind: 'units_low', note: 'other kind' }),
      ]);
      expect([...latest.values()].map((a) => a.note)).toEqual(['newest', 'other kind']);
    });
  });

  describe('digestAlerts', () => {
    const alerts = [alert('end_date_approaching', 'warning'), alert('units_low', 'warning'), alert('end_date_approaching', 'warning', 'SCA-0002')];
    it.each([
      ['no acknowledgements', [], ['SCA-0001 end_date_approaching', 'SCA-0001 units_low', 'SCA-0002 end_date_approaching']],
      ['one quiet until worse', [ack()], ['SCA-0001 units_low', 'SCA-0002 end_date_approaching']],
      ['one whose date passed', [ack({ quietUntil: '2026-03-08', untilWorse: false })], ['SCA-0001 end_date_approaching', 'SCA-0001 units_low', 'SCA-0002 end_date_approaching']],
      ['one of another kind', [ack({ kind: 'follow_up_due' })], ['SCA-0001 end_date_approaching', 'SCA-0001 units_low', 'SCA-0002 end_date_approaching']],
    ])('%s', (_name, acks, kept) => {
      expect(digestAlerts(alerts, acks, () => 14, '2026-03-09').map((a) => `${a.caseId} ${a.kind}`)).toEqual(kept);
    });
  });

  describe('unacknowledgedAlerts', () => {
    it("measures each alert's level on its own case", () => {
      const cases = new Map([
        ['SCA-0001', aCase().active().endingOn('2026-03-20').build()],
        ['SCA-0002', aCase({ caseId: 'SCA-0002' }).active().endingOn('2026-03-15').build()],
      ]);
      const acks = [ack(), ack({ caseId: 'SCA-0002' })];
      const kept = unacknowledgedAlerts([alert('end_date_approaching', 'warning'), alert('end_date_approaching', 'urgent', 'SCA-0002')], acks, cases, '2026-03-09', TIERS);
      expect(kept.map((a) => a.caseId)).toEqual(['SCA-0002']);
    });
  });
});
