/**
 * What a visit is counted against: a line of the Terms sheet, or — for a case without lines — the case's
 * own columns as one pool (its approved codes share its units and dates, as the tracker worked before lines).
 */
import type { IsoDate } from '../calendar-date';
import type { ScaCase } from '../case';
import type { AllowancePeriod, TermsLine } from './terms-sheet';

/** A pool of units granted for some codes between two dates. */
export interface AllowancePool {
  /** Codes it covers (one for a Terms line). */
  readonly codes: readonly string[];
  /** Units per period; null = no limit written. */
  readonly units: number | null;
  readonly per: AllowancePeriod;
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** The Terms line, or null for the case columns. */
  readonly line: TermsLine | null;
  /** How messages name it: the code ("97153"), or "the agreement". */
  readonly label: string;
}

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';

/** The pools of a case: its Terms lines, or its own columns when it has none. */
export function poolsOf(c: ScaCase, lines: readonly TermsLine[]): AllowancePool[] {
  if (lines.length > 0) {
    return lines.map((line) => ({
      codes: [line.code],
      units: line.units,
      per: line.per,
      first: line.start,
      last: line.end,
      line,
      label: line.modifier ? `${line.code}-${line.modifier}` : line.code,
    }));
  }
  return [
    {
      codes: c.approvedCodes,
      units: c.unitsApproved,
      per: 'total',
      first: c.startDate ?? OPEN_START,
      last: c.endDate ?? OPEN_END,
      line: null,
      label: 'the agreement',
    },
  ];
}

/** The dates of a pool for messages ("2026-03-01 to 2026-06-30"), open ends named. */
export function poolDates(pool: AllowancePool): string {
  const from = pool.first === OPEN_START ? 'no start date' : pool.first;
  const to = pool.last === OPEN_END ? 'no end date' : pool.last;
  return `${from} to ${to}`;
}
