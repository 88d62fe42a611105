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
      ['50%', `'50%`],
      ['12:30', `'12:30`],
      ['9:05 pm', `'9:05 pm`],
      ['Jan 5', `'Jan 5`],
      ['March 7, 2026', `'March 7, 2026`],
      ['7 Mar 2026', `'7 Mar 2026`],
    ])('quotes %j so Sheets keeps it as text', (input, expected) => {
      expect(inertText(input)).toBe(expected);
    });

    it.each([['SCA-0001'], ['Aetna'], ['March madness'], ['Called at 3'], ['<img src=x onerror=alert(1)>'], ['Called rep, ref 123'], ['']])(
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
