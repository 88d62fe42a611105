import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import type { PlanRule } from '../../src/domain/plan-rule';
import type { Settings } from '../../src/domain/settings';
import type { LoadedPlanRules, LoadedSettings, PlanRulesSource, SettingsSource } from '../../src/ports/settings-source';

export class FixedSettingsSource implements SettingsSource {
  constructor(public settings: Settings = DEFAULT_SETTINGS) {}

  load(): LoadedSettings {
    return { settings: this.settings, problems: [] };
  }
}

export class FixedPlanRulesSource implements PlanRulesSource {
  constructor(public rules: PlanRule[] = []) {}

  load(): LoadedPlanRules {
    return { rules: this.rules, problems: [] };
  }
}
