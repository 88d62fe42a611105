import { addDays, calendarDateOf, isIsoDate, type IsoDate } from '../../domain/calendar-date';
import type { PilotFilter, PilotPeriod } from '../../domain/pilot-metrics';
import type { ParameterCells } from '../../ports/pilot-review-page';

/** Days a first review looks back: a quarter, the usual pilot checkpoint. */
export const DEFAULT_LOOKBACK_DAYS = 90;

/** The review's parameters, or what the manager must fix. */
export type ReviewParameters =
  | {
      readonly ok: true;
      readonly period: PilotPeriod;
      readonly filter: PilotFilter;
      /** Ends that were blank and take their default (written back so the manager sees them). */
      readonly filled: { from?: IsoDate; to?: IsoDate };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the parameter cells: a blank From is today − 90 days, a blank To is today (in the spreadsheet's
 * zone); a blank Payer or Service line means all. A non-date, or To before From, is refused with a message
 * that says which cell to fix.
 */
export function parseReviewParameters(cells: ParameterCells | null, today: IsoDate, timeZone: string): ReviewParameters {
  const filled: { from?: IsoDate; to?: IsoDate } = {};
  const from = dateParameter('From', cells?.from ?? '', timeZone);
  const to = dateParameter('To', cells?.to ?? '', timeZone);
  if (typeof from === 'object') return from;
  if (typeof to === 'object') return to;
  const period = { from: from ?? addDays(today, -DEFAULT_LOOKBACK_DAYS), to: to ?? today };
  if (from === undefined) filled.from = period.from;
  if (to === undefined) filled.to = period.to;
  if (period.to < period.from) {
    return { ok: false, message: `To (${period.to}) is before From (${period.from}). Fix the dates in row 2 of the Pilot review sheet, then run Pilot review again.` };
  }
  const filter: { payer?: string; serviceLine?: string } = {};
  const payer = textOf(cells?.payer);
  const serviceLine = textOf(cells?.serviceLine);
  if (payer) filter.payer = payer;
  if (serviceLine) filter.serviceLine = serviceLine;
  return { ok: true, period, filter, filled };
}

/** A date cell: its calendar date, undefined when blank, or the refusal. */
function dateParameter(label: 'From' | 'To', cell: unknown, timeZone: string): IsoDate | undefined | { ok: false; message: string } {
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const d = cell as Date;
    if (!Number.isNaN(d.getTime())) return calendarDateOf(d, timeZone);
  }
  const text = textOf(cell);
  if (text === '') return undefined;
  if (isIsoDate(text)) return text;
  const cellName = label === 'From' ? 'A2' : 'B2';
  return { ok: false, message: `${label} (${cellName}) must be a date, like 2026-01-31; it holds "${text}". Fix it in the Pilot review sheet, then run Pilot review again.` };
}

function textOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}
