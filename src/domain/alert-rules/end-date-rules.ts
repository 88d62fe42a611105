import type { ScaCase } from '../case';
import { isRenewalConfirmed } from '../renewal-index';
import { caseIdKey, issuedCaseId } from '../case-id';
import type { Severity } from '../alert';
import { AGREEMENT_STATUSES, plural, type AlertDraft, type RuleContext } from './rule-context';

/**
 * End date approaching, expired while Active, and the renewal that quiets them.
 * - Approaching (Approved verbal/written, Active): 0 ≤ days left ≤ largest tier. Severity by the
 *   smallest tier reached: smallest tier → urgent, second → warning, any larger → info.
 * - Expired while Active: end date before today; urgent every day until the case is closed or renewed.
 * - An open renewal (any status but Denied/Closed) replaces the approaching alert with an info line.
 *   After expiry it only quiets the alert once the renewal is Approved (written) or Active; a pending
 *   renewal leaves the expired alert urgent and names the renewal.
 * @example endDateAlerts(activeEndingOn('2026-04-01'), at('2026-03-25')) // urgent "Agreement ends in 7 days (2026-04-01)"
 */
export function endDateAlerts(c: ScaCase, ctx: RuleContext): AlertDraft[] {
  const endDay = ctx.days.day(c.endDate);
  if (endDay === null || !AGREEMENT_STATUSES.includes(c.status)) return [];
  const end = ctx.days.iso(endDay);
  const daysLeft = endDay - ctx.todayDay;
  const renewal = ctx.renewals.get(caseIdKey(c.caseId));
  // Alert text reaches email: the renewal is named only by an ID the add-on issued.
  const renewalText = renewal ? `renewal ${issuedCaseId(renewal.caseId) ?? '(a case without a valid Case ID)'} is ${renewal.status}` : '';

  if (daysLeft < 0) {
    if (c.status !== 'Active') return [];
    if (renewal && isRenewalConfirmed(renewal)) {
      return [{ kind: 'renewal_in_progress', severity: 'info', dueDate: end, message: `Agreement expired ${end}; ${renewalText} — close this case` }];
    }
    const suffix = renewal ? `; ${renewalText}, not yet approved in writing` : '';
    return [{ kind: 'expired_while_active', severity: 'urgent', dueDate: end, message: `Agreement expired ${end} while Active${suffix}` }];
  }

  const severity = tierSeverity(daysLeft, ctx.tiers);
  if (!severity) return [];
  const endsIn = `ends ${daysLeft === 0 ? 'today' : `in ${plural(daysLeft, 'day')}`} (${end})`;
  if (renewal) {
    return [{ kind: 'renewal_in_progress', severity: 'info', dueDate: end, message: `Agreement ${endsIn}; ${renewalText}` }];
  }
  return [{ kind: 'end_date_approaching', severity, dueDate: end, message: `Agreement ${endsIn}` }];
}

/** Severity for `daysLeft` against ascending tiers, or null when beyond the largest tier. @example tierSeverity(14, [7, 14, 30]) // 'warning' */
export function tierSeverity(daysLeft: number, ascendingTiers: readonly number[]): Severity | null {
  const index = ascendingTiers.findIndex((tier) => daysLeft <= tier);
  if (index < 0) return null;
  return index === 0 ? 'urgent' : index === 1 ? 'warning' : 'info';
}
