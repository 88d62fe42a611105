import { columnIndex, columnLetters, parseA1, resolveA1, toA1 } from '../../../../dev/emulator/spreadsheet/a1-notation';

describe('a1-notation', () => {
  describe('parseA1 + resolveA1 on a 1000 × 26 sheet', () => {
    it.each([
      ['A1', undefined, { row: 1, col: 1, numRows: 1, numCols: 1 }],
      ['B3', undefined, { row: 3, col: 2, numRows: 1, numCols: 1 }],
      ['A1:C3', undefined, { row: 1, col: 1, numRows: 3, numCols: 3 }],
      ['C3:A1', undefined, { row: 1, col: 1, numRows: 3, numCols: 3 }],
      ['$A$1:$B$2', undefined, { row: 1, col: 1, numRows: 2, numCols: 2 }],
      ['C:C', undefined, { row: 1, col: 3, numRows: 1000, numCols: 1 }],
      ['A:C', undefined, { row: 1, col: 1, numRows: 1000, numCols: 3 }],
      ['2:5', undefined, { row: 2, col: 1, numRows: 4, numCols: 26 }],
      ['A2:C', undefined, { row: 2, col: 1, numRows: 999, numCols: 3 }],
      ['AA10', undefined, { row: 10, col: 27, numRows: 1, numCols: 1 }],
      ['Cases!B2', 'Cases', { row: 2, col: 2, numRows: 1, numCols: 1 }],
      ["'Plan rules'!A1:B2", 'Plan rules', { row: 1, col: 1, numRows: 2, numCols: 2 }],
      ["'Bob''s sheet'!A1", "Bob's sheet", { row: 1, col: 1, numRows: 1, numCols: 1 }],
      ["'In-network search'!C:C", 'In-network search', { row: 1, col: 3, numRows: 1000, numCols: 1 }],
    ])('%s → sheet %s, %j', (a1, sheetName, box) => {
      const ref = parseA1(a1);
      expect(ref.sheetName).toBe(sheetName);
      expect(resolveA1(ref, 1000, 26)).toEqual(box);
    });

    it.each(['', 'A', '1A', 'A0', 'A1:B2:C3', 'hello world'])('rejects %p with "Range not found"', (a1) => {
      expect(() => parseA1(a1)).toThrow(/Range not found/);
    });
  });

  describe('column letters', () => {
    it.each([
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [52, 'AZ'],
      [53, 'BA'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [18278, 'ZZZ'],
    ])('%i ↔ %s', (n, letters) => {
      expect(columnLetters(n)).toBe(letters);
      expect(columnIndex(letters)).toBe(n);
    });
  });

  describe('toA1', () => {
    it.each([
      [{ row: 1, col: 1, numRows: 1, numCols: 1 }, 'A1'],
      [{ row: 2, col: 3, numRows: 4, numCols: 2 }, 'C2:D5'],
      [{ row: 1, col: 27, numRows: 1, numCols: 2 }, 'AA1:AB1'],
    ])('%j → %s', (box, a1) => {
      expect(toA1(box)).toBe(a1);
    });
  });
});
