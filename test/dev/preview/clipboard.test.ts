import { pastedRows } from '../../../dev/preview/client/clipboard';

describe('pastedRows', () => {
  it.each([
    ['one cell', 'Called', [['Called']]],
    ['a block', 'a\tb\nc\td\n', [['a', 'b'], ['c', 'd']]],
    ['Windows line ends', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['empty cells kept', 'a\t\t\n\tb', [['a', '', ''], ['', 'b']]],
    ['a quoted cell with a line break, as Sheets copies it', '"line 1\nline 2"\tx\ny\tz', [['line 1\nline 2', 'x'], ['y', 'z']]],
    ['doubled quotes inside a quoted cell', '"say ""hi"""\tx', [['say "hi"', 'x']]],
    ['a stray quote stays text', '5" wide\tx', [['5" wide', 'x']]],
  ])('splits %s', (_name, text, rows) => {
    expect(pastedRows(text)).toEqual(rows);
  });
});
