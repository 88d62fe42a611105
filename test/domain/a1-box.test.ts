import { a1Box } from '../../src/domain/a1-box';

describe('a1-box', () => {
  describe('a1Box', () => {
    it.each([
      ['I9', { row: 9, column: 9, numRows: 1, numColumns: 1 }],
      ['B2:D5', { row: 2, column: 2, numRows: 4, numColumns: 3 }],
      ['AK12', { row: 12, column: 37, numRows: 1, numColumns: 1 }],
      ['A1:AZ20000', { row: 1, column: 1, numRows: 20000, numColumns: 52 }],
      ['XFD1', { row: 1, column: 16384, numRows: 1, numColumns: 1 }],
    ])('returns the block of %s', (a1, box) => {
      expect(a1Box(a1)).toEqual(box);
    });

    describe('edge cases', () => {
      it.each(['C:C', '2:5', 'A2:C', 'A:B', '', 'A0', 'a1', 'Cases!A1', 'R1C1', 'A1:B2:C3', 'D5:B2', ' A1'])(
        'returns null for %j, which names no bounded block',
        (a1) => {
          expect(a1Box(a1)).toBeNull();
        },
      );
    });
  });
});
