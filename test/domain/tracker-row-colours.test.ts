import { columnLetter, columnNumber } from '../../src/domain/column-letter';
import { isOwnRowColourFormula, rowColourRules } from '../../src/domain/tracker-row-colours';

describe('tracker-row-colours', () => {
  describe('columnLetter', () => {
    it.each([
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [37, 'AK'],
      [52, 'AZ'],
      [703, 'AAA'],
    ])('gives column %i the letters %s, and back', (column, letters) => {
      expect(columnLetter(column)).toBe(letters);
      expect(columnNumber(letters)).toBe(column);
    });
  });

  describe('rowColourRules', () => {
    it('puts the Problems cell first, then URGENT, WARNING, INFO rows keyed on the Flags cell', () => {
      const rules = rowColourRules(35, 36);
      expect(rules.map((r) => [r.scope, r.formula])).toEqual([
        ['problems', '=AND(LEN($AJ2)>0,ISTEXT("SCA Tracker"))'],
        ['row', '=AND(LEFT($AI2,6)="URGENT",ISTEXT("SCA Tracker"))'],
        ['row', '=AND(LEFT($AI2,7)="WARNING",ISTEXT("SCA Tracker"))'],
        ['row', '=AND(LEFT($AI2,4)="INFO",ISTEXT("SCA Tracker"))'],
      ]);
    });

    it('has no Problems rule without a Problems column', () => {
      expect(rowColourRules(3, undefined).map((r) => r.scope)).toEqual(['row', 'row', 'row']);
    });
  });

  describe('isOwnRowColourFormula', () => {
    it.each([
      ['=AND(LEFT($AI2,6)="URGENT",ISTEXT("SCA Tracker"))', true],
      ['=AND(LEFT($B2,6)="URGENT", ISTEXT( "SCA Tracker" ))', true],
      ['=LEFT($AI2,6)="URGENT"', false],
      ['VIP', false],
      [undefined, false],
    ])('tells %p is ours: %p', (formula, ours) => {
      expect(isOwnRowColourFormula(formula)).toBe(ours);
    });
  });
});
