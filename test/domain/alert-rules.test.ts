import { addDays, type IsoDate } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import type { Status } from '../../src/domain/vocabulary';
import { DST_DAYS, SETTINGS, ZONES, alertsOf, kindsOf, todayAt7In } from './alert-fixtures';
import { computeAlerts } from '../../src/domain/alerts';
import { aCase, aPlanRule, someSettings } from './builders';

const only = (prefix: string) => (alerts: ReturnType<typeof alertsOf>) => alerts.filter((a) => a.kind.startsWith(prefix));

describe('alert rules', () => {
  describe('units (approved 10, low at 20 %)', () => {
    const withUsed = (used: number | null, status: Status = 'Active'): ScaCase =>
      aCase().active().endingOn('2026-12-31').withUnits(10, used).withStatus(status).build();
    const units = only('units');

    it.each<[number | null, string[], string | null]>([
      [null, [], null],
      [0, [], null],
      [7, [], null], // 3 left = 30 %: one above the threshold
      [8, ['units_low:warning'], '2 of 10 approved units left (20%)'], // exactly at the threshold
      [9, ['units_low:warning'], '1 of 10 approved units left (10%)'], // one below
      [10, ['units_exhausted:urgent'], 'All 10 approved units used'],
      [11, ['units_over_used:urgent'], 'Units used (11) exceed units approved (10) by 1'],
      [1e9, ['units_over_used:urgent'], 'Units used (1000000000) exceed units approved (10) by 999999990'],
    ])('with %s used returns %j', (used, kinds, message) => {
      const alerts = units(alertsOf(withUsed(used), '2026-03-09'));
      expect(kindsOf(alerts)).toEqual(kinds);
      expect(alerts[0]?.message ?? null).toBe(message);
    });

    it.each([
      [25, 7, []], // 3 left = 30 % > 25 %
      [30, 7, ['units_low:warning']], // 30 % ≤ 30 %
      [0, 9, []],
      [100, 1, ['units_low:warning']],
      [Number.NaN, 8, ['units_low:warning']], // bad setting → default 20 %
    ])('with unitsLowPercent %s and %i used returns %j', (unitsLowPercent, used, kinds) => {
      expect(kindsOf(units(alertsOf(withUsed(used), '2026-03-09', someSettings({ unitsLowPercent }))))).toEqual(kinds);
    });

    it.each<[Status, number]>([
      ['Approved (written)', 10],
      ['Approved (verbal)', 10],
    ])('alerts for %s too', (status, used) => {
      expect(kindsOf(units(alertsOf(withUsed(used, status), '2026-03-09')))).toEqual(['units_exhausted:urgent']);
    });

    it.each<[string, ScaCase]>([
      ['Submitted', withUsed(10, 'Submitted')],
      ['no approved units', aCase().active().with({ unitsApproved: null, unitsUsed: 3 }).build()],
      ['0 approved units', aCase().active().withUnits(0, 0).build()],
      ['negative approved units', aCase().active().withUnits(-5, 0).build()],
      ['NaN approved units', aCase().active().withUnits(Number.NaN, 3).build()],
      // Found by the property test: 100 × 9e306 overflowed to "Infinity%".
      ['an absurd 9e306 approved units', aCase().active().withUnits(8.98846567431158e306, 0).build()],
    ])('stays quiet for %s', (_name, c) => {
      expect(units(alertsOf(c, '2026-03-09'))).toEqual([]);
    });
  });

  describe('projected run-out (start 2026-03-01, 30 approved, one unit a day)', () => {
    const projected = only('projected');
    const activeCase = (used: number, end: IsoDate, status: Status = 'Active'): ScaCase =>
      aCase().active().startingOn('2026-03-01').endingOn(end).withUnits(30, used).withStatus(status).build();

    it.each<[IsoDate, number, IsoDate, IsoDate | null]>([
      ['2026-03-11', 10, '2026-03-31', null], // runs out exactly on the end date
      ['2026-03-11', 10, '2026-04-01', '2026-03-31'], // one day before the end date
      ['2026-03-11', 10, '2026-06-30', '2026-03-31'],
      ['2026-03-07', 6, '2026-06-30', null], // 6 days elapsed: too early to project
      ['2026-03-08', 7, '2026-06-30', '2026-03-31'], // 7 days, across the US DST change
      ['2026-03-11', 0, '2026-06-30', null], // no use yet
      ['2026-03-11', 5, '2026-06-30', '2026-04-30'], // half a unit a day: 25 left → 50 days
      ['2026-03-11', 30, '2026-06-30', null], // exhausted: that alert instead
      ['2026-03-11', 10, '2026-03-11', null], // ends today: the end-date alert speaks
    ])('on %s with %i used and end %s projects %s', (today, used, end, runOut) => {
      const alerts = projected(alertsOf(activeCase(used, end), today));
      expect(alerts[0]?.dueDate ?? null).toBe(runOut);
      if (runOut) {
        expect(alerts[0]).toMatchObject({ severity: 'warning', message: `At the current pace units run out around ${runOut}, before the end date ${end} (${30 - used} units left)` });
      }
    });

    it('only projects for Active agreements', () => {
      expect(projected(alertsOf(activeCase(10, '2026-06-30', 'Approved (written)'), '2026-03-11'))).toEqual([]);
    });

    it('needs a start date', () => {
      expect(projected(alertsOf(aCase().active().startingOn(null).withUnits(30, 10).build(), '2026-03-11'))).toEqual([]);
    });
  });

  describe.each(ZONES)('follow-up, spreadsheet in %s', (zone) => {
    const follow = only('follow');
    it.each(DST_DAYS.flatMap((day) => [
      [day, -2, 'follow_up_overdue:urgent'],
      [day, -1, 'follow_up_overdue:urgent'],
      [day, 0, 'follow_up_due:warning'],
      [day, 1, null],
    ] as const))('on %s with follow-up %i days away returns %s', (day, offset, kind) => {
      const today = todayAt7In(day, zone);
      const c = aCase({ status: 'Submitted', nextFollowUp: addDays(today, offset) }).build();
      expect(kindsOf(follow(alertsOf(c, today)))).toEqual(kind ? [kind] : []);
    });
  });

  describe('follow-up', () => {
    const follow = only('follow');
    it('says how late an overdue follow-up is, exactly across DST', () => {
      const c = aCase({ status: 'In negotiation', nextFollowUp: '2026-03-07' }).build();
      expect(follow(alertsOf(c, '2026-03-09'))[0]).toMatchObject({ message: 'Follow-up overdue by 2 days (2026-03-07)', dueDate: '2026-03-07' });
      expect(follow(alertsOf(c, '2026-03-08'))[0]?.message).toBe('Follow-up overdue by 1 day (2026-03-07)');
    });

    it.each<[Status, boolean]>([
      ['Identified', true],
      ['Denied', true],
      ['Active', true],
      ['Closed', false],
    ])('for status %s alerts: %s', (status, alerts) => {
      const c = aCase({ status, nextFollowUp: '2026-03-09' }).build();
      expect(follow(alertsOf(c, '2026-03-09')).length > 0).toBe(alerts);
    });
  });

  describe('waiting past turnaround (Acme Health 10 days, others 14)', () => {
    const waiting = only('waiting');
    const submitted = (payer: string, days: number, status: Status = 'Submitted', extra: Partial<ScaCase> = {}): ScaCase =>
      aCase({ payer, status, submittedOn: addDays('2026-03-09', -days), ...extra }).build();

    it.each<[string, number, Status, IsoDate | null]>([
      ['Acme Health', 9, 'Submitted', null],
      ['Acme Health', 10, 'Submitted', null], // due today: not yet past
      ['Acme Health', 11, 'Submitted', '2026-03-08'],
      [' acme health ', 11, 'In negotiation', '2026-03-08'],
      ['Other Plan', 14, 'Submitted', null],
      ['Other Plan', 15, 'Submitted', '2026-03-08'],
      ['', 15, 'Submitted', '2026-03-08'],
      ['Acme Health', 30, 'Approved (verbal)', null],
      ['Acme Health', 30, 'Assembling packet', null],
    ])('%s submitted %i days ago, %s → due %s', (payer, days, status, due) => {
      const found = waiting(alertsOf(submitted(payer, days, status), '2026-03-09'));
      expect(found[0]?.dueDate ?? null).toBe(due);
      if (due) expect(found[0]?.severity).toBe('warning');
    });

    it('words the message with days waited and the turnaround', () => {
      expect(waiting(alertsOf(submitted('Acme Health', 11), '2026-03-09'))[0]?.message).toBe(
        'Waiting 11 days for a decision since 2026-02-26 (payer turnaround 10 days)',
      );
    });

    it('treats a decision on or after submission as decided', () => {
      expect(waiting(alertsOf(submitted('Acme Health', 20, 'In negotiation', { decisionOn: '2026-02-17' }), '2026-03-09'))).toEqual([]);
      expect(waiting(alertsOf(submitted('Acme Health', 20, 'In negotiation', { decisionOn: '2026-01-01' }), '2026-03-09'))).toHaveLength(1);
    });

    it.each<[IsoDate | null, IsoDate | null, boolean]>([
      ['2026-01-01', '2026-02-27', false], // appeal clock from the denial: 10 days
      ['2026-01-01', '2026-02-26', true], // 11 days
      ['2026-02-20', null, true],
      [null, '2026-02-26', true],
      [null, null, false],
    ])('an appeal submitted %s, denied %s, alerts: %s', (submittedOn, decisionOn, alerts) => {
      const c = aCase({ payer: 'Acme Health', status: 'Appealed', submittedOn, decisionOn }).build();
      const found = waiting(alertsOf(c, '2026-03-09'));
      expect(found.length > 0).toBe(alerts);
      if (alerts) expect(found[0]?.message).toMatch(/^Appeal waiting/);
    });

    it('falls back to the Settings default when the plan turnaround is unusable', () => {
      const c = submitted('Acme Health', 15);
      const bad = computeAlerts([c], '2026-03-09', SETTINGS, () => aPlanRule({ turnaroundDays: Number.NaN }).build());
      expect(kindsOf(bad)).toEqual(['waiting_past_turnaround:warning']);
    });
  });

  describe('verbal without written (3 days)', () => {
    const verbal = only('verbal');
    const verbalCase = (extra: Partial<ScaCase>): ScaCase => aCase({ status: 'Approved (verbal)', ...extra }).build();

    it.each<[string, Partial<ScaCase>, string | null, IsoDate | null, string | null]>([
      ['3 days after the decision', { decisionOn: '2026-03-06' }, null, null, null],
      ['4 days after the decision', { decisionOn: '2026-03-05' }, 'warning', '2026-03-08', 'No written confirmation 4 days after verbal approval (2026-03-05)'],
      ['services started', { decisionOn: '2026-03-05', startDate: '2026-03-09' }, 'urgent', '2026-03-08', 'No written confirmation 4 days after verbal approval (2026-03-05); services started 2026-03-09'],
      ['services start tomorrow', { decisionOn: '2026-03-05', startDate: '2026-03-10' }, 'warning', '2026-03-08', 'No written confirmation 4 days after verbal approval (2026-03-05)'],
      ['no decision date, submitted 4 days ago', { submittedOn: '2026-03-05' }, 'warning', '2026-03-08', 'No written confirmation 4 days after submission (2026-03-05)'],
      ['no dates at all', {}, 'warning', null, 'Verbal approval with no decision date and no written confirmation'],
      ['written confirmation recorded', { decisionOn: '2026-01-01', writtenConfirmationOn: '2026-01-05' }, null, null, null],
    ])('%s → %s', (_name, extra, severity, due, message) => {
      const [alert] = verbal(alertsOf(verbalCase(extra), '2026-03-09'));
      expect(alert?.severity ?? null).toBe(severity);
      expect(alert?.dueDate ?? null).toBe(due);
      expect(alert?.message ?? null).toBe(message);
    });

    it('counts days exactly across the US DST change', () => {
      expect(verbal(alertsOf(verbalCase({ decisionOn: '2026-03-05' }), '2026-03-08'))).toEqual([]);
      expect(verbal(alertsOf(verbalCase({ decisionOn: '2026-10-28' }), '2026-11-01'))[0]?.message).toContain('4 days');
    });

    it('uses the verbalWithoutWrittenDays setting', () => {
      const settings = someSettings({ verbalWithoutWrittenDays: 0 });
      expect(kindsOf(verbal(alertsOf(verbalCase({ decisionOn: '2026-03-08' }), '2026-03-09', settings)))).toEqual(['verbal_without_written:warning']);
      expect(verbal(alertsOf(verbalCase({ decisionOn: '2026-03-09' }), '2026-03-09', settings))).toEqual([]);
    });
  });
});
