/**
 * The import's entry points: the menu item (opens the dialog) and the dialog's google.script.run calls.
 * Payloads are parsed with zod/mini here, at the boundary; refusals come back as {ok:false, reason, message}.
 */
import { DocumentPropertiesStore } from '../../apps-script/document-properties-store';
import { LockBusyError, LockServiceLock } from '../../apps-script/lock-service-lock';
import { SpreadsheetClock } from '../../apps-script/spreadsheet-clock';
import { mapPlanRows, planImport, type PlanOptions } from '../../domain/import/import-plan';
import type { ImportPreviewDto, ImportRefusalDto, ImportSourcesDto, ImportSummaryDto } from '../../dto/import';
import { CaseIdSequence } from '../../sheets/case-id-sequence';
import { importableSheets } from '../../sheets/import/import-sources';
import { SheetImportLog } from '../../sheets/import/import-log-sheet';
import { SheetHistoryLog } from '../../sheets/sheet-history-log';
import { SheetSettingsSource } from '../../sheets/sheet-settings-source';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { menuAction } from '../menu-action';
import { activeUserEmail } from '../tracker-services';
import { buildPreview } from './import-preview';
import { parseImportRequest, type ImportRequest } from './import-request';
import { loadSource } from './import-source';
import { runImport } from './run-import';

const TITLE = 'Import existing tracker';

/** Menu 'Import existing tracker…': the import dialog (wide enough for the preview table). */
export function importExistingTracker(): void {
  menuAction(TITLE, () => showImportDialog());
}

/** Opens dist/Import.html as a modal dialog. */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Import').setWidth(1000).setHeight(660);
  SpreadsheetApp.getUi().showModalDialog(html, TITLE);
}

/** google.script.run: the sheets that could be imported; the one with the most rows is suggested. */
export function getImportSources(): ImportSourcesDto {
  const sheets = importableSheets(SpreadsheetApp.getActiveSpreadsheet()).filter((s) => s.rows > 0);
  const suggested = [...sheets].sort((a, b) => b.rows - a.rows)[0]?.name ?? null;
  return { ok: true, sheets, suggested };
}

/** google.script.run: the proposed (or chosen) mapping and the preview of the first rows. */
export function previewImport(payload: unknown): ImportPreviewDto | ImportRefusalDto {
  return withRequest(payload, (request, spreadsheet, clock, serviceLines) => {
    const source = loadSource(spreadsheet, request.source);
    if (!source.ok) return source;
    const plan = planImport(source.rows, { timeZone: clock.timeZone(), serviceLines, today: clock.today(), ...choicesOf(request) });
    const cases = mapPlanRows(plan, clock.timeZone());
    return buildPreview(plan, cases, new SheetImportLog(spreadsheet).fingerprints(), source.label);
  });
}

/** google.script.run: imports the source with the chosen mapping; says how many rows, which had problems, and what was there already. */
export function importCases(payload: unknown): ImportSummaryDto | ImportRefusalDto {
  return withRequest(payload, (request, spreadsheet, clock, serviceLines) => {
    const source = loadSource(spreadsheet, request.source);
    if (!source.ok) return source;
    const timeZone = clock.timeZone();
    const plan = planImport(source.rows, { timeZone, serviceLines, today: clock.today(), ...choicesOf(request) });
    return runImport(
      {
        spreadsheet,
        timeZone,
        lock: new LockServiceLock(),
        ids: new CaseIdSequence(new DocumentPropertiesStore()),
        importLog: new SheetImportLog(spreadsheet),
        history: new SheetHistoryLog(spreadsheet),
        now: () => clock.now(),
        user: activeUserEmail(),
        progress: (done, total) => spreadsheet.toast(`Imported ${done} of ${total} rows…`, TITLE, 5),
      },
      mapPlanRows(plan, timeZone),
      source.label,
    );
  });
}

/** The person's header row and column choices, as plan options. */
function choicesOf(request: ImportRequest): Pick<PlanOptions, 'headerRow' | 'choices'> {
  return { ...(request.headerRow === undefined ? {} : { headerRow: request.headerRow }), ...(request.choices === undefined ? {} : { choices: request.choices }) };
}

type Work<T> = (request: ImportRequest, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: SpreadsheetClock, serviceLines: readonly string[]) => T | ImportRefusalDto;

function withRequest<T>(payload: unknown, work: Work<T>): T | ImportRefusalDto {
  const parsed = parseImportRequest(payload);
  if (!parsed.ok) return { ok: false, reason: 'invalid-input', message: parsed.message };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { settings } = new SheetSettingsSource(spreadsheet).load();
  try {
    return work(parsed.request, spreadsheet, new SpreadsheetClock(), settings.serviceLines);
  } catch (error) {
    if (error instanceof TrackerNotSetUpError || error instanceof LockBusyError) return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
}
