/**
 * Every visit of one case checked against the case's written terms, in date-of-service order (row order
 * for the same day), so the result of each visit depends only on the case's visits and terms — never on
 * the order they were typed or pasted. Accepted visits (ok or warning) use up units; refused ones do not.
 */
import type { Problem, ScaCase } from '../case';
import type { VisitPolicy } from '../vocabulary';
import { periodOf } from './allowance-period';
import { poolDates, type AllowancePool } from './allowance-pool';

/** ok: bill it; warning: breaks the terms but the plan's policy lets it through; refused: not billed under this agreement. */
export type VisitResult = 'ok' | 'warning' | 'refused';

/** Stable codes of the reasons a visit falls outside the terms. */
export type VisitReasonCode =
  | 'bad_row'
  | 'unknown_case'
  | 'no_written_agreement'
  | 'code_not_on_terms'
  | 'outside_dates'
  | 'over_allowance';

/** One reason a visit falls outside the terms. */
export interface VisitReason {
  readonly code: VisitReasonCode;
  readonly message: string;
}

/** A visit to check (already parsed; `problems` are its bad cells). */
export interface VisitInput {
  readonly rowNumber: number;
  readonly date: string | null;
  readonly code: string;
  readonly units: number | null;
  readonly problems: readonly Problem[];
}

/** The check of one visit: result, reasons, and the pool its units were counted on (accepted visits only). */
export interface VisitOutcome {
  readonly rowNumber: number;
  readonly result: VisitResult;
  readonly reasons: readonly VisitReason[];
  /** Index into the case's pools, or null when the visit counts on none (refused, or accepted on no line). */
  readonly pool: number | null;
  /** Units counted as used (0 when refused). */
  readonly unitsUsed: number;
  readonly date: string | null;
}

/** Case facts the check reads: status and written confirmation. Null = no case has this Case ID. */
export type VisitCase = Pick<ScaCase, 'caseId' | 'status' | 'writtenConfirmationOn'> | null;

/** Units counted per pool and per period (keyed `pool|first day of period`). */
class Usage {
  readonly totals: number[];
  private readonly periods = new Map<string, number>();
  constructor(pools: number) {
    this.totals = new Array<number>(pools).fill(0);
  }
  used(pool: number, periodFirst: string): number {
    return this.periods.get(`${pool}|${periodFirst}`) ?? 0;
  }
  add(pool: number, periodFirst: string, units: number): void {
    this.totals[pool] = (this.totals[pool] ?? 0) + units;
    const key = `${pool}|${periodFirst}`;
    this.periods.set(key, (this.periods.get(key) ?? 0) + units);
  }
}

/**
 * Checks every visit of one case. Rules, each at inclusive boundaries: the case is Active with written
 * confirmation; the code is on a line; the date is within that line's start and end; the units fit what
 * is left of the line's allowance for its period (the agreement, the Monday–Sunday week, the calendar
 * month). A bad row or an unknown Case ID is always refused; other breaches follow the plan's visit
 * policy: Allow → ok (reason kept), Warn → warning, Block → refused.
 * @example checkCaseVisits(activeCase, [pool97153Of24PerMonth], 'Block', [{ date: '2026-03-31', code: '97153', units: 24, … }])[0].result // 'ok'
 */
export function checkCaseVisits(c: VisitCase, pools: readonly AllowancePool[], policy: VisitPolicy, visits: readonly VisitInput[]): VisitOutcome[] {
  const order = [...visits].sort((a, b) => compare(a.date ?? '', b.date ?? '') || a.rowNumber - b.rowNumber);
  const usage = new Usage(pools.length);
  return order.map((visit) => checkOne(c, pools, policy, visit, usage));
}

function checkOne(c: VisitCase, pools: readonly AllowancePool[], policy: VisitPolicy, visit: VisitInput, usage: Usage): VisitOutcome {
  const refused = (reasons: VisitReason[]): VisitOutcome => ({ rowNumber: visit.rowNumber, result: 'refused', reasons, pool: null, unitsUsed: 0, date: visit.date });
  if (visit.problems.length > 0 || visit.date === null || visit.units === null || visit.code === '') {
    const messages = visit.problems.length > 0 ? visit.problems.map((p) => p.message) : ['Date of service, Code and Units are needed.'];
    return refused([{ code: 'bad_row', message: messages.join(' ') }]);
  }
  if (c === null) return refused([{ code: 'unknown_case', message: 'No case on the Cases sheet has this Case ID.' }]);
  const { date, units, code } = visit;
  const reasons: VisitReason[] = [];
  if (c.status !== 'Active' || c.writtenConfirmationOn === null) {
    const why = c.writtenConfirmationOn === null ? 'has no written confirmation' : `is ${c.status}, not Active`;
    reasons.push({ code: 'no_written_agreement', message: `${c.caseId} ${why}; visits are billed only under active written terms.` });
  }
  const withCode = pools.map((pool, index) => ({ pool, index })).filter(({ pool }) => pool.codes.includes(code));
  const inDates = withCode.filter(({ pool }) => date >= pool.first && date <= pool.last);
  let counted: number | null = null;
  if (withCode.length === 0) {
    const onTerms = [...new Set(pools.flatMap((p) => p.codes))];
    reasons.push({ code: 'code_not_on_terms', message: `Code ${code} is not on the written terms (${onTerms.length > 0 ? onTerms.join(', ') : 'no codes'}).` });
  } else if (inDates.length === 0) {
    const spans = withCode.map(({ pool }) => poolDates(pool)).join('; ');
    reasons.push({ code: 'outside_dates', message: `${date} is outside the dates of ${code} (${spans}).` });
  } else {
    const fitting = inDates.find(({ pool, index }) => pool.units === null || units <= left(pool, index, date, usage));
    const [first] = inDates;
    if (fitting) counted = fitting.index;
    else if (first) {
      counted = first.index;
      reasons.push({ code: 'over_allowance', message: overMessage(first.pool, left(first.pool, first.index, date, usage), units, date) });
    }
  }
  const result = reasons.length === 0 || policy === 'Allow' ? 'ok' : policy === 'Warn' ? 'warning' : 'refused';
  if (result === 'refused') return refused(reasons);
  if (counted !== null) {
    const pool = pools[counted];
    if (pool) usage.add(counted, periodOf(date, pool.per, pool).first, units);
  }
  return { rowNumber: visit.rowNumber, result, reasons, pool: counted, unitsUsed: units, date };
}

/** Units left in the pool's period holding `date` (never below 0). */
function left(pool: AllowancePool, index: number, date: string, usage: Usage): number {
  if (pool.units === null) return Number.POSITIVE_INFINITY;
  const used = pool.per === 'total' ? (usage.totals[index] ?? 0) : usage.used(index, periodOf(date, pool.per, pool).first);
  return Math.max(0, pool.units - used);
}

function overMessage(pool: AllowancePool, remaining: number, units: number, date: string): string {
  const span = periodOf(date, pool.per, pool);
  const period = pool.per === 'total' ? 'for the agreement' : pool.per === 'week' ? `for the week ${span.first} to ${span.last}` : `for the month ${date.slice(0, 7)}`;
  return `${units} units of ${pool.label} exceed the ${remaining} left of ${pool.units ?? 0} ${period}.`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
