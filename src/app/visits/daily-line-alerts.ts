import { sortAlerts, type Alert } from '../../domain/alert';
import { lineAlerts, withLineAlerts } from '../../domain/alert-rules/line-rules';
import { ruleContext } from '../../domain/alert-rules/rule-context';
import type { IsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import type { PlanRule } from '../../domain/plan-rule';
import { indexRenewals } from '../../domain/renewal-index';
import type { Settings } from '../../domain/settings';
import { caseIdKey } from '../../domain/case-id';
import { summarizeLines } from '../../domain/terms-visits/terms-summary';
import type { TermsLine } from '../../domain/terms-visits/terms-sheet';
import { keepTermsAndVisits } from './keep-terms-and-visits';

/** What the daily check hands over: the cases it read (under its lock), today, settings, plan rules. */
export interface LineAlertsInput {
  readonly cases: readonly ScaCase[];
  readonly today: IsoDate;
  readonly settings: Settings;
  readonly ruleFor: (payer: string) => PlanRule;
}

/** The cases as the add-on keeps them, their lines, and the per-line alerts. */
export interface KeptForAlerts {
  readonly cases: readonly ScaCase[];
  readonly linesByCase: ReadonlyMap<string, readonly TermsLine[]>;
  readonly alerts: readonly Alert[];
}

/** The daily check's port: keeps Terms and Visits, returns the cases with their kept columns and the per-line alerts. */
export type LineAlertsPort = (input: LineAlertsInput) => KeptForAlerts;

/** The port for this spreadsheet: re-checks every visit (the terms or a status may have changed) and writes what the add-on keeps. */
export function sheetLineAlerts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): LineAlertsPort {
  return ({ cases, today, settings, ruleFor }) => {
    const kept = keepTermsAndVisits({ spreadsheet, timeZone, cases, planRuleFor: ruleFor });
    const current = cases.map((c) => withKeptColumns(c, kept.terms.linesByCase, kept.run.unitsUsedByCase));
    const { unitsLowPercent } = ruleContext(today, settings, ruleFor, indexRenewals([]));
    const alerts = lineAlerts({ today, unitsLowPercent, cases: current, linesByCase: kept.terms.linesByCase, visitsByLine: kept.run.visitsByLine });
    return { cases: current, linesByCase: kept.terms.linesByCase, alerts };
  };
}

/** A case with the values the add-on just wrote in its kept columns (the daily check read it before). */
function withKeptColumns(c: ScaCase, linesByCase: ReadonlyMap<string, readonly TermsLine[]>, unitsUsed: ReadonlyMap<string, number>): ScaCase {
  const key = caseIdKey(c.caseId);
  const summary = summarizeLines(linesByCase.get(key) ?? []);
  const used = unitsUsed.get(key);
  if (!summary && used === undefined) return c;
  return { ...c, ...(summary ?? {}), unitsUsed: used ?? c.unitsUsed };
}

/** The alerts of the run: whole-case alerts on the cases as kept, and — when the port is wired — the line alerts in place of the whole-case units alerts of cases with lines. */
export function addLineAlerts(port: LineAlertsPort | undefined, input: LineAlertsInput, caseAlerts: (cases: readonly ScaCase[]) => Alert[]): Alert[] {
  if (!port) return caseAlerts(input.cases);
  const kept = port(input);
  return sortAlerts(withLineAlerts(caseAlerts(kept.cases), kept.linesByCase, kept.alerts));
}
