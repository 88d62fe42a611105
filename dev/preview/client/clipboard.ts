/**
 * Clipboard text as Sheets pastes it: tab-separated columns, one line per row; a cell copied with a line
 * break or a tab inside comes quoted ("a\nb", quotes doubled), as Sheets itself puts it on the clipboard.
 * Text that is not valid quoting is split plainly, so a stray quote stays part of the cell.
 */
import Papa from 'papaparse';

export function pastedRows(text: string): string[][] {
  const body = text.replace(/\r?\n$/, '');
  const plain = (): string[][] => body.split(/\r?\n/).map((line) => line.split('\t'));
  if (!body.includes('"')) return plain();
  const parsed = Papa.parse<string[]>(body, { delimiter: '\t', quoteChar: '"', newline: body.includes('\r\n') ? '\r\n' : '\n' });
  return parsed.errors.length > 0 ? plain() : parsed.data;
}
