/**
 * One source cell read as the value of the Cases field it is mapped to. Never throws: a value that does
 * not fit gives a problem (shown on its cell in the preview; the value is then kept in Notes).
 */
import { BadCell, parseCodes, parseCurrency, parseEmail, parseUrl, parseWhole, quote } from '../cell-parsers';
import { cellErrorOf } from '../cell-errors';
import { cellText } from './cell-text';
import { readImportDate, type DateOrder } from './import-dates';
import { kindOf, listOf, type ImportField } from './import-fields';
import { readListValue } from './list-values';
import { readStatusWords, type StatusReading } from './status-synonyms';

/** A converted value: text, ISO date text, number, checkbox, codes, or a status reading (settled per row). */
export type ImportValue = string | number | boolean | readonly string[] | StatusReading;

export type Conversion = { readonly ok: true; readonly value: ImportValue } | { readonly ok: false; readonly problem: string };

/** What converting needs besides the cell: the spreadsheet's zone, the column's date order, Settings' service lines. */
export interface ConvertContext {
  readonly timeZone: string;
  readonly dateOrder: DateOrder;
  readonly serviceLines: readonly string[];
}

const YES = /^(y|yes|x|true|done|sent|complete|completed|ok|received|1|✓|✔|☑)$/i;
const NO = /^(n|no|false|0|not sent|missing|pending|-|☐)$/i;

const ok = (value: ImportValue): Conversion => ({ ok: true, value });
const no = (problem: string): Conversion => ({ ok: false, problem });

function fromParser(result: unknown): Conversion {
  return result instanceof BadCell ? no(result.problem.message) : ok(result as ImportValue);
}

/**
 * `raw` (not blank) as the value of `field`; `header` is the source column's, for messages.
 * @example convertCell('Denied - in network', 'status', 'Status', ctx) // { ok: true, value: { status: 'Denied', denialReason: 'In-network provider available' } }
 */
export function convertCell(raw: unknown, field: ImportField, header: string, ctx: ConvertContext): Conversion {
  const error = cellErrorOf(raw);
  if (error) return no(`${header}: ${error} is a formula error`);
  const text = cellText(raw, ctx.timeZone);
  if (field === 'status') {
    const reading = readStatusWords(text);
    return reading ? ok(reading) : no(`${header}: ${quote(text)} is not a status the tracker knows`);
  }
  switch (kindOf(field)) {
    case 'date': {
      const date = readImportDate(raw, ctx.timeZone, ctx.dateOrder);
      return date.ok ? ok(date.date) : no(`${header}: ${quote(text)} ${date.problem}`);
    }
    case 'currency':
      return fromParser(parseCurrency(raw, header));
    case 'whole':
      return fromParser(parseWhole(raw, header));
    case 'email':
      return fromParser(parseEmail(text, header));
    case 'url':
      return fromParser(parseUrl(text, header));
    case 'codes':
      return fromParser(parseCodes(raw, header));
    case 'checkbox':
      return readCheckbox(raw, text, header);
    case 'list': {
      const value = readListValue(text, listOf(field, ctx.serviceLines));
      return value ? ok(value) : no(`${header}: ${quote(text)} is not one of the tracker's ${field === 'serviceLine' ? 'service lines' : 'values'}`);
    }
    case 'text':
      return ok(text);
  }
}

function readCheckbox(raw: unknown, text: string, header: string): Conversion {
  if (typeof raw === 'boolean') return ok(raw);
  if (YES.test(text)) return ok(true);
  if (NO.test(text)) return ok(false);
  return no(`${header}: ${quote(text)} is not yes or no`);
}
