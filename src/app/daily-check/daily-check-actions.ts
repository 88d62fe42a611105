import { DocumentPropertiesStore } from '../../apps-script/document-properties-store';
import { ScriptAppTriggers } from '../../apps-script/script-app-triggers';
import { SpreadsheetClock } from '../../apps-script/spreadsheet-clock';
import { UiNotifier } from '../../apps-script/ui-notifier';
import { SettingsStatusBoard } from '../../sheets/settings-status-board';
import { SheetSettingsSource } from '../../sheets/sheet-settings-source';
import { chooseDailyAlerts } from '../daily-alerts/daily-alerts-dialog';
import { menuAction } from '../menu-action';
import { withTrackerErrors } from '../tracker-errors';
import { activeUserEmail, trackerServices } from '../tracker-services';
import { dailyCheckPorts } from './daily-check-wiring';
import { runDailyCheck, type DailyCheckSummary } from './run-daily-check';
import { runUnattended } from './unattended-run';

/** The time trigger's handler: never throws, reports its own failures (Apps Script sends none for add-ons). */
export function onDailyTrigger(_e?: GoogleAppsScript.Events.TimeDriven): void {
  runUnattended(dailyCheckPorts());
}

/** Menu 'Run daily check now': the same check, with a summary for the person who asked. */
export function runDailyCheckNow(): void {
  menuAction('Daily check', () =>
    withTrackerErrors(() => {
      const summary = runDailyCheck(dailyCheckPorts(), 'daily check (menu)');
      new UiNotifier().alert('Daily check', describe(summary));
    }),
  );
}

/** Menu 'Turn daily alerts on/off'. */
export function toggleDailyAlerts(): void {
  menuAction('Daily alerts', () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const settings = new SheetSettingsSource(spreadsheet);
    const ports = {
      triggers: new ScriptAppTriggers(),
      store: new DocumentPropertiesStore(),
      settings,
      status: new SettingsStatusBoard(spreadsheet),
      clock: new SpreadsheetClock(),
      activeUser: activeUserEmail,
      recipients: () => digestAddresses(settings),
    };
    chooseDailyAlerts(ports, new UiNotifier());
  });
}

/** Every address a digest may go to: the alert recipients and each case's Owner (read only when asked). */
function digestAddresses(settings: SheetSettingsSource): string[] {
  const loaded = settings.load().settings;
  const owners = trackerServices(loaded.serviceLines).cases.loadAll().records.map((r) => r.case?.owner ?? '');
  return [...loaded.alertRecipients, ...owners].filter((a) => a !== '');
}

function describe(s: DailyCheckSummary): string {
  const lines = [
    `Checked ${s.casesRead} case${s.casesRead === 1 ? '' : 's'}: ${s.casesFlagged} flagged, ${s.alerts} alert${s.alerts === 1 ? '' : 's'} in all.`,
    `Emails: ${s.emails.sent} sent, ${s.emails.skipped} already sent today${s.emails.pending ? `, ${s.emails.pending} waiting for email quota (sent on the next run)` : ''}.`,
  ];
  if (s.rowsWithProblems) lines.push(`${s.rowsWithProblems} row${s.rowsWithProblems === 1 ? ' has' : 's have'} problems: see the Problems column.`);
  if (s.settingsProblems) lines.push(`${s.settingsProblems} setting${s.settingsProblems === 1 ? ' is' : 's are'} invalid; defaults were used. See Settings.`);
  for (const error of s.emails.errors) lines.push(`Not sent: ${error}`);
  return lines.join('\n');
}
