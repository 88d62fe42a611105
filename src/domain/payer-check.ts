import type { Problem } from './case';
import type { PlanRule } from './plan-rule';
import { payerKey } from './plan-rule-lookup';

/** The Problems line of a row whose Payer matches no row of Plan rules. */
export const UNKNOWN_PAYER_MESSAGE =
  'Payer: not in Plan rules, so no plan rules apply (the default packet items, attempts and turnaround are used). Choose it from the list, or add the payer to Plan rules.';

/**
 * A Payer typed outside the Plan rules list is allowed (a new plan, a one-off) but said, because the
 * plan's own rules then silently do not apply. Blank payers and trackers without any plan rule say nothing.
 * @example unknownPayerProblems('Acme Helth', [acme]) // [{ code: 'payer_not_in_plan_rules', … }]
 */
export function unknownPayerProblems(payer: string, rules: readonly PlanRule[]): Problem[] {
  if (payer.trim() === '' || rules.length === 0) return [];
  const key = payerKey(payer);
  if (rules.some((rule) => payerKey(rule.payer) === key)) return [];
  return [{ code: 'payer_not_in_plan_rules', message: UNKNOWN_PAYER_MESSAGE, column: 'Payer' }];
}
