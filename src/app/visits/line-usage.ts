import type { ScaCase } from '../../domain/case';
import { caseIdKey } from '../../domain/case-id';
import type { LineUsage } from '../../domain/pilot-lines';
import { planRuleFor } from '../../domain/plan-rule-lookup';
import { readTermsTable } from '../../domain/terms-visits/terms-sheet';
import { runVisitCheck } from '../../domain/terms-visits/visit-run';
import { SHEETS } from '../../sheets/sheet-names';
import { SheetPlanRulesSource } from '../../sheets/sheet-plan-rules-source';
import { readSheetBlock } from '../../sheets/terms-visits/log-sheet-block';
import { parseVisitsBlock } from '../../sheets/terms-visits/visits-rows';

/** Terms lines and units used per line, computed from Visits as the check counts them (read only: a report writes nothing of Terms or Visits). */
export function sheetLineUsage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): (cases: readonly ScaCase[]) => LineUsage {
  return (cases) => {
    const terms = readTermsTable(readSheetBlock(spreadsheet, SHEETS.terms)?.values ?? [], timeZone);
    if (terms.linesByCase.size === 0) return { linesByCase: terms.linesByCase, unitsUsedByLine: new Map() };
    const { rules } = new SheetPlanRulesSource(spreadsheet).load();
    const casesById = new Map<string, ScaCase>();
    for (const c of cases) if (!casesById.has(caseIdKey(c.caseId))) casesById.set(caseIdKey(c.caseId), c);
    const visits = parseVisitsBlock(readSheetBlock(spreadsheet, SHEETS.visits), timeZone).rows;
    const run = runVisitCheck({ visits, casesById, linesByCase: terms.linesByCase, policyFor: (payer) => planRuleFor(payer, rules).visitPolicy });
    return { linesByCase: terms.linesByCase, unitsUsedByLine: run.unitsUsedByLine };
  };
}
