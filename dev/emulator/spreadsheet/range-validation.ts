/**
 * Range-level data validation: setting and reading rules, and checkboxes (which are CHECKBOX validation
 * plus boolean values, as in Sheets: inserting them turns blank cells unchecked, removing them clears
 * checked/unchecked values).
 */
import type { GridBox } from './a1-notation';
import { forEachCell } from './cell-style';
import { checkDimensions } from './cell-values';
import type { RawRange } from './objects';
import type { ValidationSpec } from './validation-spec';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The stored spec behind a DataValidation the bundle passes in. */
export function specOf(rule: unknown): ValidationSpec {
  const spec = (rule as { spec?: ValidationSpec } | null)?.spec;
  if (!spec) throw new Error('Emulator: expected a DataValidation built by SpreadsheetApp.newDataValidation()');
  return spec;
}

/** Custom formulas are relative to the range's top-left cell, so the rule remembers it. */
function anchored(spec: ValidationSpec, box: GridBox): ValidationSpec {
  return spec.criteria === 'CUSTOM_FORMULA' ? { ...spec, anchor: { row: box.row, col: box.col } } : spec;
}

export function getValidations(range: RawRange, box: GridBox): Array<Array<DataValidation | null>> {
  const specs = range.store.validations.read(box.row, box.col, box.numRows, box.numCols, null);
  return specs.map((line) => line.map((s) => (s === null ? null : range.ctx.validation(s))));
}

export function setValidation(range: RawRange, rule: DataValidation | null): void {
  const spec = rule === null ? undefined : anchored(specOf(rule), range.box);
  const { row, col, numRows, numCols } = range.box;
  range.store.validations.fill(row, col, numRows, numCols, spec);
}

export function setValidations(range: RawRange, rules: ReadonlyArray<ReadonlyArray<DataValidation | null>>): void {
  checkDimensions(rules, range.box);
  forEachCell(range.box, (row, col, i, j) => {
    const rule = rules[i]?.[j] ?? null;
    range.store.validations.set(row, col, rule === null ? undefined : anchored(specOf(rule), { row, col, numRows: 1, numCols: 1 }));
  });
}

/** The [checked, unchecked] values of a checkbox rule (true/false unless custom values were given). */
export function checkboxValues(spec: ValidationSpec): [unknown, unknown] {
  const [checked, unchecked] = spec.values;
  if (checked === undefined) return [true, false];
  return [checked, unchecked ?? ''];
}

export function insertCheckboxes(range: RawRange, checked?: unknown, unchecked?: unknown): void {
  const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
  const spec: ValidationSpec = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null };
  const [, off] = checkboxValues(spec);
  forEachCell(range.box, (row, col) => {
    range.store.validations.set(row, col, spec);
    if (range.store.values.get(row, col) === undefined && off !== '') range.store.values.set(row, col, off as boolean);
  });
}

export function removeCheckboxes(range: RawRange): void {
  forEachCell(range.box, (row, col) => {
    const spec = range.store.validations.get(row, col);
    if (spec?.criteria !== 'CHECKBOX') return;
    const [on, off] = checkboxValues(spec);
    const v = range.store.values.get(row, col);
    if (v === on || v === off) range.store.values.set(row, col, undefined);
    range.store.validations.set(row, col, undefined);
  });
}

/** true when every cell is a checked checkbox, false when every cell is unchecked, null otherwise. */
export function isChecked(range: RawRange): boolean | null {
  let checked = 0;
  let unchecked = 0;
  forEachCell(range.box, (row, col) => {
    const spec = range.store.validations.get(row, col);
    if (spec?.criteria !== 'CHECKBOX') return;
    const [on] = checkboxValues(spec);
    if (range.store.values.get(row, col) === on) checked += 1;
    else unchecked += 1;
  });
  const cells = range.box.numRows * range.box.numCols;
  if (checked === cells) return true;
  if (unchecked === cells) return false;
  return null;
}

export function setChecked(range: RawRange, on: boolean): void {
  forEachCell(range.box, (row, col) => {
    const spec = range.store.validations.get(row, col);
    if (spec?.criteria !== 'CHECKBOX') return;
    const [yes, no] = checkboxValues(spec);
    const value = on ? yes : no;
    range.store.values.set(row, col, value === '' ? undefined : (value as boolean));
  });
}
