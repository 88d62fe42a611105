import { attemptsFor } from '../domain/in-network-search-sheet';
import { planRuleFor } from '../domain/plan-rule-lookup';
import { brokenTrackerMessage, trackerGaps } from '../domain/tracker-gaps';
import type { SidebarStateFailure } from '../dto/sidebar-state';
import { readInNetworkAttempts } from '../sheets/in-network-attempts';
import { SheetPlanRulesSource } from '../sheets/sheet-plan-rules-source';
import { SheetSettingsSource } from '../sheets/sheet-settings-source';
import { SHEETS } from '../sheets/sheet-names';
import { caseOverview, type CaseOverview } from './cases/case-overview';
import { trackerServices } from './tracker-services';

/** The case under the cursor, a hint when the cursor is not on one, or why it cannot be shown. */
export type SelectedCase =
  | { readonly kind: 'case'; readonly overview: CaseOverview }
  | { readonly kind: 'hint'; readonly message: string }
  | { readonly kind: 'failure'; readonly reason: SidebarStateFailure; readonly message: string };

const NOT_SET_UP = brokenTrackerMessage(['the Cases sheet']);

/**
 * Reads the case on the active row of the Cases sheet with everything needed to explain it. All cases are
 * read in one batched read (so a duplicate ID elsewhere is seen), plus Settings, Plan rules and the
 * In-network search log: the number of calls does not grow with the number of cases.
 */
export function readSelectedCase(): SelectedCase {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet.getSheetByName(SHEETS.cases)) return { kind: 'failure', reason: 'tracker-not-set-up', message: NOT_SET_UP };
  const sheet = spreadsheet.getActiveSheet();
  if (sheet.getName() !== SHEETS.cases) return { kind: 'hint', message: 'Select a case row on the Cases sheet to see it here.' };
  const rowNumber = (sheet.getCurrentCell() ?? sheet.getActiveRange())?.getRow() ?? 1;
  if (rowNumber < 2) return { kind: 'hint', message: 'Select a case row (below the header) on the Cases sheet.' };

  const settings = new SheetSettingsSource(spreadsheet).load().settings;
  const services = trackerServices(settings.serviceLines);
  const table = services.cases.loadAll();
  const gaps = trackerGaps({ cases: table.sheetProblems, settings: [] });
  if (gaps.length > 0) return { kind: 'failure', reason: 'tracker-not-set-up', message: brokenTrackerMessage(gaps) };
  const record = table.records.find((r) => r.rowNumber === rowNumber);
  if (!record?.case) return { kind: 'hint', message: `Row ${rowNumber} has no case. Choose New case to start one.` };
  const c = record.case;
  if (c.caseId === '') {
    return { kind: 'failure', reason: 'row-unreadable', message: `Row ${rowNumber} has no Case ID yet; edit the row (or wait for the daily check) and it gets one.` };
  }
  const duplicate = record.problems.find((p) => p.code === 'duplicate_case_id');
  if (duplicate) return { kind: 'failure', reason: 'duplicate-case-id', message: duplicate.message };

  const rules = new SheetPlanRulesSource(spreadsheet, settings.defaultTurnaroundDays).load().rules;
  const timeZone = services.clock.timeZone();
  const overview = caseOverview({
    case: c,
    rowNumber,
    rowProblems: record.problems,
    planRule: planRuleFor(c.payer, rules, settings.defaultTurnaroundDays),
    inNetworkAttempts: attemptsFor(c.caseId, readInNetworkAttempts(spreadsheet, timeZone)).length,
    settings,
    today: services.clock.today(),
  });
  return { kind: 'case', overview };
}
