import { withSheetLookupsOnce } from '../../sheets/sheet-lookups';

/**
 * The spreadsheet as one onEdit execution uses it: each sheet looked up once, and the time zone asked once —
 * the edit handlers, the clock and the case repository each want it, and every ask is a round trip to Google.
 * The zone cannot change in the second an edit's check takes. Everything else goes straight to the spreadsheet.
 */
export function editSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const lookups = withSheetLookupsOnce(spreadsheet);
  let zone: string | undefined;
  const timeZone = (): string => (zone ??= lookups.getSpreadsheetTimeZone());
  return new Proxy(lookups, {
    get(target, property) {
      return property === 'getSpreadsheetTimeZone' ? timeZone : Reflect.get(target, property);
    },
  });
}
