import { formatDate } from '../../../dev/emulator/format-date';

// 2026-03-08 is the US DST switch (02:00 → 03:00 in New York); Europe/Paris switches on 2026-03-29.
const BEFORE_DST = new Date('2026-03-08T06:59:00Z'); // 01:59 EST
const AFTER_DST = new Date('2026-03-08T07:00:00Z'); // 03:00 EDT
const AFTERNOON = new Date('2026-03-09T17:05:09.042Z');

describe('formatDate', () => {
  it.each([
    [AFTERNOON, 'America/New_York', 'yyyy-MM-dd', '2026-03-09'],
    [AFTERNOON, 'Europe/Paris', 'yyyy-MM-dd', '2026-03-09'],
    [AFTERNOON, 'America/New_York', "yy/M/d H:mm:ss 'at' h a", '26/3/9 13:05:09 at 1 PM'],
    [AFTERNOON, 'Europe/Paris', "yy/M/d H:mm:ss 'at' h a", '26/3/9 18:05:09 at 6 PM'],
    [AFTERNOON, 'America/New_York', 'EEE, MMM d', 'Mon, Mar 9'],
    [AFTERNOON, 'Europe/Paris', 'EEEE d MMMM yyyy', 'Monday 9 March 2026'],
    [AFTERNOON, 'America/New_York', 'HH:mm Z', '13:05 -0400'],
    [AFTERNOON, 'Europe/Paris', 'HH:mm XXX', '18:05 +01:00'],
    [AFTERNOON, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-03-09T17:05:09.042Z'],
    [AFTERNOON, 'America/New_York', 'z', 'EDT'],
    [AFTERNOON, 'Asia/Kolkata', 'z', 'IST'],
    [AFTERNOON, 'Etc/GMT-9', 'z', 'GMT+09:00'],
    [AFTERNOON, 'UTC', 'z', 'UTC'],
    [AFTERNOON, 'America/New_York', "h 'o''clock'", "1 o'clock"],
    [AFTERNOON, 'America/New_York', "''yyyy''", "'2026'"],
    [new Date('2026-03-09T03:30:00Z'), 'America/New_York', 'yyyy-MM-dd hh:mm a', '2026-03-08 11:30 PM'],
    [new Date('2026-03-09T03:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd hh:mm a', '2026-03-09 04:30 AM'],
    [new Date('2026-03-09T04:00:00Z'), 'America/New_York', 'H h a', '0 12 AM'],
  ])('formats %s in %s as %j', (date, zone, pattern, expected) => {
    expect(formatDate(date, zone, pattern)).toBe(expected);
  });

  describe('on a DST day', () => {
    it.each([
      [BEFORE_DST, 'America/New_York', '2026-03-08 01:59 -0500 EST'],
      [AFTER_DST, 'America/New_York', '2026-03-08 03:00 -0400 EDT'],
      [BEFORE_DST, 'Europe/Paris', '2026-03-08 07:59 +0100 CET'],
      [AFTER_DST, 'Europe/Paris', '2026-03-08 08:00 +0100 CET'],
    ])('formats %s in %s across the switch', (date, zone, expected) => {
      expect(formatDate(date, zone, 'yyyy-MM-dd HH:mm Z z')).toBe(expected);
    });

    it('keeps the calendar date right around midnight on both sides of the switch', () => {
      expect(formatDate(new Date('2026-03-08T04:59:59Z'), 'America/New_York', 'yyyy-MM-dd')).toBe('2026-03-07');
      expect(formatDate(new Date('2026-03-09T03:59:59Z'), 'America/New_York', 'yyyy-MM-dd')).toBe('2026-03-08');
      expect(formatDate(new Date('2026-03-09T04:00:00Z'), 'America/New_York', 'yyyy-MM-dd')).toBe('2026-03-09');
    });
  });

  describe('edge cases', () => {
    it('throws on an unknown pattern letter, an invalid date or an unknown zone', () => {
      expect(() => formatDate(AFTERNOON, 'UTC', 'yyyy-QQ')).toThrow("Illegal pattern character 'Q'");
      expect(() => formatDate(new Date(NaN), 'UTC', 'yyyy')).toThrow('Invalid argument: date');
      expect(() => formatDate(AFTERNOON, 'Mars/Olympus', 'yyyy')).toThrow('Invalid argument: timeZone');
    });
  });
});
