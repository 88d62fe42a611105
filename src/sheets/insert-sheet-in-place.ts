/**
 * insertSheet makes the new sheet the active one (Apps Script reference, Spreadsheet.insertSheet: "The new
 * sheet becomes the active sheet"). A log sheet created while saving from the sidebar or writing History
 * must not pull the person off the sheet they work on, so the sheet that was active is activated again.
 */
export function insertSheetInPlace(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, index?: number): GoogleAppsScript.Spreadsheet.Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = index === undefined ? spreadsheet.insertSheet(name) : spreadsheet.insertSheet(name, index);
  active.activate();
  return sheet;
}
