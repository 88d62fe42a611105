/**
 * The spreadsheet for one execution with each sheet looked up once: every `getSheetByName` is a round trip
 * to Google, and one daily check asks for Settings, Cases and the logs from several adapters. Only sheets
 * found are remembered (a sheet created later in the execution is still found); deleting a sheet through
 * this object forgets them all. Everything else goes straight to the spreadsheet.
 */
export function withSheetLookupsOnce(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const found = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  const getSheetByName = (name: string): GoogleAppsScript.Spreadsheet.Sheet | null => {
    const known = found.get(name);
    if (known) return known;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) found.set(name, sheet);
    return sheet;
  };
  return new Proxy(spreadsheet, {
    get(target, property) {
      if (property === 'getSheetByName') return getSheetByName;
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (property === 'deleteSheet') found.clear();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
