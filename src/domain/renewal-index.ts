import type { ScaCase } from './case';
import { caseIdKey } from './case-id';
import { safeText } from './safe-values';
import type { Status } from './vocabulary';

/** How far along a renewal is: the most advanced open renewal speaks for the old case. */
const PROGRESS: Readonly<Partial<Record<Status, number>>> = {
  Identified: 1,
  'Assembling packet': 2,
  Submitted: 3,
  Appealed: 3,
  'In negotiation': 4,
  'Approved (verbal)': 5,
  'Approved (written)': 6,
  Active: 7,
};

/** Statuses in which a renewal has replaced the old agreement in writing. */
export const RENEWAL_CONFIRMED: readonly Status[] = ['Approved (written)', 'Active'];

/** The open renewal of each renewed case, keyed by the old Case ID (see `caseIdKey`). */
export type RenewalIndex = ReadonlyMap<string, ScaCase>;

/**
 * Indexes open renewals once (O(n)): a case with `Renewal of` = X, a Case ID of its own, and a status
 * other than Denied or Closed renews X. When several do, the most advanced wins (ties: lower Case ID).
 */
export function indexRenewals(cases: readonly ScaCase[]): RenewalIndex {
  const index = new Map<string, ScaCase>();
  for (const c of cases) {
    const target = caseIdKey(c.renewalOf);
    const ownId = safeText(c.caseId);
    const progress = PROGRESS[c.status];
    if (!target || !ownId || progress === undefined || target === caseIdKey(ownId)) continue;
    const current = index.get(target);
    if (!current || isBetterRenewal(c, progress, current)) index.set(target, c);
  }
  return index;
}

function isBetterRenewal(candidate: ScaCase, progress: number, current: ScaCase): boolean {
  const currentProgress = PROGRESS[current.status] ?? 0;
  if (progress !== currentProgress) return progress > currentProgress;
  return safeText(candidate.caseId) < safeText(current.caseId);
}

/** True when the renewal's written terms are in (Approved (written) or Active). */
export function isRenewalConfirmed(renewal: ScaCase): boolean {
  return RENEWAL_CONFIRMED.includes(renewal.status);
}
