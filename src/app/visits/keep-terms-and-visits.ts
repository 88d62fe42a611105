import type { Problem, ScaCase } from '../../domain/case';
import type { CaseField } from '../../domain/case-columns';
import { caseIdKey } from '../../domain/case-id';
import { inertText } from '../../domain/inert-text';
import type { PlanRule } from '../../domain/plan-rule';
import { lineCheckText, modifications, summarizeLines } from '../../domain/terms-visits/terms-summary';
import { mapTermsHeaders, readTermsTable, type TermsTable } from '../../domain/terms-visits/terms-sheet';
import { runVisitCheck, type VisitRun } from '../../domain/terms-visits/visit-run';
import { cellValueFor } from '../../sheets/case-cell-values';
import { SHEETS } from '../../sheets/sheet-names';
import { readSheetBlock, writeBlockColumn, type SheetBlock } from '../../sheets/terms-visits/log-sheet-block';
import { parseVisitsBlock, type VisitsTable } from '../../sheets/terms-visits/visits-rows';
import { writeKeptCaseColumns, type CaseCellChange } from '../../sheets/terms-visits/kept-case-columns';

/** The Cases columns a case's Terms lines summarise. */
export const SUMMARY_FIELDS: readonly CaseField[] = ['approvedCodes', 'unitsApproved', 'approvedRate', 'startDate', 'endDate'];

/** What keeping the terms and visits needs: the cases as just read, and each payer's plan rule. */
export interface KeepInput {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly cases: readonly ScaCase[];
  readonly planRuleFor: (payer: string) => PlanRule;
}

/** What a keep computed and changed. */
export interface KeepOutcome {
  readonly terms: TermsTable;
  readonly visits: VisitsTable;
  readonly run: VisitRun;
  /** Cases cells the add-on set (a hand edit of a kept cell shows up here, put back). */
  readonly caseChanges: readonly CaseCellChange[];
}

/**
 * Re-checks every visit against the terms and writes what the add-on keeps, in one batch per column:
 * Visits' Check result and Reason, Terms' Units used and Line check, and on Cases the summary of each case
 * with lines and the Units used of each case with visits. Callers hold the document lock: everything is
 * read here, under it, and rows are located by Case ID (Cases) or by the row just read (Terms, Visits).
 * Spreadsheet calls do not grow with the number of visits, lines or cases.
 */
export function keepTermsAndVisits(input: KeepInput): KeepOutcome {
  const { spreadsheet, timeZone } = input;
  const termsBlock = readSheetBlock(spreadsheet, SHEETS.terms);
  const visitsBlock = readSheetBlock(spreadsheet, SHEETS.visits);
  const termsMap = mapTermsHeaders(termsBlock?.values[0] ?? []);
  const terms = readTermsTable(termsBlock?.values ?? [], timeZone, termsMap);
  const visits = parseVisitsBlock(visitsBlock, timeZone);
  const casesById = new Map<string, ScaCase>();
  for (const c of input.cases) {
    const key = caseIdKey(c.caseId);
    if (key !== '' && !casesById.has(key)) casesById.set(key, c);
  }
  const run = runVisitCheck({
    visits: visits.rows,
    casesById,
    linesByCase: terms.linesByCase,
    policyFor: (payer) => input.planRuleFor(payer).visitPolicy,
  });
  if (visitsBlock) writeVisitResults(visitsBlock, visits, run);
  if (termsBlock) writeLineCells(termsBlock, terms, run, casesById, termsMap.columns);
  const caseChanges = writeCaseCells(spreadsheet, timeZone, terms, run);
  return { terms, visits, run, caseChanges };
}

function writeVisitResults(block: SheetBlock, visits: VisitsTable, run: VisitRun): void {
  const results = new Map<number, string>();
  const reasons = new Map<number, string>();
  for (const [row, r] of run.rows) {
    results.set(row, r.result);
    reasons.set(row, inertText(r.reason));
  }
  writeBlockColumn(block, visits.map.columns.checkResult, results);
  writeBlockColumn(block, visits.map.columns.reason, reasons);
}

function writeLineCells(
  block: SheetBlock,
  terms: TermsTable,
  run: VisitRun,
  casesById: ReadonlyMap<string, ScaCase>,
  columns: ReturnType<typeof mapTermsHeaders>['columns'],
): void {
  const used = new Map<number, number | string>();
  const checks = new Map<number, string>();
  for (const [key, lines] of terms.linesByCase) {
    const c = casesById.get(key) ?? null;
    const summary = summarizeLines(lines);
    for (const line of lines) {
      used.set(line.rowNumber, run.unitsUsedByLine.get(line.rowNumber) ?? 0);
      checks.set(line.rowNumber, c ? lineCheckText(modifications(line, c, summary)) : 'No case on the Cases sheet has this Case ID.');
    }
  }
  for (const [row, problems] of terms.problems) {
    used.set(row, '');
    checks.set(row, inertText(`Not used: ${problemsText(problems)}`));
  }
  writeBlockColumn(block, columns.unitsUsed, used);
  writeBlockColumn(block, columns.lineCheck, checks);
}

function problemsText(problems: readonly Problem[]): string {
  return problems.map((p) => p.message).join(' ');
}

function writeCaseCells(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string, terms: TermsTable, run: VisitRun): CaseCellChange[] {
  const sheet = spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet || (terms.linesByCase.size === 0 && run.unitsUsedByCase.size === 0)) return [];
  const byId = new Map<string, Partial<Record<CaseField, unknown>>>();
  for (const [key, lines] of terms.linesByCase) {
    const summary = summarizeLines(lines);
    if (!summary) continue;
    const cells: Partial<Record<CaseField, unknown>> = {};
    for (const field of SUMMARY_FIELDS) cells[field] = cellValueFor(field, summary[field as keyof typeof summary], timeZone);
    byId.set(key, cells);
  }
  for (const [key, units] of run.unitsUsedByCase) byId.set(key, { ...byId.get(key), unitsUsed: units });
  return writeKeptCaseColumns(sheet, [...SUMMARY_FIELDS, 'unitsUsed'], byId);
}
