import { caseIdKey } from '../../domain/case-id';
import { mapTermsHeaders, readTermsTable, type TermsLine } from '../../domain/terms-visits/terms-sheet';
import { payloadProblem, SAVE_TERMS_SCHEMA } from '../../domain/terms-visits/visit-payloads';
import type { SaveTermsResult, TermsLineDto, TermsLinesResult, VisitsRefusal } from '../../dto/visits';
import { SpreadsheetClock } from '../../apps-script/spreadsheet-clock';
import { hash53 as hash } from '../../domain/cyrb53';
import { SHEETS } from '../../sheets/sheet-names';
import { readSheetBlock } from '../../sheets/terms-visits/log-sheet-block';
import { replaceLineRows } from '../../sheets/terms-visits/terms-rows-writer';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { serverCall } from '../menu-action';
import { keepUnderLock } from './keep-under-lock';
import { caseRefusal } from './log-visit-action';
import { visitsCall } from './visits-call';

/** google.script.run: the case's usable Terms lines and the basis to send back with saveTermsLines. */
export function getTermsLines(caseId: unknown): TermsLinesResult {
  return serverCall(() =>
    visitsCall((): TermsLinesResult => {
      const id = typeof caseId === 'string' ? caseId.trim().toUpperCase() : '';
      if (!/^SCA-\d{4,}$/.test(id)) return { ok: false, reason: 'invalid-input', message: 'caseId: a Case ID looks like SCA-0001' };
      const lines = linesOf(SpreadsheetApp.getActiveSpreadsheet(), new SpreadsheetClock().timeZone(), id).lines;
      return answer(id, lines);
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
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const timeZone = new SpreadsheetClock().timeZone();
      const { value, outcome } = keepUnderLock((cases): VisitsRefusal | null => {
        const refusal = caseRefusal(cases, caseId);
        if (refusal) return refusal;
        const current = linesOf(spreadsheet, timeZone, caseId);
        if (basisOf(current.lines) !== basis) {
          return { ok: false, reason: 'terms-changed', message: `The Terms lines of ${caseId} changed since they were opened; reload them and try again.` };
        }
        replaceLineRows(current.block, current.map, timeZone, caseId, current.lines, lines);
        return null;
      });
      if (value) return value;
      return answer(caseId, outcome.terms.linesByCase.get(caseIdKey(caseId)) ?? []);
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

function answer(caseId: string, lines: readonly TermsLine[]): TermsLinesResult {
  return { ok: true, caseId, lines: lines.map(toDto), basis: basisOf(lines) };
}
