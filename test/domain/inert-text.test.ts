import { inertText, needsQuote } from '../../src/domain/inert-text';

describe('inert-text', () => {
  describe('inertText', () => {
    it.each([
      ['=IMPORTXML("x","y")', `'=IMPORTXML("x","y")`],
      ['+1 555', `'+1 555`],
      ['-5', `'-5`],
      ['@home', `'@home`],
      ["'quoted", `''quoted`],
      ['  =SUM(A1)', `'  =SUM(A1)`],
      ['0042', `'0042`],
      ['1e5', `'1e5`],
      ['3/7/26', `'3/7/26`],
      ['TRUE', `'TRUE`],
      ['$1,200', `'$1,200`],
      ['10:30', `'10:30`],
      ['9:05 pm', `'9:05 pm`],
      ['Mar 9', `'Mar 9`],
      ['March 9, 2026', `'March 9, 2026`],
      ['9 Sept 2026', `'9 Sept 2026`],
    ])('quotes %j so Sheets keeps it as text', (input, expected) => {
      expect(inertText(input)).toBe(expected);
    });

    it.each([['SCA-0001'], ['Aetna'], ['Called at 10:30 about ref 9'], ['March madness'], ['<img src=x onerror=alert(1)>'], ['Called rep, ref 123'], ['']])(
      'leaves plain text %j as it is',
      (input) => {
        expect(inertText(input)).toBe(input);
        expect(needsQuote(input)).toBe(false);
      },
    );

    it('passes numbers, booleans and dates unchanged', () => {
      const date = new Date('2026-03-07T00:00:00Z');
      expect(inertText(42)).toBe(42);
      expect(inertText(true)).toBe(true);
      expect(inertText(date)).toBe(date);
    });
  });
});
