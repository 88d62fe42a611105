import { LockServiceLock } from '../apps-script/lock-service-lock';
import { summariseSetup } from '../domain/setup-summary';
import { MISSING_SHEET } from '../domain/tracker-gaps';
import { SheetRunLog } from '../sheets/sheet-run-log';
import { SheetSettingsSource } from '../sheets/sheet-settings-source';
import { SHEETS } from '../sheets/sheet-names';
import { withSheetDirectory } from '../sheets/sheet-directory';
import { setUpTrackerSheets, TRACKER_SHEETS } from '../sheets/setup/tracker-setup';
import { offerImport } from './import/offer-import';
import { menuAction } from './menu-action';
import { withTrackerErrors } from './tracker-errors';

const TITLE = 'Set up or repair tracker';

/**
 * Menu 'Set up or repair tracker': creates what is missing, repairs what is broken, changes nothing else,
 * and says what it did. A run that changed something is written to the Run log; a run that found everything
 * in order writes nothing at all, so running it twice leaves the workbook exactly as the first run did.
 */
export function setUpTracker(): void {
  menuAction(TITLE, () => {
    // Set-up visits every sheet: all of them and their names are read once, then looking up, counting and
    // listing sheets (Settings, each tracker sheet, the import offer) costs nothing more.
    const spreadsheet = withSheetDirectory(SpreadsheetApp.getActiveSpreadsheet());
    const started = Date.now();
    const loaded = new SheetSettingsSource(spreadsheet).load();
    const { settings } = loaded;
    // A missing Settings sheet is what this run creates, not a setting to check.
    const problems = loaded.problems.filter((p) => p.code !== MISSING_SHEET);
    // One writer at a time: the daily check or a sidebar save must not see a half-built sheet.
    const changes = withTrackerErrors(() => new LockServiceLock().withLock(30_000, () => setUpTrackerSheets(spreadsheet, settings.serviceLines)));
    const message = summariseSetup(changes, TRACKER_SHEETS.length);
    if (changes.length > 0) {
      new SheetRunLog(spreadsheet).append({
        at: new Date(),
        run: 'setup',
        casesRead: 0,
        alerts: 0,
        emailsSent: 0,
        emailsPending: 0,
        problems: problems.length,
        durationMs: Date.now() - started,
        outcome: message,
      });
    }
    if (changes.some((c) => c.kind === 'createdSheet' && c.sheet === SHEETS.cases)) spreadsheet.getSheetByName(SHEETS.cases)?.activate();
    const settingsNote = problems.length > 0 ? `\n\nSettings to check (defaults are used meanwhile):\n${problems.map((p) => `• ${p.message}`).join('\n')}` : '';
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, message + settingsNote, ui.ButtonSet.OK);
    offerImport(spreadsheet);
  });
}
