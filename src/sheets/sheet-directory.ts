/**
 * The spreadsheet for one execution that visits every sheet (set-up): all sheets and their names read once at
 * the start (getSheets, then getName each), so looking a sheet up — found or missing — counting the sheets and
 * listing them cost no call. Sheets this execution inserts at a given position are added; a sheet deleted
 * through it is dropped. A sheet renamed during the execution is not seen: the callers rename none.
 * Everything else goes straight to the spreadsheet.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One sheet and its name, as the directory read it. */
export interface NamedSheet {
  readonly name: string;
  readonly sheet: Sheet;
}

const directories = new WeakMap<Spreadsheet, NamedSheet[]>();

export function withSheetDirectory(spreadsheet: Spreadsheet): Spreadsheet {
  const sheets: NamedSheet[] = spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), sheet }));
  let inOrder = true;
  const byName = (name: string): Sheet | null => sheets.find((s) => s.name === name)?.sheet ?? null;
  const handlers: Partial<Record<keyof Spreadsheet, (...args: never[]) => unknown>> = {
    getSheetByName: (name: string) => byName(name),
    getNumSheets: () => sheets.length,
    getSheets: () => (inOrder ? sheets.map((s) => s.sheet) : spreadsheet.getSheets()),
    // insertSheet(name, index) places the sheet at `index` (0-based), where the list keeps it; without an index
    // the place is Sheets' choice: the sheet is known, the order no longer (getSheets asks again).
    insertSheet: (name: string, index?: number) => {
      const sheet = index === undefined ? spreadsheet.insertSheet(name) : spreadsheet.insertSheet(name, index);
      sheets.splice(index === undefined ? sheets.length : Math.min(Math.max(index, 0), sheets.length), 0, { name, sheet });
      inOrder &&= index !== undefined;
      return sheet;
    },
    deleteSheet: (sheet: Sheet) => {
      spreadsheet.deleteSheet(sheet);
      const at = sheets.findIndex((s) => s.sheet === sheet);
      if (at >= 0) sheets.splice(at, 1);
    },
  };
  const proxy = new Proxy(spreadsheet, {
    get(target, property) {
      const handler = handlers[property as keyof Spreadsheet];
      if (handler) return handler;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  directories.set(proxy, sheets);
  return proxy;
}

/** Every sheet with its name (in no promised order): from the directory when `spreadsheet` is one (no call), else read (1 + a call a sheet). */
export function namedSheets(spreadsheet: Spreadsheet): NamedSheet[] {
  const known = directories.get(spreadsheet);
  if (known) return [...known];
  return spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), sheet }));
}
