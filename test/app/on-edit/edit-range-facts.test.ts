/** The edited range's place, asked of the emulated Google once: one getA1Notation for a bounded block. */
import { createEnvironment, type Environment } from '../../../dev/emulator';
import { editRangeFacts } from '../../../src/app/on-edit/edit-range-facts';

function sheetOf(env: Environment): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.spreadsheet.insertSheet('Cases');
  env.calls.reset();
  return sheet;
}

const place = (range: GoogleAppsScript.Spreadsheet.Range): number[] => [range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn()];

describe('editRangeFacts', () => {
  it.each([
    ['I9', [9, 9, 1, 1, 9, 9]],
    ['B2:D5', [2, 2, 4, 3, 5, 4]],
  ])('answers where %s is from one getA1Notation, asked again for free', (a1, expected) => {
    const env = createEnvironment();
    const range = sheetOf(env).getRange(a1);
    env.calls.reset();
    const facts = editRangeFacts(range);
    expect(place(facts)).toEqual(expected);
    expect(place(facts)).toEqual(expected);
    expect(env.calls.snapshot()).toEqual({ 'Range.getA1Notation': 1 });
  });

  describe('edge cases', () => {
    it('asks an open range (a whole column) method by method, and still once each', () => {
      const env = createEnvironment();
      const sheet = sheetOf(env);
      const range = sheet.getRange('C:C');
      const rows = sheet.getMaxRows();
      env.calls.reset();
      const facts = editRangeFacts(range);
      expect(place(facts)).toEqual([1, 3, rows, 1, rows, 3]);
      place(facts);
      expect(env.calls.snapshot()).toEqual({
        'Range.getA1Notation': 1,
        'Range.getColumn': 1,
        'Range.getNumColumns': 1,
        'Range.getNumRows': 1,
        'Range.getRow': 1,
      });
    });

    it('answers getSheet and its getName once', () => {
      const env = createEnvironment();
      const range = sheetOf(env).getRange('A2');
      env.calls.reset();
      const facts = editRangeFacts(range);
      expect([facts.getSheet().getName(), facts.getSheet().getName()]).toEqual(['Cases', 'Cases']);
      expect(env.calls.snapshot()).toEqual({ 'Range.getSheet': 1, 'Sheet.getName': 1 });
    });
  });
});
