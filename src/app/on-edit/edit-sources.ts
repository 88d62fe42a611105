import { DEFAULT_SETTINGS } from '../../domain/default-settings';
import { attemptsFor, type InNetworkAttempt } from '../../domain/in-network-search-sheet';
import type { PlanRule } from '../../domain/plan-rule';
import { DEFAULT_PLAN_RULE, findPlanRule } from '../../domain/plan-rule-lookup';
import type { Settings } from '../../domain/settings';
import { readInNetworkAttempts } from '../../sheets/in-network-attempts';
import { SheetPlanRulesSource } from '../../sheets/sheet-plan-rules-source';
import { SheetSettingsSource } from '../../sheets/sheet-settings-source';

/**
 * The other sheets an edit may need — Plan rules, In-network search, Settings — each read at most once
 * per edit and only when a rule actually asks (onEdit is a 30 s simple trigger that runs on every edit).
 */
export class EditSources {
  private rules: readonly PlanRule[] | undefined;
  private loadedSettings: Settings | undefined;
  private attempts: readonly InNetworkAttempt[] | undefined;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly timeZone: string,
  ) {}

  /**
   * The payer's plan rule, or the default rule when the Plan rules sheet has none for it. The default rule's
   * turnaround comes from Settings, read only if a rule asks for the turnaround (most edits never do).
   */
  planRule(payer: string): PlanRule {
    const found = findPlanRule(payer, this.planRules());
    if (found) return found;
    const settings = (): Settings => this.settings();
    return {
      ...DEFAULT_PLAN_RULE(payer),
      get turnaroundDays(): number {
        return settings().defaultTurnaroundDays;
      },
    };
  }

  /** Every row of Plan rules (read once per edit). */
  planRules(): readonly PlanRule[] {
    this.rules ??= new SheetPlanRulesSource(this.spreadsheet).load().rules;
    return this.rules;
  }

  /** Attempts logged on In-network search for the case (rows not marked out of network). */
  inNetworkAttempts(caseId: string): number {
    this.attempts ??= readInNetworkAttempts(this.spreadsheet, this.timeZone);
    return caseId === '' ? 0 : attemptsFor(caseId, this.attempts).length;
  }

  /** Clinic settings (defaults where the sheet is missing or a value is invalid). */
  settings(): Settings {
    this.loadedSettings ??= new SheetSettingsSource(this.spreadsheet).load().settings;
    return this.loadedSettings;
  }

  /**
   * Allowed Service lines: the defaults, unless an edited row uses another value — only then is Settings
   * read, to learn whether the clinic added it.
   */
  serviceLines(cellsInUse: readonly unknown[]): readonly string[] {
    if (this.loadedSettings) return this.loadedSettings.serviceLines;
    const defaults = DEFAULT_SETTINGS.serviceLines.map((s) => s.toLowerCase());
    const unknown = cellsInUse.some((c) => typeof c === 'string' && c.trim() !== '' && !defaults.includes(c.trim().toLowerCase()));
    return unknown ? this.settings().serviceLines : DEFAULT_SETTINGS.serviceLines;
  }
}
