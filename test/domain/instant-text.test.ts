import { formatInstantIn } from '../../src/domain/instant-text';

describe('formatInstantIn', () => {
  it.each([
    ['2026-03-09T16:05:00Z', 'America/New_York', 'Mon 9 Mar 2026 12:05'],
    ['2026-03-08T06:30:00Z', 'America/New_York', 'Sun 8 Mar 2026 01:30'],
    ['2026-03-08T07:30:00Z', 'America/New_York', 'Sun 8 Mar 2026 03:30'],
    ['2026-03-29T00:30:00Z', 'Europe/Berlin', 'Sun 29 Mar 2026 01:30'],
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', 'Sun 29 Mar 2026 03:30'],
    ['2026-03-09T23:30:00Z', 'Asia/Kolkata', 'Tue 10 Mar 2026 05:00'],
  ])('shows %s in %s as %s, across DST changes', (iso, zone, expected) => {
    expect(formatInstantIn(new Date(iso), zone)).toBe(expected);
  });
});
