import type { ScaCase } from './case';
import { payerKey } from './plan-rule-lookup';
import { safeCount, safeText } from './safe-values';
import { ratio } from './statistics';

/** Requested vs approved rate for a group of cases, averaged with units approved as weights. */
export interface RateComparison {
  /** Payer name as first written, or 'All payers'. */
  readonly payer: string;
  readonly cases: number;
  readonly requestedRate: number | null;
  readonly approvedRate: number | null;
  /** approvedRate ÷ requestedRate: 0.85 means 85 % of the requested rate was achieved. */
  readonly achieved: number | null;
}

interface Sums {
  payer: string;
  cases: number;
  weight: number;
  requested: number;
  approved: number;
}

/**
 * Rate achieved vs requested over approved cases that have both rates (> 0). Each case weighs its
 * units approved (1 when empty), so a 40-unit agreement counts more than a 4-unit one.
 * @example payerRates([req 100 / app 80 × 10 units, req 100 / app 100 × 30 units]).overall.achieved // 0.95
 */
export function payerRates(approvedCases: readonly ScaCase[]): { overall: RateComparison; byPayer: RateComparison[] } {
  const all: Sums = { payer: 'All payers', cases: 0, weight: 0, requested: 0, approved: 0 };
  const byPayer = new Map<string, Sums>();
  for (const c of approvedCases) {
    const requested = safeCount(c.requestedRate);
    const approved = safeCount(c.approvedRate);
    if (!requested || approved === null) continue;
    const weight = safeCount(c.unitsApproved) || 1;
    const key = payerKey(safeText(c.payer));
    let sums = byPayer.get(key);
    if (!sums) {
      sums = { payer: safeText(c.payer) || 'No payer', cases: 0, weight: 0, requested: 0, approved: 0 };
      byPayer.set(key, sums);
    }
    for (const s of [all, sums]) {
      s.cases += 1;
      s.weight += weight;
      s.requested += requested * weight;
      s.approved += approved * weight;
    }
  }
  const payers = Array.from(byPayer.values()).sort((a, b) => (a.payer.toLowerCase() < b.payer.toLowerCase() ? -1 : 1));
  return { overall: comparison(all), byPayer: payers.map(comparison) };
}

function comparison(s: Sums): RateComparison {
  return {
    payer: s.payer,
    cases: s.cases,
    requestedRate: ratio(s.requested, s.weight),
    approvedRate: ratio(s.approved, s.weight),
    achieved: ratio(s.approved, s.requested),
  };
}
