import { inertCell } from '../../src/sheets/inert-cell';

describe('inert-cell', () => {
  describe('inertCell', () => {
    it.each([
      ['00123', false, "'00123"],
      ['00123', true, '00123'],
      ['=IMPORTXML("x","y")', false, '\'=IMPORTXML("x","y")'],
      ['=IMPORTXML("x","y")', true, '\'=IMPORTXML("x","y")'],
      ['  =1+1', true, "'  =1+1"],
      ['+1', true, '+1'],
      ['+1', false, "'+1"],
      ['<img src=x onerror=alert(1)>', false, '<img src=x onerror=alert(1)>'],
      [42, true, 42],
      [true, false, true],
    ] as const)('%p (plain text: %p) → %p', (value, plain, expected) => {
      expect(inertCell(value, plain)).toBe(expected);
    });
  });
});
