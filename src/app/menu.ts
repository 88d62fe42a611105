/** The add-on menu. In AuthMode.NONE onOpen may only build the menu: no properties, no sheet reads. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'showHelp').addToUi();
}

/** Runs when the add-on is installed from inside Sheets; by convention it builds the menu. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
