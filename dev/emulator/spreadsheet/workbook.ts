/**
 * createWorkbook: the emulated spreadsheet behind the contract. A new workbook has one empty 'Sheet1'
 * (gid 0, 1000 × 26) unless a snapshot is given. The uncounted helpers (readValues, writeValues, ...) are for
 * tests and the preview and bypass auth and the call counter.
 */
import type { CellValue } from '../api';
import { parseA1, resolveA1 } from './a1-notation';
import { ensureSize, readStored, readValues, writeScriptValues } from './cell-values';
import { WorkbookContext } from './context';
import type { CreateWorkbook, WorkbookModel } from './contract';
import { expose } from './expose';
import { formatValue } from './number-format';
import { renderSheet, usedBox } from './render';
import { toSnapshot, restoreSnapshot } from './snapshot';
import { SpreadsheetAppImpl } from './spreadsheet-app';
import { SpreadsheetImpl } from './spreadsheet';
import type { SheetStore } from './sheet-store';
import { userEdit, userPaste } from './user-edit';
import { userDeleteRows, userFilter, userInsertRows, userRemoveFilter, userSort } from './user-structure';
import { WorkbookState } from './workbook-state';

export const createWorkbook: CreateWorkbook = (options) => {
  const state = new WorkbookState(options.id, options.name, options.timeZone);
  const ctx = new WorkbookContext(options.host, state);
  ctx.spreadsheet = expose(new SpreadsheetImpl(ctx), 'Spreadsheet', options.host);
  const spreadsheetApp = expose(new SpreadsheetAppImpl(ctx), 'SpreadsheetApp', options.host, { guard: false });
  if (options.snapshot) restoreSnapshot(ctx, options.snapshot);
  else state.addSheet('Sheet1');
  if (options.locale !== undefined) state.locale = options.locale;

  const sheet = (name: string): SheetStore => {
    const store = state.sheetByName(name);
    if (!store) throw new Error(`Emulator: no sheet named "${name}"`);
    return store;
  };

  const model: WorkbookModel = {
    get timeZone() {
      return state.timeZone;
    },
    spreadsheetApp,
    spreadsheet: ctx.spreadsheet,
    userEdit: (sheetName, a1, value) => userEdit(ctx, sheetName, a1, value),
    userPaste: (sheetName, a1, values) => userPaste(ctx, sheetName, a1, values),
    userInsertRows: (sheetName, at, count) => userInsertRows(ctx, sheetName, at, count),
    userDeleteRows: (sheetName, at, count) => userDeleteRows(ctx, sheetName, at, count),
    userSort: (sheetName, column, ascending) => userSort(ctx, sheetName, column, ascending),
    userFilter: (sheetName, column, criteria) => userFilter(ctx, sheetName, column, criteria),
    userRemoveFilter: (sheetName) => userRemoveFilter(ctx, sheetName),
    select(sheetName, a1) {
      const store = sheet(sheetName);
      const box = resolveA1(parseA1(a1), store.maxRows, store.maxColumns);
      state.activeSheet = store;
      state.selection = { sheet: store, box, current: { row: box.row, col: box.col } };
    },
    readValues: (sheetName) => readValues(sheet(sheetName), usedBox(sheet(sheetName)), state.timeZone) as CellValue[][],
    readDisplay(sheetName) {
      const store = sheet(sheetName);
      const box = usedBox(store);
      const formats = store.formats.read(box.row, box.col, box.numRows, box.numCols, undefined);
      return readStored(store, box).map((line, i) => line.map((v, j) => formatValue(v, formats[i]?.[j], state.timeZone)));
    },
    writeValues(sheetName, a1, values) {
      const store = state.sheetByName(sheetName) ?? state.addSheet(sheetName);
      const origin = resolveA1(parseA1(a1), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      const box = { row: origin.row, col: origin.col, numRows: values.length, numCols: values[0]?.length ?? 0 };
      if (box.numRows === 0 || box.numCols === 0) return;
      ensureSize(store, box);
      writeScriptValues(store, box, values, state.timeZone, state.locale);
    },
    render: (sheetName, extent) => renderSheet(ctx, sheet(sheetName), extent),
    sheetNames: () => state.sheets.map((s) => s.name),
    toSnapshot: () => toSnapshot(state),
  };
  return model;
};
