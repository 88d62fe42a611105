import { DocumentCacheStore } from '../../apps-script/document-cache-store';
import { DocumentPropertiesStore } from '../../apps-script/document-properties-store';
import { MailAppMailer } from '../../apps-script/mail-app-mailer';
import { ScriptAppTriggers } from '../../apps-script/script-app-triggers';
import { activeUserEmail, effectiveUserEmail } from '../../apps-script/session-user';
import { sendingAccount } from '../../apps-script/sending-account';
import type { LoadedSettings, SettingsSource } from '../../ports/settings-source';
import { SHEETS } from '../../sheets/sheet-names';
import { withSheetLookupsOnce } from '../../sheets/sheet-lookups';
import { readInNetworkAttempts } from '../../sheets/in-network-attempts';
import { readAcknowledgements } from '../../sheets/acknowledgements-reader';
import { SheetPlanRulesSource } from '../../sheets/sheet-plan-rules-source';
import { SheetRunLog } from '../../sheets/sheet-run-log';
import { SettingsStatusBoard } from '../../sheets/settings-status-board';
import { SheetSettingsSource } from '../../sheets/sheet-settings-source';
import { assignMissingIds } from '../cases/assign-missing-ids';
import { FallbackStore } from '../fallback-store';
import { trackerServices } from '../tracker-services';
import type { UnattendedPorts } from './unattended-run';
import { sheetLineAlerts } from '../visits/daily-line-alerts';

/** Settings are read once per run, however many steps ask for them. */
function readOnce(source: SettingsSource): SettingsSource {
  let loaded: LoadedSettings | undefined;
  return { load: () => (loaded ??= source.load()) };
}

/** The real adapters for the daily check, wired for the active spreadsheet. */
export function dailyCheckPorts(via: 'daily check' = 'daily check'): UnattendedPorts {
  const spreadsheet = withSheetLookupsOnce(SpreadsheetApp.getActiveSpreadsheet());
  const store = new DocumentPropertiesStore();
  const settings = readOnce(new SheetSettingsSource(spreadsheet));
  const loaded = settings.load().settings;
  const services = trackerServices(loaded.serviceLines, spreadsheet);
  // The spreadsheet's URL and the Cases sheet's id make the digest's row links: asked for once, and only by a
  // run that mails a link (a run with nothing to send, or a failure email only, does without them).
  let sheetLink: string | undefined;
  const linkToCases = (): string => (sheetLink ??= `${spreadsheet.getUrl()}#gid=${spreadsheet.getSheetByName(SHEETS.cases)?.getSheetId() ?? 0}`);
  return {
    cases: services.cases,
    settings,
    planRules: new SheetPlanRulesSource(spreadsheet, loaded.defaultTurnaroundDays),
    mailer: new MailAppMailer(),
    store,
    noticeStore: new FallbackStore(store, new DocumentCacheStore()),
    lock: services.lock,
    clock: services.clock,
    runLog: new SheetRunLog(spreadsheet),
    acknowledgements: () => readAcknowledgements(spreadsheet, services.clock.timeZone()),
    status: new SettingsStatusBoard(spreadsheet),
    rowLink: (row) => `${linkToCases()}&range=A${row}`,
    // Only a failure email names the spreadsheet: asked for then, not on every run.
    get spreadsheetName() {
      return spreadsheet.getName();
    },
    get spreadsheetUrl() {
      return spreadsheet.getUrl();
    },
    inNetworkAttempts: () => readInNetworkAttempts(spreadsheet, services.clock.timeZone()),
    lineAlerts: sheetLineAlerts(spreadsheet, services.clock.timeZone()),
    assignMissingIds: () => assignMissingIds(services, { user: activeUserEmail(), via }),
    triggers: new ScriptAppTriggers(),
    effectiveUser: effectiveUserEmail,
    sendingAccount,
  };
}
