import { sortAlerts, type Alert } from './alert';
import { verbalAlerts, waitingAlerts } from './alert-rules/decision-rules';
import { endDateAlerts } from './alert-rules/end-date-rules';
import { followUpAlerts } from './alert-rules/follow-up-rules';
import { ruleContext, type AlertRule } from './alert-rules/rule-context';
import { unitsAlerts } from './alert-rules/units-rules';
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import type { PlanRule } from './plan-rule';
import { indexRenewals } from './renewal-index';
import type { Settings } from './settings';
import { safeText } from './safe-values';
import { STATUSES, type Status } from './vocabulary';

const RULES: readonly AlertRule[] = [endDateAlerts, unitsAlerts, followUpAlerts, waitingAlerts, verbalAlerts];
const KNOWN_STATUSES: ReadonlySet<string> = new Set<Status>(STATUSES);

/**
 * Everything that needs action today, sorted by severity, due date, case ID. Pure and O(n): renewals
 * are indexed once. Skips Closed cases, cases without a Case ID (not yet assigned) and unknown statuses;
 * a bad date or number in a case skips that rule, never throws. Throws RangeError only for an invalid `today`.
 * @example computeAlerts([activeCaseEnding('2026-04-01')], '2026-03-25', settings, planRuleFor) // [{ kind: 'end_date_approaching', severity: 'urgent', … }]
 */
export function computeAlerts(
  cases: readonly ScaCase[],
  today: IsoDate,
  settings: Settings,
  planRuleFor: (payer: string) => PlanRule,
): Alert[] {
  const ctx = ruleContext(today, settings, planRuleFor, indexRenewals(cases));
  const alerts: Alert[] = [];
  for (const c of cases) {
    const caseId = safeText(c.caseId);
    if (!caseId || c.status === 'Closed' || !KNOWN_STATUSES.has(c.status)) continue;
    const owner = safeText(c.owner);
    for (const rule of RULES) {
      for (const d of rule(c, ctx)) alerts.push({ kind: d.kind, severity: d.severity, caseId, owner, dueDate: d.dueDate, message: d.message });
    }
  }
  return sortAlerts(alerts);
}
