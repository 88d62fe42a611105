/**
 * Conformance: the sheet's size is a hard edge, and only structural calls move it.
 * References (Apps Script docs › reference/spreadsheet/sheet):
 * - getRange(row, column, numRows, numColumns): a range past getMaxRows()/getMaxColumns() throws
 *   "The coordinates of the range are outside the dimensions of the sheet." (a new sheet is 1,000 × 26);
 * - appendRow(rowContents): "Appends a row to the bottom of the current data region in the sheet" — on a
 *   full sheet Sheets adds the row;
 * - insertRowsAfter(afterPosition, howMany) / insertRows(rowIndex, numRows) /
 *   insertColumnsAfter(afterPosition, howMany): insert blank rows/columns, so the sheet grows by that many.
 */
import { aWorkbook } from './workbook-fixture';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe('Sheet size', () => {
  describe('getRange', () => {
    it.each([
      ['a cell below the last row', [1001, 1, 1, 1]],
      ['a block that runs past the last row', [999, 1, 3, 2]],
      ['a cell right of the last column', [1, 27, 1, 1]],
      ['a block that runs past the last column', [1, 20, 1, 10]],
    ])('throws like Sheets for %s', (_name, [row, col, rows, cols]) => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange(row ?? 1, col ?? 1, rows ?? 1, cols ?? 1)).toThrow(OUTSIDE);
    });

    it('accepts the very last cell', () => {
      const { sheet } = aWorkbook();
      expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    });
  });

  describe('growing', () => {
    it('appendRow on a full sheet adds a row', () => {
      const { sheet } = aWorkbook();
      sheet.getRange(1000, 1).setValue('last');
      sheet.appendRow(['one more']);
      expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1001, 1001]);
      expect(sheet.getRange(1001, 1).getValue()).toBe('one more');
    });

    it('insertRowsAfter(getMaxRows(), n) adds n rows at the bottom that can then be written', () => {
      const { sheet } = aWorkbook();
      sheet.insertRowsAfter(sheet.getMaxRows(), 500);
      expect(sheet.getMaxRows()).toBe(1500);
      sheet.getRange(1001, 1, 500, 1).setValues(Array.from({ length: 500 }, (_, i) => [i]));
      expect([sheet.getLastRow(), sheet.getRange(1500, 1).getValue()]).toEqual([1500, 499]);
      expect(() => sheet.getRange(1501, 1)).toThrow(OUTSIDE);
    });

    it('insertRows(rowIndex, n) grows the sheet by n', () => {
      const { sheet } = aWorkbook();
      sheet.insertRows(1000, 3);
      expect(sheet.getMaxRows()).toBe(1003);
    });

    it('insertColumnsAfter(getMaxColumns(), n) adds n columns at the right', () => {
      const { sheet } = aWorkbook();
      sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
      expect(sheet.getMaxColumns()).toBe(28);
      expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
    });

    it('setValues never grows the sheet: writing below the last row throws', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange(1000, 1, 2, 1).setValues([[1], [2]])).toThrow(OUTSIDE);
      expect(sheet.getMaxRows()).toBe(1000);
    });
  });
});
