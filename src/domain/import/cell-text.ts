/** A source cell as text, the way it is kept in Notes and fingerprinted: dates as YYYY-MM-DD in the spreadsheet's zone. */
import { dateOfInstant } from '../date-cells';

/**
 * The text of a source cell: trimmed strings, numbers as JavaScript writes them, TRUE/FALSE, dates as
 * calendar dates in `timeZone`. Blank cells give ''.
 * @example cellText(1200.5, 'UTC') // '1200.5'
 */
export function cellText(raw: unknown, timeZone: string): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return dateOfInstant(raw, timeZone) ?? '';
  return String(raw);
}
