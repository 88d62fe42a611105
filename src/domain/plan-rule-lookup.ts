import type { PlanRule } from './plan-rule';
import { PACKET_ITEMS } from './vocabulary';

/** Minimum in-network attempts when a payer has no plan rule. */
export const DEFAULT_MIN_IN_NETWORK_ATTEMPTS = 3;
/** Expected payer turnaround (days) when a payer has no plan rule. */
export const DEFAULT_TURNAROUND_DAYS = 14;

/** The rule used for a payer with no `Plan rules` row: every packet item but the medical necessity letter, 3 attempts, 14 days, Warn. */
export function DEFAULT_PLAN_RULE(payer: string, turnaroundDays: number = DEFAULT_TURNAROUND_DAYS): PlanRule {
  return {
    payer: payer.trim(),
    requiredItems: PACKET_ITEMS.filter((item) => item !== 'Medical necessity letter'),
    minInNetworkAttempts: DEFAULT_MIN_IN_NETWORK_ATTEMPTS,
    channel: '',
    turnaroundDays,
    visitPolicy: 'Warn',
  };
}

/** Canonical payer key: trimmed, lower-case, inner spacing collapsed. */
export function payerKey(payer: string): string {
  return payer.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The `Plan rules` row for `payer` (case-insensitive, trimmed), or undefined when none matches. */
export function findPlanRule(payer: string, rules: readonly PlanRule[]): PlanRule | undefined {
  const key = payerKey(payer);
  return rules.find((rule) => payerKey(rule.payer) === key);
}

/** The plan rule for `payer` (case-insensitive, trimmed), or the default rule (Settings' default turnaround) when none matches. */
export function planRuleFor(payer: string, rules: readonly PlanRule[], defaultTurnaroundDays: number = DEFAULT_TURNAROUND_DAYS): PlanRule {
  return findPlanRule(payer, rules) ?? DEFAULT_PLAN_RULE(payer, defaultTurnaroundDays);
}
