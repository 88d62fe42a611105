import { computeAlerts } from '../../src/domain/alerts';
import { addDays, daysBetween, type IsoDate } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import type { Status } from '../../src/domain/vocabulary';
import { DST_DAYS, SETTINGS, ZONES, alertsOf, kindsOf, rulesFor, todayAt7In } from './alert-fixtures';
import { aCase, someSettings } from './builders';

const activeEnding = (end: IsoDate | null): ScaCase => aCase().active().ownedBy('ana@clinic.org').endingOn(end).build();

describe('alerts', () => {
  describe.each(ZONES)('computeAlerts — end date, spreadsheet and host in %s', (zone) => {
    const hostZone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    });

    // Default tiers 30 / 14 / 7: ≤ 7 urgent, ≤ 14 warning, ≤ 30 info, beyond nothing.
    const table: Array<[number, string[]]> = [
      [-1, ['expired_while_active:urgent']],
      [0, ['end_date_approaching:urgent']],
      [6, ['end_date_approaching:urgent']],
      [7, ['end_date_approaching:urgent']],
      [8, ['end_date_approaching:warning']],
      [13, ['end_date_approaching:warning']],
      [14, ['end_date_approaching:warning']],
      [15, ['end_date_approaching:info']],
      [29, ['end_date_approaching:info']],
      [30, ['end_date_approaching:info']],
      [31, []],
    ];
    const rows = DST_DAYS.flatMap((day) => table.map(([left, kinds]) => [day, left, kinds] as const));

    it.each(rows)('on %s with %i days left returns %j', (day, left, kinds) => {
      const today = todayAt7In(day, zone);
      expect(today).toBe(day);
      const end = addDays(today, left);
      expect(kindsOf(alertsOf(activeEnding(end), today))).toEqual(kinds);
    });

    // Literal dates across DST changes: the day count in the message is exact.
    it.each([
      ['2026-03-01', '2026-03-08', 7],
      ['2026-03-07', '2026-03-09', 2],
      ['2026-03-08', '2026-03-09', 1],
      ['2026-10-31', '2026-11-02', 2],
      ['2026-03-28', '2026-03-30', 2],
      ['2026-09-26', '2026-09-28', 2],
      ['2026-02-22', '2026-03-24', 30],
    ] as const)('from %s to %s says exactly %i days', (day, end, days) => {
      const [alert] = alertsOf(activeEnding(end), todayAt7In(day, zone));
      expect(daysBetween(day, end)).toBe(days);
      expect(alert?.message).toBe(`Agreement ends in ${days} ${days === 1 ? 'day' : 'days'} (${end})`);
      expect(alert?.dueDate).toBe(end);
    });
  });

  describe('computeAlerts — end date', () => {
    it('says "ends today" on the end date', () => {
      expect(alertsOf(activeEnding('2026-03-08'), '2026-03-08')[0]?.message).toBe('Agreement ends today (2026-03-08)');
    });

    it.each([
      [[60, 30], 30, 'urgent'],
      [[60, 30], 31, 'warning'],
      [[60, 30], 61, null],
      [[10], 10, 'urgent'],
      [[90, 60, 30, 14], 90, 'info'],
      [[], 7, 'urgent'],
      [[Number.NaN, -3], 30, 'info'],
      [[7.9, 14, 30], 8, 'warning'],
    ])('with tiers %j and %i days left is %s', (endDateTiers, left, severity) => {
      const settings = someSettings({ endDateTiers });
      const alerts = alertsOf(activeEnding(addDays('2026-03-09', left)), '2026-03-09', settings);
      expect(alerts[0]?.severity ?? null).toBe(severity);
    });

    it.each<[Status, number, string[]]>([
      ['Approved (written)', 5, ['end_date_approaching:urgent']],
      ['Approved (verbal)', 20, ['end_date_approaching:info']],
      ['Approved (written)', -1, []],
      ['Submitted', 5, []],
      ['Denied', 5, []],
      ['Closed', -10, []],
    ])('for %s with %i days left returns %j', (status, left, kinds) => {
      const c = aCase({ caseId: 'SCA-0001', status, endDate: addDays('2026-03-09', left), writtenConfirmationOn: '2026-01-01' }).build();
      expect(kindsOf(alertsOf(c, '2026-03-09').filter((a) => !a.kind.startsWith('verbal')))).toEqual(kinds);
    });

    it('keeps alerting urgently every day after an Active agreement expired', () => {
      for (const today of ['2026-03-02', '2026-03-09', '2026-11-01', '2027-03-01']) {
        const [alert] = alertsOf(activeEnding('2026-03-01'), today);
        expect(alert).toMatchObject({ kind: 'expired_while_active', severity: 'urgent', dueDate: '2026-03-01', message: 'Agreement expired 2026-03-01 while Active' });
      }
    });
  });

  describe('computeAlerts — renewals', () => {
    const today = '2026-03-09';
    const approaching = activeEnding('2026-03-19'); // 10 days left: warning
    const expired = activeEnding('2026-03-04');
    const renewal = (status: Status, overrides: Partial<ScaCase> = {}): ScaCase =>
      aCase({ caseId: 'SCA-0042', renewalOf: 'SCA-0001', status, ...overrides }).build();

    it.each<[string, string, string, ScaCase, ScaCase | null]>([
      ['approaching, no renewal', 'end_date_approaching:warning', 'Agreement ends in 10 days (2026-03-19)', approaching, null],
      ['approaching, renewal Identified', 'renewal_in_progress:info', 'Agreement ends in 10 days (2026-03-19); renewal SCA-0042 is Identified', approaching, renewal('Identified')],
      ['approaching, renewal Submitted', 'renewal_in_progress:info', 'Agreement ends in 10 days (2026-03-19); renewal SCA-0042 is Submitted', approaching, renewal('Submitted')],
      ['approaching, renewal Denied', 'end_date_approaching:warning', 'Agreement ends in 10 days (2026-03-19)', approaching, renewal('Denied')],
      ['approaching, renewal Closed', 'end_date_approaching:warning', 'Agreement ends in 10 days (2026-03-19)', approaching, renewal('Closed')],
      ['expired, no renewal', 'expired_while_active:urgent', 'Agreement expired 2026-03-04 while Active', expired, null],
      ['expired, renewal Submitted', 'expired_while_active:urgent', 'Agreement expired 2026-03-04 while Active; renewal SCA-0042 is Submitted, not yet approved in writing', expired, renewal('Submitted')],
      ['expired, renewal Appealed', 'expired_while_active:urgent', 'Agreement expired 2026-03-04 while Active; renewal SCA-0042 is Appealed, not yet approved in writing', expired, renewal('Appealed')],
      ['expired, renewal Approved (verbal)', 'expired_while_active:urgent', 'Agreement expired 2026-03-04 while Active; renewal SCA-0042 is Approved (verbal), not yet approved in writing', expired, renewal('Approved (verbal)')],
      ['expired, renewal Approved (written)', 'renewal_in_progress:info', 'Agreement expired 2026-03-04; renewal SCA-0042 is Approved (written) — close this case', expired, renewal('Approved (written)')],
      ['expired, renewal Active', 'renewal_in_progress:info', 'Agreement expired 2026-03-04; renewal SCA-0042 is Active — close this case', expired, renewal('Active')],
      ['expired, renewal Denied', 'expired_while_active:urgent', 'Agreement expired 2026-03-04 while Active', expired, renewal('Denied')],
      ['renewal written " sca-0001 "', 'renewal_in_progress:info', 'Agreement ends in 10 days (2026-03-19); renewal SCA-0042 is Submitted', approaching, renewal('Submitted', { renewalOf: ' sca-0001 ' })],
      ['renewal without a Case ID yet', 'end_date_approaching:warning', 'Agreement ends in 10 days (2026-03-19)', approaching, renewal('Submitted', { caseId: '' })],
    ])('%s → %s', (_name, kind, message, old, other) => {
      const alerts = alertsOf(old, today, SETTINGS, other ? [other] : []);
      expect(kindsOf(alerts)).toEqual([kind]);
      expect(alerts[0]?.message).toBe(message);
    });

    it('uses the most advanced of several renewals', () => {
      const others = [renewal('Submitted', { caseId: 'SCA-0040' }), renewal('Active', { caseId: 'SCA-0050' }), renewal('Identified', { caseId: 'SCA-0030' })];
      expect(alertsOf(expired, today, SETTINGS, others)[0]?.message).toContain('renewal SCA-0050 is Active');
    });

    it('breaks a tie between equally advanced renewals by the lower Case ID', () => {
      const others = [renewal('Submitted', { caseId: 'SCA-0050' }), renewal('Submitted', { caseId: 'SCA-0040' })];
      expect(alertsOf(approaching, today, SETTINGS, others)[0]?.message).toContain('renewal SCA-0040');
    });

    it('ignores a case that claims to renew itself', () => {
      const self = aCase().active().endingOn('2026-03-04').with({ renewalOf: 'SCA-0001' }).build();
      expect(kindsOf(alertsOf(self, today))).toEqual(['expired_while_active:urgent']);
    });
  });

  describe('computeAlerts — which cases and in what order', () => {
    it('sorts by severity, then due date (none last), then Case ID', () => {
      const cases = [
        aCase({ caseId: 'SCA-0003' }).active().endingOn('2026-03-30').build(), // info 21 days
        aCase({ caseId: 'SCA-0002' }).active().endingOn('2026-03-12').build(), // urgent
        aCase({ caseId: 'SCA-0001' }).active().endingOn('2026-03-12').build(), // urgent, same due
        aCase({ caseId: 'SCA-0004' }).active().endingOn('2026-09-01').withUnits(10, 10).build(), // urgent, no due
        aCase({ caseId: 'SCA-0005', status: 'Submitted', nextFollowUp: '2026-03-09' }).build(), // warning
        aCase({ caseId: 'SCA-0000', status: 'Submitted', nextFollowUp: '2026-03-01' }).build(), // urgent, earliest due
      ];
      const alerts = computeAlerts(cases, '2026-03-09', SETTINGS, rulesFor());
      expect(alerts.map((a) => `${a.caseId} ${a.severity}`)).toEqual([
        'SCA-0000 urgent',
        'SCA-0001 urgent',
        'SCA-0002 urgent',
        'SCA-0004 urgent',
        'SCA-0005 warning',
        'SCA-0003 info',
      ]);
    });

    it('stamps the case ID and trimmed owner on each alert', () => {
      const c = aCase({ caseId: ' SCA-0007 ', owner: ' ana@clinic.org ' }).active().endingOn('2026-03-10').build();
      expect(computeAlerts([c], '2026-03-09', SETTINGS, rulesFor())[0]).toMatchObject({ caseId: 'SCA-0007', owner: 'ana@clinic.org' });
    });

    describe('edge cases', () => {
      it('returns [] for no cases', () => {
        expect(computeAlerts([], '2026-03-09', SETTINGS, rulesFor())).toEqual([]);
      });

      it.each([
        ['an empty Case ID', aCase({ caseId: '' }).active().endingOn('2026-03-10').build()],
        ['a blank Case ID', aCase({ caseId: '   ' }).active().endingOn('2026-03-10').build()],
        ['a Closed case', aCase({ nextFollowUp: '2026-03-01' }).active().endingOn('2026-03-01').withStatus('Closed').build()],
        ['an unknown status', aCase({ status: 'Pending' as Status }).active().endingOn('2026-03-01').with({ status: 'Pending' as Status }).build()],
        ['an invalid end date', activeEnding('2026-02-30')],
        ['a text end date', activeEnding('soon')],
      ])('skips %s', (_name, c) => {
        expect(computeAlerts([c], '2026-03-09', SETTINGS, rulesFor())).toEqual([]);
      });
    });
  });
});
