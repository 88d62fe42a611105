import { showOpenNotices } from './daily-check/open-notices';

/**
 * The menu, in order: [caption, public function] or 'separator'. One line per item so each capability adds
 * its own line; the intended order is Open sidebar, New case, Check selected case | Set up or repair tracker,
 * Import existing tracker…, Run daily check now, Turn daily alerts on/off, Pilot review, Settings | Help.
 */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string] | 'separator'> = [
  ['Open sidebar', 'openSidebar'],
  ['New case', 'newCase'],
  ['Check selected case', 'checkSelectedCase'],
  'separator',
  ['Set up or repair tracker', 'setUpTracker'],
  ['Import existing tracker…', 'importExistingTracker'],
  ['Run daily check now', 'runDailyCheckNow'],
  ['Turn daily alerts on/off', 'toggleDailyAlerts'],
  ['Pilot review', 'showPilotReview'],
  ['Settings', 'openSettings'],
  'separator',
  ['Help', 'showHelp'],
];

/**
 * The add-on menu. In AuthMode.NONE (add-on installed but not yet used in this document) onOpen may only
 * build the menu: no properties, no sheet reads. Otherwise it also says if daily alerts stopped running.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return;
  showOpenNotices();
}

function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  // A leading separator (nothing above it yet) is skipped, so the list can name every group boundary.
  let any = false;
  for (const item of MENU_ITEMS) {
    if (item === 'separator') {
      if (any) menu.addSeparator();
      continue;
    }
    menu.addItem(item[0], item[1]);
    any = true;
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from inside Sheets; by convention it builds the menu. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
