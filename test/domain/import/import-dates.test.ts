import { startOfDayIn } from '../../../src/domain/calendar-date';
import { columnDateOrder, fullYear, readImportDate, type DateOrder } from '../../../src/domain/import/import-dates';

describe('import-dates', () => {
  describe('readImportDate', () => {
    it.each<[string, unknown, DateOrder, string]>([
      ['US with a two-digit year', '3/7/26', 'MDY', '2026-03-07'],
      ['US with zeros', '03/07/2026', 'MDY', '2026-03-07'],
      ['ISO', '2026-03-07', 'MDY', '2026-03-07'],
      ['ISO with slashes', '2026/3/7', 'MDY', '2026-03-07'],
      ['a month name first', 'Mar 7 2026', 'MDY', '2026-03-07'],
      ['a full month name and a comma', 'March 7, 2026', 'MDY', '2026-03-07'],
      ['a day first with a month name', '7 Mar 2026', 'MDY', '2026-03-07'],
      ['dashes and a two-digit year', '7-Mar-26', 'MDY', '2026-03-07'],
      ['Sept', 'Sept 1 2026', 'MDY', '2026-09-01'],
      ['a time after the date', '3/7/2026 10:30 am', 'MDY', '2026-03-07'],
      ['a day-first column', '13/7/26', 'DMY', '2026-07-13'],
      ['a day-first column, small numbers', '3/7/26', 'DMY', '2026-07-03'],
      ['a mixed column, unambiguous', '5/20/26', 'mixed', '2026-05-20'],
      ['a mixed column, same day and month', '4/4/26', 'mixed', '2026-04-04'],
      ['a Sheets serial number', 46088, 'MDY', '2026-03-07'],
      ['a 1971 pivot year', '1/2/71', 'MDY', '1971-01-02'],
    ])('reads %s', (_label, raw, order, expected) => {
      expect(readImportDate(raw, 'America/New_York', order)).toEqual({ ok: true, date: expected });
    });

    it.each<[string, unknown, DateOrder, RegExp]>([
      ['an impossible day', '2/30/2026', 'MDY', /not a real date/],
      ['month 13 read month-first', '13/45/26', 'MDY', /month\/day\/year/],
      ['month 13 in a day-first column', '45/13/26', 'DMY', /day\/month\/year/],
      ['an ambiguous date in a mixed column', '3/7/26', 'mixed', /could be month\/day or day\/month/],
      ['no year', '3/7', 'MDY', /has no year/],
      ['words', 'next Tuesday', 'MDY', /cannot be read as a date/],
      ['an impossible ISO date', '2026-02-30', 'MDY', /not a real date/],
      ['an impossible named date', 'Feb 30 2026', 'MDY', /not a real date/],
      ['an impossible day-first named date', '31 Apr 2026', 'MDY', /not a real date/],
      ['a small number', 42, 'MDY', /number, not a date/],
      ['a boolean', true, 'MDY', /not a date/],
      ['an invalid Date', new Date(Number.NaN), 'MDY', /not a valid date/],
    ])('refuses %s', (_label, raw, order, problem) => {
      const reading = readImportDate(raw, 'UTC', order);
      expect(reading.ok).toBe(false);
      expect(reading.ok ? '' : reading.problem).toMatch(problem);
    });

    it.each(['America/New_York', 'Pacific/Auckland'])('reads a Sheets date value as its calendar date in the spreadsheet zone (%s), across DST', (zone) => {
      expect(readImportDate(startOfDayIn('2026-03-08', zone), zone)).toEqual({ ok: true, date: '2026-03-08' });
      expect(readImportDate(startOfDayIn('2026-11-01', zone), zone)).toEqual({ ok: true, date: '2026-11-01' });
    });
  });

  describe('fullYear', () => {
    it.each([
      ['26', 2026],
      ['68', 2068],
      ['69', 1969],
      ['2026', 2026],
    ])('pivots %s to %i', (text, year) => expect(fullYear(text)).toBe(year));
  });

  describe('columnDateOrder', () => {
    it.each<[readonly unknown[], DateOrder]>([
      [['3/7/26', '12/1/26', 'Mar 7 2026'], 'MDY'],
      [['13/7/26', '3/7/26'], 'DMY'],
      [['13/7/26', '7/13/26'], 'mixed'],
      [[new Date(0), 4, ''], 'MDY'],
    ])('reads %j as %s', (values, order) => expect(columnDateOrder(values)).toBe(order));
  });
});
