import { calendarDateOf } from '../../domain/calendar-date';
import { caseIdKey } from '../../domain/case-id';
import { planRuleFor } from '../../domain/plan-rule-lookup';
import { mapTermsHeaders, readTermsTable, type TermsLine } from '../../domain/terms-visits/terms-sheet';
import { payloadProblem, SAVE_TERMS_SCHEMA } from '../../domain/terms-visits/visit-payloads';
import type { SaveTermsResult, TermsLineDto, TermsLinesResult, VisitsRefusal } from '../../dto/visits';
import { hash53 as hash } from '../../domain/cyrb53';
import { SHEETS } from '../../sheets/sheet-names';
import { SheetPlanRulesSource } from '../../sheets/sheet-plan-rules-source';
import { parseVisitsBlock } from '../../sheets/terms-visits/visits-rows';
import { readSheetBlock } from '../../sheets/terms-visits/log-sheet-block';
import { replaceLineRows } from '../../sheets/terms-visits/terms-rows-writer';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { withSheetLookupsOnce } from '../../sheets/sheet-lookups';
import { serverCall } from '../menu-action';
import { trackerServices, type TrackerServices } from '../tracker-services';
import { caseVisitsDetail, checkedCaseVisits, type CaseVisitsDetail } from './case-visits-detail';
import { keepUnderLock } from './keep-under-lock';
import { caseRefusal } from './log-visit-action';
import { visitsCall } from './visits-call';

/** google.script.run: the case's usable Terms lines and the basis to send back with saveTermsLines. */
export function getTermsLines(caseId: unknown): TermsLinesResult {
  return serverCall(() =>
    visitsCall((): TermsLinesResult => {
      const id = typeof caseId === 'string' ? caseId.trim().toUpperCase() : '';
      if (!/^SCA-\d{4,}$/.test(id)) return { ok: false, reason: 'invalid-input', message: 'caseId: a Case ID looks like SCA-0001' };
      const services = trackerServices();
      const lines = linesOf(services.spreadsheet, services.clock.timeZone(), id).lines;
      return answer(id, lines, readDetail(services, id, lines));
    }),
  );
}

/**
 * google.script.run: replaces the case's usable Terms lines with `lines` (rows with unreadable cells are
 * left for the clinic to fix on the sheet). Under the lock the case is located by Case ID and the lines
 * are compared with `basis`: a change made meanwhile (another user, a hand edit) refuses the save. Then
 * the case's summary columns and every visit are kept again.
 */
export function saveTermsLines(payload: unknown): SaveTermsResult {
  return serverCall(() =>
    visitsCall((): SaveTermsResult => {
      const parsed = SAVE_TERMS_SCHEMA.safeParse(payload);
      if (!parsed.success) return { ok: false, reason: 'invalid-input', message: payloadProblem(parsed.error) };
      const { caseId, basis, lines } = parsed.data;
      // One wiring for the whole call: the spreadsheet and its zone are asked for once, each sheet looked up once.
      const services = trackerServices(undefined, withSheetLookupsOnce(SpreadsheetApp.getActiveSpreadsheet()));
      const { spreadsheet } = services;
      const timeZone = services.clock.timeZone();
      const { value, outcome } = keepUnderLock((cases): VisitsRefusal | null => {
        const refusal = caseRefusal(cases, caseId);
        if (refusal) return refusal;
        const current = linesOf(spreadsheet, timeZone, caseId);
        if (basisOf(current.lines) !== basis) {
          return { ok: false, reason: 'terms-changed', message: `The Terms lines of ${caseId} changed since they were opened; reload them and try again.` };
        }
        replaceLineRows(current.block, current.map, timeZone, caseId, current.lines, lines);
        return null;
      }, services);
      if (value) return value;
      const saved = outcome.terms.linesByCase.get(caseIdKey(caseId)) ?? [];
      return answer(caseId, saved, caseVisitsDetail(caseId, saved, outcome.visits, outcome.run, calendarDateOf(new Date(), timeZone)));
    }),
  );
}

function linesOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string, caseId: string) {
  const block = readSheetBlock(spreadsheet, SHEETS.terms);
  if (!block) throw new TrackerNotSetUpError('There is no Terms sheet yet. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker first.');
  const map = mapTermsHeaders(block.values[0] ?? []);
  const lines = readTermsTable(block.values, timeZone, map).linesByCase.get(caseIdKey(caseId)) ?? [];
  return { block, map, lines };
}

function toDto(line: TermsLine): TermsLineDto {
  return { code: line.code, modifier: line.modifier, units: line.units, per: line.per, rate: line.rate, start: line.start, end: line.end, note: line.note };
}

/** What the lines were when read: rows and values. */
function basisOf(lines: readonly TermsLine[]): string {
  return hash(JSON.stringify(lines.map((l) => [l.rowNumber, toDto(l)])));
}

function answer(caseId: string, lines: readonly TermsLine[], detail: CaseVisitsDetail): TermsLinesResult {
  return { ok: true, caseId, lines: lines.map(toDto), basis: basisOf(lines), ...detail };
}

/** The case's visits checked against its lines, read only (no lock: nothing is written). Calls do not grow with cases or visits. */
function readDetail(services: TrackerServices, caseId: string, lines: readonly TermsLine[]): CaseVisitsDetail {
  const { spreadsheet, clock } = services;
  const record = services.cases.findById(caseId);
  const c = record?.case ?? null;
  const { rules } = new SheetPlanRulesSource(spreadsheet).load();
  const visits = parseVisitsBlock(readSheetBlock(spreadsheet, SHEETS.visits), clock.timeZone());
  return checkedCaseVisits(c, caseId, lines, visits, planRuleFor(c?.payer ?? '', rules), clock.today());
}
