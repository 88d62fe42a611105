/**
 * A case's Cases columns as the summary of its Terms lines, and "modified" — approved less than requested,
 * in units or rate — as payers' decisions call it.
 */
import { addDays, type IsoDate } from '../calendar-date';
import type { ScaCase } from '../case';
import { periodOf } from './allowance-period';
import type { TermsLine } from './terms-sheet';

/** The Cases columns the add-on keeps for a case with lines. */
export interface TermsSummary {
  readonly approvedCodes: readonly string[];
  readonly unitsApproved: number;
  readonly approvedRate: number | null;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
}

/**
 * Units a line grants over its whole dates: `total` as written; `week`/`month` times the number of weeks
 * (Monday–Sunday) or calendar months its dates touch, partial ones included.
 * @example lineTotalUnits({ units: 24, per: 'month', start: '2026-03-01', end: '2026-06-30', … }) // 96
 */
export function lineTotalUnits(line: Pick<TermsLine, 'units' | 'per' | 'start' | 'end'>): number {
  if (line.per === 'total') return line.units;
  let periods = 0;
  let day = line.start;
  while (day <= line.end) {
    periods += 1;
    const span = periodOf(day, line.per, { first: line.start, last: line.end });
    day = addDays(span.last, 1);
  }
  return line.units * periods;
}

/**
 * The summary of a case's lines: codes in line order (each once), Units approved = the lines' totals over
 * their dates, Approved rate = the rate per unit weighted by those totals (the one rate when all lines
 * agree), Start = earliest line start, End = latest line end. Null when there are no lines.
 */
export function summarizeLines(lines: readonly TermsLine[]): TermsSummary | null {
  const [head] = lines;
  if (!head) return null;
  const codes: string[] = [];
  let units = 0;
  let rated = 0;
  let money = 0;
  let start = head.start;
  let end = head.end;
  for (const line of lines) {
    if (!codes.includes(line.code)) codes.push(line.code);
    const total = lineTotalUnits(line);
    units += total;
    if (line.rate !== null) {
      rated += total;
      money += total * line.rate;
    }
    if (line.start < start) start = line.start;
    if (line.end > end) end = line.end;
  }
  const rates = new Set(lines.map((l) => l.rate).filter((r): r is number => r !== null));
  const approvedRate = rates.size === 1 ? [...rates][0] ?? null : rated > 0 ? Math.round((money / rated) * 100) / 100 : null;
  return { approvedCodes: codes, unitsApproved: units, approvedRate, startDate: start, endDate: end };
}

/** What the payer cut, for the Line check cell: empty when approved as requested (or nothing was requested). */
export function modifications(line: TermsLine, c: Pick<ScaCase, 'requestedRate' | 'unitsRequested'> | null, summary: TermsSummary | null): string[] {
  const cuts: string[] = [];
  if (c?.requestedRate != null && line.rate !== null && line.rate < c.requestedRate) {
    cuts.push(`rate ${money(line.rate)} of ${money(c.requestedRate)} requested`);
  }
  if (c?.unitsRequested != null && summary !== null && summary.unitsApproved < c.unitsRequested) {
    cuts.push(`case ${summary.unitsApproved} units of ${c.unitsRequested} requested`);
  }
  return cuts;
}

/** The Line check text of a usable line. @example lineCheckText(['rate 85.00 of 100.00 requested']) // 'modified: rate 85.00 of 100.00 requested' */
export function lineCheckText(cuts: readonly string[]): string {
  return cuts.length === 0 ? 'as requested' : `modified: ${cuts.join('; ')}`;
}

function money(n: number): string {
  return n.toFixed(2);
}
