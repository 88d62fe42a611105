import { isIsoDate, type IsoDate } from './calendar-date';

/**
 * Defensive readers for values that are typed but may still be odd at run time (a hand-built case,
 * a future parser bug): the daily check must skip a bad value, never throw on it.
 */

/** The date when it is a real calendar date, else null. @example safeDate('2026-02-30') // null */
export function safeDate(value: unknown): IsoDate | null {
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/** Larger unit counts are typos, and would overflow the percentage arithmetic of the units rules. */
const MAX_COUNT = 1e9;

/** A finite, non-negative number up to a billion, else null (NaN, -5, Infinity, 9e306 → null). */
export function safeCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_COUNT ? value : null;
}

/** Trimmed text, '' for anything that is not a string. */
export function safeText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

