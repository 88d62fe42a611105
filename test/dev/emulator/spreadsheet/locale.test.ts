/**
 * Conformance: the spreadsheet's locale decides how typed dates and amounts read.
 * - "Class Spreadsheet" › getSpreadsheetLocale(): "Gets the spreadsheet locale." (a new spreadsheet made in the
 *   US: en_US); setSpreadsheetLocale(locale): "Sets the spreadsheet locale."
 * - Sheets Help, "Change a spreadsheet's locale, time zone, calculation settings & language": the locale sets
 *   formats such as dates and currency: '3/7/2026' is March 7 in en_US and 3 July in en_GB, shown with the
 *   locale's date format (M/d/yyyy, dd/mm/yyyy). 'yyyy-mm-dd' reads the same everywhere. A grouped number keeps
 *   its separator: Sheets auto-applies '#,##0' to '1,000' (and '#,##0.00' to '1,234.50').
 */
import { aWorkbook, localDate } from './workbook-fixture';

describe('spreadsheet locale', () => {
  it('is en_US unless set, and a snapshot keeps it', () => {
    const { ss, workbook } = aWorkbook();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ss.setSpreadsheetLocale('en_GB');
    const again = aWorkbook({ snapshot: JSON.parse(JSON.stringify(workbook.toSnapshot())) });
    expect(again.ss.getSpreadsheetLocale()).toBe('en_GB');
  });

  it.each([
    ['en_US', '3/7/2026', '2026-03-07', '3/7/2026'],
    ['en_GB', '3/7/2026', '2026-07-03', '03/07/2026'],
    ['en_GB', '13/7/2026', '2026-07-13', '13/07/2026'],
    ['en_US', '2026-07-03', '2026-07-03', '2026-07-03'],
    ['en_GB', '2026-07-03', '2026-07-03', '2026-07-03'],
  ])('in %s, typed %p is the date %s shown as %p', (locale, typed, iso, display) => {
    const { ss, sheet, workbook } = aWorkbook();
    ss.setSpreadsheetLocale(locale);
    workbook.userEdit('Sheet1', 'A1', typed);
    expect(sheet.getRange('A1').getValue()).toEqual(localDate(iso));
    expect(sheet.getRange('A1').getDisplayValue()).toBe(display);
  });

  it.each([
    ['en_US', '13/7/2026'],
    ['en_GB', '2/30/2026'],
  ])('in %s, %p is no date and stays text', (locale, typed) => {
    const { ss, sheet, workbook } = aWorkbook();
    ss.setSpreadsheetLocale(locale);
    workbook.userEdit('Sheet1', 'A1', typed);
    expect(sheet.getRange('A1').getValue()).toBe(typed);
  });

  it.each([
    ['en_US', '$12.50', 12.5, '$12.50'],
    ['en_US', '1,000', 1000, '1,000'],
    ['en_US', '1,234.50', 1234.5, '1,234.50'],
    ['en_US', 'TRUE', true, 'TRUE'],
    ['en_GB', '£12.50', 12.5, '£12.50'],
    ['en_US', '£12.50', '£12.50', '£12.50'],
  ])('in %s, typed %p is %p shown as %p', (locale, typed, value, display) => {
    const { ss, sheet, workbook } = aWorkbook();
    ss.setSpreadsheetLocale(locale);
    workbook.userEdit('Sheet1', 'A1', typed);
    expect(sheet.getRange('A1').getValue()).toEqual(value);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(display);
  });

  it('reads a script-written date string by the locale too', () => {
    const { ss, sheet } = aWorkbook();
    ss.setSpreadsheetLocale('en_GB');
    sheet.getRange('A1').setValue('3/7/2026');
    expect(sheet.getRange('A1').getValue()).toEqual(localDate('2026-07-03'));
  });
});
