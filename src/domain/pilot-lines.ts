/**
 * Pilot review per code, for cases with Terms lines: units used versus approved and the rate achieved
 * versus requested, code by code — where a payer cut a rate or where units run short shows per service.
 */
import type { ScaCase } from './case';
import { caseIdKey } from './case-id';
import { ratio, roundTo } from './statistics';
import { lineTotalUnits } from './terms-visits/terms-summary';
import type { TermsLine } from './terms-visits/terms-sheet';

/** The Terms lines of the tracker and the units used on each (by Terms row). */
export interface LineUsage {
  readonly linesByCase: ReadonlyMap<string, readonly TermsLine[]>;
  readonly unitsUsedByLine: ReadonlyMap<number, number>;
}

/** One code over the period's approved cases with lines. */
export interface CodeUsage {
  readonly code: string;
  readonly unitsApproved: number;
  readonly unitsUsed: number;
  /** unitsUsed ÷ unitsApproved. */
  readonly usedShare: number | null;
  /** The cases' Requested rate, weighted by the line's units. */
  readonly requestedRate: number | null;
  /** The lines' rate, weighted by their units. */
  readonly approvedRate: number | null;
  /** approvedRate ÷ requestedRate. */
  readonly achieved: number | null;
}

interface Sums {
  approved: number;
  used: number;
  rateWeight: number;
  rateSum: number;
  requestedWeight: number;
  requestedSum: number;
}

/**
 * Per code, in code order, over `approvedCases` that have lines: units approved (each line's allowance over
 * its dates), units used (accepted visits), and rates weighted by the lines' units.
 * @example usageByCode([caseRequesting70], { 97153 24/month × 4 months at 60, 45 used }) // [{ code: '97153', unitsApproved: 96, unitsUsed: 45, achieved: 0.857 … }]
 */
export function usageByCode(approvedCases: readonly ScaCase[], usage: LineUsage): CodeUsage[] {
  const sums = new Map<string, Sums>();
  for (const c of approvedCases) {
    for (const line of usage.linesByCase.get(caseIdKey(c.caseId)) ?? []) {
      const total = lineTotalUnits(line);
      const s = sums.get(line.code) ?? { approved: 0, used: 0, rateWeight: 0, rateSum: 0, requestedWeight: 0, requestedSum: 0 };
      s.approved += total;
      s.used += usage.unitsUsedByLine.get(line.rowNumber) ?? 0;
      if (line.rate !== null && total > 0) {
        s.rateWeight += total;
        s.rateSum += total * line.rate;
      }
      if (c.requestedRate !== null && c.requestedRate > 0 && total > 0) {
        s.requestedWeight += total;
        s.requestedSum += total * c.requestedRate;
      }
      sums.set(line.code, s);
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, s]) => {
      const approvedRate = s.rateWeight > 0 ? roundTo(s.rateSum / s.rateWeight, 2) : null;
      const requestedRate = s.requestedWeight > 0 ? roundTo(s.requestedSum / s.requestedWeight, 2) : null;
      const achieved = approvedRate !== null && requestedRate !== null ? ratio(approvedRate, requestedRate) : null;
      return { code, unitsApproved: s.approved, unitsUsed: s.used, usedShare: ratio(s.used, s.approved), requestedRate, approvedRate, achieved };
    });
}
