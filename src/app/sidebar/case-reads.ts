import { calendarDateOf, type IsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import type { CaseStateResultDto } from '../../dto/server-functions';
import type { CaseRecord } from '../../ports/case-repository';
import { readCaseContext, type CaseContext } from '../../sheets/case-context-reader';
import type { RecordContext } from '../../sheets/case-record';
import { displayValues, readCaseRow, type CaseRowRead, type RowSource } from '../../sheets/case-row-session';
import { readRenewalsOf } from '../../sheets/renewal-rows';
import { buildCaseState } from './case-state';
import { refusal } from './refusal';

/** The spreadsheet, its zone and today, read once per execution. */
export interface SidebarEnv {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly today: IsoDate;
  readonly now: Date;
}

export function sidebarEnv(): SidebarEnv {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  return { spreadsheet, timeZone, today: calendarDateOf(now, timeZone), now };
}

/** A case read with everything its state needs. */
export interface LoadedCase {
  readonly row: CaseRowRead;
  readonly record: CaseRecord & { readonly case: ScaCase };
  readonly context: CaseContext;
  readonly recordContext: RecordContext;
}

/**
 * Reads one case: context (Settings, Plan rules, its log rows) first — Service lines come from Settings —
 * then its row, by Case ID (getCaseState, saves) or at the selected row (opening).
 */
export function loadCase(
  env: SidebarEnv,
  caseId: string,
  source: RowSource = { kind: 'by-id' },
  settingsValues?: readonly (readonly unknown[])[],
): { ok: true; loaded: LoadedCase } | ReturnType<typeof refusal> {
  const context = readCaseContext(env.spreadsheet, env.timeZone, caseId, settingsValues);
  const recordContext: RecordContext = { timeZone: env.timeZone, serviceLines: context.settings.serviceLines };
  const lookup = readCaseRow(env.spreadsheet, recordContext, caseId, source);
  if (!lookup.ok) return refusal(lookup.reason, lookup.message);
  const { record } = lookup.row;
  if (!record.case) return refusal('case-not-found', `${caseId} is not on the Cases sheet any more.`);
  return { ok: true, loaded: { row: lookup.row, record: { ...record, fingerprint: record.fingerprint, case: record.case }, context, recordContext } };
}

/** The state of a loaded case (renewals read only if an end-date alert needs them). */
export function stateOf(env: SidebarEnv, loaded: LoadedCase, message = ''): CaseStateResultDto {
  const state = buildCaseState({
    record: loaded.record,
    values: displayValues(loaded.row, env.timeZone),
    context: loaded.context,
    today: env.today,
    renewals: () => readRenewalsOf(loaded.row, loaded.record.case.caseId, loaded.recordContext),
  });
  return { ok: true, state, message };
}

/** google.script.run getCaseState: one case by Case ID, computed live (with the Settings values when the caller just read them). */
export function caseStateById(env: SidebarEnv, caseId: string, settingsValues?: readonly (readonly unknown[])[]): CaseStateResultDto {
  const result = loadCase(env, caseId, { kind: 'by-id' }, settingsValues);
  return result.ok ? stateOf(env, result.loaded) : result;
}
