/**
 * Conformance: Sheet.getRangeList and RangeList.getRanges. Reference (Class Sheet › getRangeList): "Returns the
 * RangeList collection representing the ranges in the same sheet specified by a non-empty list of A1 notations
 * or R1C1 notations." (Class RangeList › getRanges): "Returns a list of one or more Range instances in the same
 * sheet."
 */
import { aWorkbook } from './workbook-fixture';

describe('RangeList', () => {
  describe('Sheet.getRangeList', () => {
    it('gives the ranges of its A1 notations, in order, on the same sheet', () => {
      const { sheet } = aWorkbook();
      const ranges = sheet.getRangeList(['C:C', 'A2:B3', 'E5']).getRanges();
      expect(ranges.map((r) => [r.getA1Notation(), r.getSheet().getName()])).toEqual([
        ['C:C', sheet.getName()],
        ['A2:B3', sheet.getName()],
        ['E5', sheet.getName()],
      ]);
    });

    it('ranges it gives work as getRange ranges do (a value written through one is read back)', () => {
      const { sheet } = aWorkbook();
      const [cell] = sheet.getRangeList(['B2']).getRanges();
      cell?.setValue('x');
      expect(sheet.getRange('B2').getValue()).toBe('x');
    });

    it('throws for an empty list and for a range outside the sheet, as getRange does', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRangeList([])).toThrow();
      expect(() => sheet.getRangeList([`A${sheet.getMaxRows() + 1}`])).toThrow('outside the dimensions');
    });

    it('is one call, and getRanges one more, whatever the number of ranges', () => {
      const { sheet, host } = aWorkbook();
      host.counter.reset();
      sheet.getRangeList(['A:A', 'B:B', 'C:C', 'D:D']).getRanges();
      expect(host.counter.snapshot()).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.getRanges': 1 });
    });
  });
});
