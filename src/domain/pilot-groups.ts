/**
 * The Pilot review one line per payer and per service line: how many of the group's cases were decided in
 * the period, how many approved, the approval rate, the median days to decision and how many are still open.
 */
import { daysBetween } from './calendar-date';
import type { ScaCase } from './case';
import type { CaseTimeline } from './case-timeline';
import { payerKey } from './plan-rule-lookup';
import { safeCount, safeText } from './safe-values';
import { median, ratio } from './statistics';

/** A case of the period with its milestones. */
export interface Reviewed {
  readonly c: ScaCase;
  readonly t: CaseTimeline;
}

/** One payer's or service line's line of the review. */
export interface GroupRow {
  readonly name: string;
  /** Cases whose first decision fell in the period. */
  readonly decided: number;
  /** Of those, approved in the end / denied in the end (appeals pending are neither). */
  readonly approved: number;
  readonly denied: number;
  /** approved ÷ (approved + denied). */
  readonly approvalRate: number | null;
  /** Median days from submission to the first decision, over the decided cases with both dates. */
  readonly medianDaysToDecision: number | null;
  /** Cases of the period with no decision by its last day. */
  readonly open: number;
}

/** Units used vs approved for one service line (approved cases decided in the period). */
export interface UnitsRow {
  readonly name: string;
  readonly unitsApproved: number;
  readonly unitsUsed: number;
  readonly usedShare: number | null;
}

/** What a case is grouped by: its key (spelling-insensitive) and the name shown (first spelling wins). */
export interface Grouping {
  readonly key: (c: ScaCase) => string;
  readonly name: (c: ScaCase) => string;
  /** The total line's name, e.g. 'All payers'. */
  readonly total: string;
}

export const BY_PAYER: Grouping = { key: (c) => payerKey(safeText(c.payer)), name: (c) => safeText(c.payer) || 'No payer', total: 'All payers' };
export const BY_SERVICE_LINE: Grouping = {
  key: (c) => safeText(c.serviceLine).toLowerCase(),
  name: (c) => safeText(c.serviceLine) || 'No service line',
  total: 'All service lines',
};

/**
 * One line per group (sorted by name), then the total line; decided and open cases are counted apart.
 * @example groupRows(decided, open, BY_PAYER) // [{ name: 'Acme Health', decided: 3, approved: 2, … }, …, { name: 'All payers', … }]
 */
export function groupRows(decided: readonly Reviewed[], open: readonly Reviewed[], by: Grouping): GroupRow[] {
  const groups = new Map<string, { name: string; decided: Reviewed[]; open: Reviewed[] }>();
  const add = (r: Reviewed, list: 'decided' | 'open'): void => {
    const key = by.key(r.c);
    const group = groups.get(key) ?? { name: by.name(r.c), decided: [], open: [] };
    group[list].push(r);
    groups.set(key, group);
  };
  decided.forEach((r) => add(r, 'decided'));
  open.forEach((r) => add(r, 'open'));
  const lines = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)).map((g) => groupRow(g.name, g.decided, g.open.length));
  return [...lines, groupRow(by.total, decided, open.length)];
}

function groupRow(name: string, decided: readonly Reviewed[], open: number): GroupRow {
  const approved = decided.filter((r) => r.t.outcome === 'approved').length;
  const denied = decided.filter((r) => r.t.outcome === 'denied').length;
  const spans = decided.flatMap(({ t }) => (t.submittedOn && t.decidedOn && t.decidedOn >= t.submittedOn ? [daysBetween(t.submittedOn, t.decidedOn)] : []));
  return { name, decided: decided.length, approved, denied, approvalRate: ratio(approved, approved + denied), medianDaysToDecision: median(spans), open };
}

/** Units used vs approved per service line (sorted), then the total line, over approved cases with units approved. */
export function unitsByServiceLine(approvedCases: readonly ScaCase[]): UnitsRow[] {
  const groups = new Map<string, { name: string; cases: ScaCase[] }>();
  for (const c of approvedCases) {
    const key = BY_SERVICE_LINE.key(c);
    const group = groups.get(key) ?? { name: BY_SERVICE_LINE.name(c), cases: [] };
    group.cases.push(c);
    groups.set(key, group);
  }
  const lines = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)).map((g) => unitsRow(g.name, g.cases));
  return [...lines, unitsRow(BY_SERVICE_LINE.total, approvedCases)];
}

/** Units on cases with units approved; units used count only there (used without an approval is not a share). */
export function unitsRow(name: string, cases: readonly ScaCase[]): UnitsRow {
  let approved = 0;
  let used = 0;
  for (const c of cases) {
    const a = safeCount(c.unitsApproved);
    if (!a) continue;
    approved += a;
    used += safeCount(c.unitsUsed) ?? 0;
  }
  return { name, unitsApproved: approved, unitsUsed: used, usedShare: ratio(used, approved) };
}
