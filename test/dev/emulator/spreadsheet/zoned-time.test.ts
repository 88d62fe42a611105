import { calendarDateOf, daysBetween, fromSerialNumber, isIsoDate, serialNumber, startOfDayIn } from '../../../../dev/emulator/spreadsheet/zoned-time';

// The emulator's own date helpers (it borrows nothing from src/). Sheets stores a date cell as local
// midnight of the spreadsheet's zone and counts serial days from 1899-12-30 (the Google Sheets Help centre DATE).
describe('zoned-time', () => {
  describe('startOfDayIn', () => {
    it.each([
      ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
      ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'], // the day DST starts: midnight is still EST
      ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'], // the day DST ends: midnight is still EDT
      ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z'],
      ['2026-07-01', 'Asia/Kolkata', '2026-06-30T18:30:00.000Z'],
    ])('puts %s in %s at %s', (iso, zone, instant) => {
      expect(startOfDayIn(iso, zone).toISOString()).toBe(instant);
    });
  });

  describe('calendarDateOf', () => {
    it.each([
      ['2026-03-08T04:30:00Z', 'America/New_York', '2026-03-07'],
      ['2026-03-08T05:00:00Z', 'America/New_York', '2026-03-08'],
      ['2026-06-30T18:30:00Z', 'Asia/Kolkata', '2026-07-01'],
    ])('reads %s in %s as %s', (instant, zone, iso) => {
      expect(calendarDateOf(new Date(instant), zone)).toBe(iso);
    });
  });

  describe('isIsoDate and daysBetween', () => {
    it.each([
      ['2026-02-28', true],
      ['2026-02-30', false],
      ['2026-2-3', false],
      ['2028-02-29', true],
    ])('isIsoDate(%s) is %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

    it('counts calendar days across a DST change', () => {
      expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
      expect(daysBetween('2026-03-09', '2026-03-07')).toBe(-2);
    });
  });

  describe('serial numbers', () => {
    it('numbers 2026-03-09 at local midnight 46090 and back', () => {
      const midnight = startOfDayIn('2026-03-09', 'America/New_York');
      expect(serialNumber(midnight, 'America/New_York')).toBe(46090);
      expect(fromSerialNumber(46090.5, 'America/New_York').toISOString()).toBe('2026-03-09T16:00:00.000Z');
    });
  });
});
