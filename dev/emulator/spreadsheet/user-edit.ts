/**
 * Edits made by the user in the grid, as opposed to by a script: typed text is parsed like Sheets parses
 * it, and data validation applies — a rule with setAllowInvalid(false) rejects failing input (cell
 * unchanged, message = help text when set); with allowInvalid true the value is kept (Sheets only marks
 * the cell). A paste is all-or-nothing: if any pasted cell fails a rejecting rule, nothing is written.
 * The edited cell becomes the selection, as clicking into it would.
 */
import type { CellValue } from '../api';
import type { GridBox } from './a1-notation';
import { parseA1, resolveA1 } from './a1-notation';
import { ensureSize, storeParsed } from './cell-values';
import type { WorkbookObjects } from './objects';
import type { UserEditOutcome } from './contract';
import type { SheetStore } from './sheet-store';
import { eventValue, parseUserInput, type ParsedInput } from './user-input';
import { isValidInput, rejectionMessage } from './validation-check';

type Input = ReadonlyArray<ReadonlyArray<CellValue | ''>>;

function sheetOf(ctx: WorkbookObjects, sheetName: string): SheetStore {
  const store = ctx.state.sheetByName(sheetName);
  if (!store) throw new Error(`Emulator: no sheet named "${sheetName}"`);
  return store;
}

function firstRejection(ctx: WorkbookObjects, store: SheetStore, box: GridBox, parsed: ParsedInput[][]): string | null {
  for (let i = 0; i < parsed.length; i++) {
    const line = parsed[i] ?? [];
    for (let j = 0; j < line.length; j++) {
      const row = box.row + i;
      const col = box.col + j;
      const spec = store.validations.get(row, col);
      const input = line[j];
      if (!spec || spec.allowInvalid || input === undefined) continue;
      if (!isValidInput(ctx, spec, input.value, { store, row, col })) return rejectionMessage(spec);
    }
  }
  return null;
}

function apply(ctx: WorkbookObjects, store: SheetStore, a1: string, values: Input): { box: GridBox; rejection: string | null } {
  const origin = resolveA1(parseA1(a1), store.maxRows, store.maxColumns);
  const box = { row: origin.row, col: origin.col, numRows: values.length, numCols: Math.max(1, ...values.map((l) => l.length)) };
  const parsed = values.map((line, i) =>
    line.map((v, j) => parseUserInput(v, ctx.timeZone, store.formats.get(box.row + i, box.col + j), ctx.state.locale)),
  );
  const rejection = firstRejection(ctx, store, box, parsed);
  if (rejection === null) {
    ensureSize(store, box);
    parsed.forEach((line, i) => line.forEach((p, j) => storeParsed(store, box.row + i, box.col + j, p.value, p.format)));
    ctx.state.activeSheet = store;
    ctx.state.selection = { sheet: store, box: { ...box }, current: { row: box.row, col: box.col } };
  }
  return { box, rejection };
}

export function userEdit(ctx: WorkbookObjects, sheetName: string, a1: string, value: CellValue | ''): UserEditOutcome {
  const store = sheetOf(ctx, sheetName);
  const cell = resolveA1(parseA1(a1), store.maxRows, store.maxColumns);
  const old = store.values.get(cell.row, cell.col);
  const { box, rejection } = apply(ctx, store, a1, [[value]]);
  const range = ctx.range(store, box);
  if (rejection !== null) return { accepted: false, rejection, range };
  const outcome: { -readonly [K in keyof UserEditOutcome]: UserEditOutcome[K] } = { accepted: true, range };
  const newValue = eventValue(store.values.get(cell.row, cell.col), ctx.timeZone);
  const oldValue = eventValue(old, ctx.timeZone);
  if (newValue !== undefined) outcome.value = newValue;
  if (oldValue !== undefined) outcome.oldValue = oldValue;
  return outcome;
}

export function userPaste(ctx: WorkbookObjects, sheetName: string, a1: string, values: Input): UserEditOutcome {
  const store = sheetOf(ctx, sheetName);
  const { box, rejection } = apply(ctx, store, a1, values);
  const range = ctx.range(store, box);
  return rejection === null ? { accepted: true, range } : { accepted: false, rejection, range };
}
