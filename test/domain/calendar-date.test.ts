import { addBusinessDays, addDays, calendarDateOf, daysBetween, isIsoDate, startOfDayIn, wallClockIn } from '../../src/domain/calendar-date';

const DST_DAYS: [string, string][] = [
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['Europe/Berlin', '2026-03-29'],
  ['Europe/Berlin', '2026-10-25'],
  ['Asia/Kolkata', '2026-03-08'],
];

describe('calendar-date', () => {
  describe('isIsoDate', () => {
    it.each([
      ['2026-03-08', true],
      ['2028-02-29', true],
      ['2026-02-29', false],
      ['2026-3-8', false],
      ['', false],
    ])('%p → %p', (s, expected) => expect(isIsoDate(s)).toBe(expected));
  });

  describe('addDays / daysBetween', () => {
    it.each([
      ['2026-03-07', 2, '2026-03-09'],
      ['2026-10-31', 1, '2026-11-01'],
      ['2026-03-01', -1, '2026-02-28'],
    ])('%s + %i days is %s, whatever the DST change', (from, n, to) => {
      expect(addDays(from, n)).toBe(to);
      expect(daysBetween(from, to)).toBe(n);
    });
    it('rejects text that is not a date', () => expect(() => addDays('soon', 1)).toThrow(RangeError));
  });

  describe('addBusinessDays', () => {
    it.each([
      ['2026-03-06', 1, '2026-03-09'],
      ['2026-03-06', 5, '2026-03-13'],
      ['2026-03-07', 1, '2026-03-09'],
      ['2026-03-09', 0, '2026-03-09'],
    ])('%s + %i business days is %s', (from, n, to) => expect(addBusinessDays(from, n)).toBe(to));
  });

  describe('startOfDayIn / calendarDateOf', () => {
    it.each(DST_DAYS)('in %s, local midnight of %s reads back as that date', (zone, iso) => {
      const midnight = startOfDayIn(iso, zone);
      expect(calendarDateOf(midnight, zone)).toBe(iso);
      expect(calendarDateOf(new Date(midnight.getTime() - 1), zone)).toBe(addDays(iso, -1));
    });
    it('gives New York midnight on the spring-forward day at 05:00Z', () => {
      expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
      expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    });
    it('reads one instant as different dates in different zones', () => {
      const instant = new Date('2026-03-08T04:30:00Z');
      expect(calendarDateOf(instant, 'America/New_York')).toBe('2026-03-07');
      expect(calendarDateOf(instant, 'Asia/Kolkata')).toBe('2026-03-08');
    });
  });

  describe('wallClockIn', () => {
    it.each([
      ['America/New_York', '2026-03-08', 9, '2026-03-08T13:00:00.000Z'],
      ['America/New_York', '2026-03-07', 9, '2026-03-07T14:00:00.000Z'],
      ['America/New_York', '2026-11-01', 9, '2026-11-01T14:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', 9, '2026-03-29T07:00:00.000Z'],
      ['Asia/Kolkata', '2026-03-09', 9, '2026-03-09T03:30:00.000Z'],
    ])('in %s, %s at %i:00 is %s, whatever DST did that night', (zone, iso, hour, expected) => {
      expect(wallClockIn(iso, hour, zone).toISOString()).toBe(expected);
    });
  });
});
