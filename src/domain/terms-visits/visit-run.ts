/**
 * One run of the visit check over a whole tracker: every visit of every case it touches, the results for
 * the Visits rows, Units used per Terms line and per case, and the accepted visits per line for the alerts.
 * Pure: the sheets are read before and written after, in one batch per column.
 */
import type { ScaCase } from '../case';
import { caseIdKey } from '../case-id';
import type { VisitPolicy } from '../vocabulary';
import { poolsOf } from './allowance-pool';
import type { TermsLine } from './terms-sheet';
import { checkCaseVisits, type VisitInput, type VisitOutcome, type VisitResult } from './visit-check';

/** A parsed Visits row with its Case ID. */
export interface VisitRow extends VisitInput {
  readonly caseId: string;
}

/** What a Visits row gets written: Check result and Reason. */
export interface VisitRowResult {
  readonly result: VisitResult;
  readonly reason: string;
}

/** An accepted visit counted on a Terms line. */
export interface LineVisit {
  readonly date: string;
  readonly units: number;
}

/** Everything a run computes. */
export interface VisitRun {
  readonly rows: ReadonlyMap<number, VisitRowResult>;
  /** Units used per case (Case ID key) for cases with at least one visit row. */
  readonly unitsUsedByCase: ReadonlyMap<string, number>;
  /** Units used per Terms row, for every usable line (0 when none). */
  readonly unitsUsedByLine: ReadonlyMap<number, number>;
  /** Accepted visits per Terms row. */
  readonly visitsByLine: ReadonlyMap<number, readonly LineVisit[]>;
}

/** Inputs of a run. `casesById` is keyed by caseIdKey. */
export interface VisitRunInput {
  readonly visits: readonly VisitRow[];
  readonly casesById: ReadonlyMap<string, ScaCase>;
  readonly linesByCase: ReadonlyMap<string, readonly TermsLine[]>;
  readonly policyFor: (payer: string) => VisitPolicy;
}

/**
 * Checks every visit, case by case (a case's visits are checked together, in date order).
 * @example runVisitCheck({ visits, casesById, linesByCase, policyFor }).rows.get(2) // { result: 'ok', reason: '' }
 */
export function runVisitCheck(input: VisitRunInput): VisitRun {
  const byCase = new Map<string, VisitRow[]>();
  for (const visit of input.visits) {
    const key = caseIdKey(visit.caseId);
    const list = byCase.get(key);
    if (list) list.push(visit);
    else byCase.set(key, [visit]);
  }
  const rows = new Map<number, VisitRowResult>();
  const unitsUsedByCase = new Map<string, number>();
  const unitsUsedByLine = new Map<number, number>();
  const visitsByLine = new Map<number, LineVisit[]>();
  for (const lines of input.linesByCase.values()) for (const line of lines) unitsUsedByLine.set(line.rowNumber, 0);
  for (const [key, visits] of byCase) {
    const c = key === '' ? undefined : input.casesById.get(key);
    const lines = input.linesByCase.get(key) ?? [];
    const pools = c ? poolsOf(c, lines) : [];
    const outcomes = checkCaseVisits(c ?? null, pools, c ? input.policyFor(c.payer) : 'Block', visits);
    let used = 0;
    for (const outcome of outcomes) {
      rows.set(outcome.rowNumber, { result: outcome.result, reason: reasonText(outcome) });
      used += outcome.unitsUsed;
      const line = outcome.pool === null ? null : pools[outcome.pool]?.line;
      if (line && outcome.date !== null && outcome.unitsUsed > 0) {
        unitsUsedByLine.set(line.rowNumber, (unitsUsedByLine.get(line.rowNumber) ?? 0) + outcome.unitsUsed);
        const list = visitsByLine.get(line.rowNumber);
        const visit = { date: outcome.date, units: outcome.unitsUsed };
        if (list) list.push(visit);
        else visitsByLine.set(line.rowNumber, [visit]);
      }
    }
    if (c) unitsUsedByCase.set(key, used);
  }
  return { rows, unitsUsedByCase, unitsUsedByLine, visitsByLine };
}

/** The Reason cell: the reasons' messages; for an ok visit with reasons, that the plan's policy allowed it. */
export function reasonText(outcome: Pick<VisitOutcome, 'result' | 'reasons'>): string {
  const text = outcome.reasons.map((r) => r.message).join(' ');
  if (text === '') return '';
  return outcome.result === 'ok' ? `Allowed by the plan's visit policy: ${text}` : text;
}
