import { parsePlanRules } from '../domain/plan-rules-sheet';
import type { LoadedPlanRules, PlanRulesSource } from '../ports/settings-source';
import { SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';

/**
 * The `Plan rules` sheet, read in one batched read and parsed by the domain (columns found by header text,
 * so a manager may reorder them). A missing sheet gives no rules: every payer gets the default rule.
 * `defaultTurnaroundDays` (from Settings) fills rows that leave turnaround blank. Problems name their row.
 */
export class SheetPlanRulesSource implements PlanRulesSource {
  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly defaultTurnaroundDays?: number,
  ) {}

  load(): LoadedPlanRules {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.planRules);
    if (!sheet) return { rules: [], problems: [] };
    const values = wholeSheetValues(sheet); // one call (getSheetValues with -1); [] when empty
    if (values.length < 2) return { rules: [], problems: [] };
    const { rules, problems } = parsePlanRules(values, this.defaultTurnaroundDays);
    return {
      rules,
      problems: problems.map(({ rowNumber, problem }) => ({ ...problem, message: `${SHEETS.planRules} row ${rowNumber}: ${problem.message}` })),
    };
  }
}
