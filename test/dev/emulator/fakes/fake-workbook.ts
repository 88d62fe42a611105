/**
 * A tiny WorkbookModel for the environment's own tests: sheets of values read and written from A1, enough
 * to prove the wiring (auth, Ui, host Dates through getValues) without depending on the real model.
 */
import type { CellValue, WorkbookSnapshot } from '../../../../dev/emulator/api';
import { counted } from '../../../../dev/emulator/call-counter';
import type { CreateWorkbook, WorkbookModel } from '../../../../dev/emulator/spreadsheet/contract';

export const createFakeWorkbook: CreateWorkbook = (options) => {
  const { host } = options;
  const sheets = new Map<string, CellValue[][]>(
    Object.entries(((options.snapshot?.sheets ?? { Sheet1: [] }) as Record<string, CellValue[][]>)),
  );
  const sheet = (name: string) => {
    host.auth.require('LIMITED', 'Spreadsheet.getSheetByName');
    if (!sheets.has(name)) return null;
    return counted(
      {
        getName: () => name,
        getDataRange: () =>
          counted({ getValues: () => (sheets.get(name) ?? []).map((r) => [...r]) }, 'Range', host.counter),
      },
      'Sheet',
      host.counter,
    );
  };
  const spreadsheet = counted(
    {
      getId: () => options.id,
      getName: () => options.name,
      getSpreadsheetTimeZone: () => options.timeZone,
      getSheetByName: sheet,
      toast: (message: string, title = '', timeout = 5) => host.toast(message, title, timeout),
    },
    'Spreadsheet',
    host.counter,
  ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const spreadsheetApp = counted(
    {
      getUi: () => host.ui(),
      getActiveSpreadsheet: () => {
        host.auth.require('LIMITED', 'SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
    },
    'SpreadsheetApp',
    host.counter,
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const notImplemented = (): never => {
    throw new Error('not in the fake workbook');
  };
  const model: WorkbookModel = {
    timeZone: options.timeZone,
    spreadsheetApp,
    spreadsheet,
    userEdit: notImplemented,
    userPaste: notImplemented,
    select: notImplemented,
    readValues: (name) => (sheets.get(name) ?? []).map((r) => [...r]),
    readDisplay: (name) => (sheets.get(name) ?? []).map((r) => r.map(String)),
    writeValues: (name, a1, values) => {
      if (a1 !== 'A1') throw new Error('the fake workbook writes from A1 only');
      sheets.set(name, values.map((r) => [...r]));
    },
    render: notImplemented,
    sheetNames: () => [...sheets.keys()],
    toSnapshot: (): WorkbookSnapshot => ({ version: 1, sheets: Object.fromEntries(sheets) }),
  };
  return model;
};
