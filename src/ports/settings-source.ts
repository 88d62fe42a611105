import type { Problem } from '../domain/case';
import type { PlanRule } from '../domain/plan-rule';
import type { Settings } from '../domain/settings';

/** Settings as read from the `Settings` sheet: defaults applied where a value is missing or invalid. */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly problems: readonly Problem[];
}

export interface SettingsSource {
  /** One batched read of the Settings sheet; a missing sheet gives the defaults and a `missing_sheet` problem. */
  load(): LoadedSettings;
}

/** Plan rules as read from the `Plan rules` sheet; bad rows are reported and skipped. */
export interface LoadedPlanRules {
  readonly rules: readonly PlanRule[];
  readonly problems: readonly Problem[];
}

export interface PlanRulesSource {
  /** One batched read of the Plan rules sheet; a missing sheet gives no rules (defaults apply per payer). */
  load(): LoadedPlanRules;
}
