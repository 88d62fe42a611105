import { aWorkbook, localDate } from './workbook-fixture';

describe('Range values', () => {
  describe('coordinates', () => {
    it('uses 1-based rows and columns', () => {
      const { sheet } = aWorkbook();
      const range = sheet.getRange(2, 3, 4, 5);
      expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 3, 4, 5]);
      expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
      expect(range.getA1Notation()).toBe('C2:G5');
      expect(sheet.getRange('B2').getA1Notation()).toBe('B2');
    });

    it.each([
      ['C:C', 'C1', 1000, false],
      ['2:5', 'A2', 4, true],
      ['A2:C', 'A2', 999, false],
      ['B2:D4', 'B2', 3, true],
    ])('getRange(%p) keeps its notation, starts at %s, spans %i rows (end row bounded: %p)', (a1, topLeft, rows, endRowBounded) => {
      const { sheet } = aWorkbook();
      const range = sheet.getRange(a1);
      expect(range.getA1Notation()).toBe(a1);
      expect(range.getCell(1, 1).getA1Notation()).toBe(topLeft);
      expect(range.getNumRows()).toBe(rows);
      expect(range.isEndRowBounded()).toBe(endRowBounded);
    });

    it('getCell and offset are relative to the range', () => {
      const { sheet } = aWorkbook();
      const range = sheet.getRange('B2:D4');
      expect(range.getCell(1, 1).getA1Notation()).toBe('B2');
      expect(range.getCell(3, 2).getA1Notation()).toBe('C4');
      expect(range.offset(1, 1).getA1Notation()).toBe('C3:E5');
      expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    });

    it('throws like Apps Script for ranges outside the sheet', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
      expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
      expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
      expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    });

    it('new sheets are 1000 rows × 26 columns, last row/column 0 when empty', () => {
      const { sheet } = aWorkbook();
      expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
    });
  });

  describe('getValues / setValues', () => {
    it('Sheet.getSheetValues(startRow, startColumn, numRows, numColumns) returns that grid, as getRange(…).getValues() would, in one call (reference: Class Sheet › getSheetValues)', () => {
      const { sheet, host } = aWorkbook();
      const counter = host.counter;
      sheet.getRange('A1:C2').setValues([['a', 1, true], ['b', 2, false]]);
      counter.reset();
      expect(sheet.getSheetValues(1, 2, 2, 2)).toEqual([[1, true], [2, false]]);
      expect(counter.snapshot()).toEqual({ 'Sheet.getSheetValues': 1 });
      expect(() => sheet.getSheetValues(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    });

    it('Sheet.getSheetValues with -1 rows or columns reads through the last row / column with data, in one call (reference: Class Sheet › getSheetValues, "A -1 value … is equivalent to getting the very last row or column that has data in the sheet")', () => {
      const { sheet, host } = aWorkbook();
      sheet.getRange('A1:C3').setValues([['h1', 'h2', 'h3'], ['a', 1, true], ['b', 2, false]]);
      host.counter.reset();
      expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
      expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([[1], [2]]);
      expect(sheet.getSheetValues(1, 2, 1, -1)).toEqual([['h2', 'h3']]);
      expect(host.counter.get('Sheet.getSheetValues')).toBe(3);
    });

    it('Sheet.getSheetValues with -1 on an empty sheet throws (not documented; the stricter reading: no row to read)', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    });

    it('returns Date, number, boolean, string and "" for empty — never null or undefined', () => {
      const { sheet } = aWorkbook();
      const date = localDate('2026-03-09');
      sheet.getRange('A1:E1').setValues([['text', 12.5, true, date, null]]);
      const [row] = sheet.getRange('A1:F1').getValues();
      expect(row).toEqual(['text', 12.5, true, date, '', '']);
      expect(row?.[3]).toBeInstanceOf(Date);
    });

    it('lets the number format decide between Date and number, as Apps Script does', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(46090);
      sheet.getRange('B1').setNumberFormat('0').setValue(localDate('2026-03-09'));
      expect(sheet.getRange('A1:B1').getValues()).toEqual([[localDate('2026-03-09'), 46090]]);
      expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2026-03-09', '46090']]);
    });

    it('returns a fresh copy (mutating it changes nothing)', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1').setValue(localDate('2026-03-09'));
      const first = sheet.getRange('A1').getValue() as Date;
      first.setFullYear(1999);
      expect((sheet.getRange('A1').getValue() as Date).getFullYear()).toBe(2026);
    });

    it('getLastRow / getLastColumn report the last non-empty row and column', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('C5').setValue('x');
      sheet.getRange('B2').setValue(1);
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    });

    it('throws Apps Script\'s message when the data has the wrong number of rows', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange('A1:B3').setValues([[1, 2], [3, 4]])).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
      );
    });

    it('throws Apps Script\'s message when the data has the wrong number of columns', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
      );
    });

    it('checks the shape of per-cell setters (setNumberFormats, setNotes, setBackgrounds) the same way', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange('A1:A2').setNumberFormats([['0']])).toThrow(/The data has 1 but the range has 2/);
      expect(() => sheet.getRange('A1:B1').setNotes([['a']])).toThrow(/number of columns/);
    });

    it('parses strings written by a script like typed input, unless the cell is plain text (@)', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1:C1').setValues([['12', '2026-03-09', 'SCA-0001']]);
      sheet.getRange('D1').setNumberFormat('@').setValue('00123');
      expect(sheet.getRange('A1:D1').getValues()).toEqual([[12, localDate('2026-03-09'), 'SCA-0001', '00123']]);
    });

    it('stores formulas without evaluating them (the value reads as "")', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1').setFormula('=B1*2');
      sheet.getRange('A2').setValue('=SUM(B:B)');
      expect(sheet.getRange('A1:A2').getFormulas()).toEqual([['=B1*2'], ['=SUM(B:B)']]);
      expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['']]);
      sheet.getRange('A1').setValue(5);
      expect(sheet.getRange('A1').getFormula()).toBe('');
    });

    // Range.setValue (Apps Script docs › reference/spreadsheet/range#setvaluevalue): a string
    // beginning with '=' is interpreted as a formula; Sheets help ("Format numbers in a spreadsheet"): an
    // apostrophe before the entry stores it as text, and the apostrophe is not part of the value.
    it('text that begins with = is a formula; a leading apostrophe stores text', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1:D1').setValues([['=X', "'=X", "'0042", '0042']]);
      sheet.getRange('E1').setValue("'=HYPERLINK(\"https://a.example\")");
      expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['=X', '', '', '', '']]);
      expect(sheet.getRange('A1:E1').getValues()).toEqual([['', '=X', '0042', 42, '=HYPERLINK("https://a.example")']]);
    });

    it('appendRow writes after the last row', () => {
      const { sheet } = aWorkbook();
      sheet.appendRow(['Case ID', 'Status']);
      sheet.appendRow(['SCA-0001', 'Submitted']);
      expect(sheet.getDataRange().getValues()).toEqual([['Case ID', 'Status'], ['SCA-0001', 'Submitted']]);
    });

    it('clearContent keeps formats; clear removes both', () => {
      const { sheet } = aWorkbook();
      const cell = sheet.getRange('A1').setValue(5).setNumberFormat('0.00').setBackground('#ff0000');
      cell.clearContent();
      expect([cell.getValue(), cell.getNumberFormat(), cell.getBackground()]).toEqual(['', '0.00', '#ff0000']);
      cell.clear();
      expect([cell.getNumberFormat(), cell.getBackground()]).toEqual(['', '#ffffff']);
    });
  });

  describe('display values', () => {
    it.each([
      [localDate('2026-03-09'), 'yyyy-mm-dd', '2026-03-09'],
      [localDate('2026-03-09'), 'm/d/yyyy', '3/9/2026'],
      [localDate('2026-03-09'), 'M/d/yyyy', '3/9/2026'],
      [localDate('2026-03-09'), 'mmm d, yyyy', 'Mar 9, 2026'],
      [localDate('2026-03-09'), '', '3/9/2026'],
      [1234.5, '$#,##0.00', '$1,234.50'],
      [-1234.5, '$#,##0.00', '-$1,234.50'],
      [1234.5, '0', '1235'],
      [0.256, '0.0%', '25.6%'],
      [1234.5, '#,##0', '1,235'],
      [1234.5, '', '1234.5'],
      [true, '', 'TRUE'],
      ['text', '0.00', 'text'],
    ])('%p with format %p displays %p', (value, format, display) => {
      const { sheet } = aWorkbook();
      const cell = sheet.getRange('A1').setValue(value);
      if (format) cell.setNumberFormat(format);
      expect(cell.getDisplayValue()).toBe(display);
    });
  });

  describe('notes and styles', () => {
    it('stores notes, backgrounds, font weights per cell', () => {
      const { sheet } = aWorkbook();
      const range = sheet.getRange('A1:B1');
      range.setNotes([['first', '']]).setBackgrounds([['#ff0000', null]]).setFontWeight('bold');
      expect(range.getNotes()).toEqual([['first', '']]);
      expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
      expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
      range.clearNote();
      expect(range.getNote()).toBe('');
    });
  });
});
