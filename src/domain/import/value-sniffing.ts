/**
 * What a source column's values look like, whatever its header says: dates, emails, money, whole
 * numbers, CPT/HCPCS codes, yes/no, or text. The mapping uses it to confirm a header match (an 'End'
 * column whose values are not dates is not the End date) and to place a column with an unknown header.
 */
import { isBlankCell } from '../cell-result';
import { PROCEDURE_CODE } from '../cell-parsers';
import { cellText } from './cell-text';
import { readImportDate, type DateOrder } from './import-dates';

/** The kinds of value a column can be recognised as holding. */
export type SniffedKind = 'blank' | 'yes/no' | 'date' | 'email' | 'codes' | 'money' | 'whole number' | 'number' | 'text';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES_NO = /^(y|n|yes|no|x|true|false|done|✓|✔)$/i;
const MONEY = /^-?\$\s*\d{1,3}(,?\d{3})*(\.\d{1,2})?$/;
const NUMBER = /^-?\d{1,3}(,?\d{3})*(\.\d+)?$/;

function isCodes(raw: unknown, text: string): boolean {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 10000 && raw <= 99999;
  const tokens = text.split(/[\s,;/]+/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => PROCEDURE_CODE.test(t.toUpperCase()));
}

const TESTS: ReadonlyArray<readonly [Exclude<SniffedKind, 'blank' | 'text'>, (raw: unknown, text: string, order: DateOrder, zone: string) => boolean]> = [
  ['yes/no', (raw, text) => typeof raw === 'boolean' || YES_NO.test(text)],
  ['date', (raw, _text, order, zone) => (raw instanceof Date || typeof raw === 'string') && readImportDate(raw, zone, order).ok],
  ['email', (_raw, text) => EMAIL.test(text)],
  ['codes', (raw, text) => typeof raw !== 'boolean' && isCodes(raw, text)],
  ['money', (raw, text) => typeof raw === 'string' && MONEY.test(text)],
  ['whole number', (raw, text) => (typeof raw === 'number' ? Number.isInteger(raw) : /^-?\d{1,3}(,?\d{3})*$/.test(text))],
  ['number', (raw, text) => typeof raw === 'number' || NUMBER.test(text)],
];

/**
 * The kind at least 80% of the column's non-blank values share (first match in the order above), else text.
 * @example sniffColumn(['$120', '$95.50', ''], 'UTC', 'MDY') // 'money'
 */
export function sniffColumn(values: readonly unknown[], timeZone: string, order: DateOrder): SniffedKind {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length === 0) return 'blank';
  const texts = filled.map((v) => cellText(v, timeZone));
  for (const [kind, test] of TESTS) {
    const hits = filled.filter((raw, i) => test(raw, texts[i] ?? '', order, timeZone)).length;
    if (hits / filled.length >= 0.8) return kind;
  }
  return 'text';
}
