/**
 * Named ranges: setNamedRange replaces a range of the same name; the range follows inserts and deletes and
 * the name disappears when all its cells are deleted (Sheets would show #REF!; nothing refers to it here).
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
import type { SheetStore } from './sheet-store';
import type { NamedRangeRecord } from './workbook-state';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type Range = GoogleAppsScript.Spreadsheet.Range;

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

export class NamedRangeImpl {
  self!: NamedRange;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly record: NamedRangeRecord,
  ) {}

  getName(): string { return this.record.name; }
  setName(name: string): NamedRange {
    checkName(name);
    this.record.name = name;
    return this.self;
  }
  getRange(): Range { return this.ctx.range(this.record.sheet, this.record.box); }
  setRange(range: Range): NamedRange {
    const r = this.ctx.unwrapRange(range);
    this.record.sheet = r.store;
    this.record.box = { ...r.box };
    return this.self;
  }
  remove(): void {
    this.ctx.state.namedRanges = this.ctx.state.namedRanges.filter((n) => n !== this.record);
  }
}

stubUnimplemented(NamedRangeImpl, 'NamedRange');

function checkName(name: string): void {
  // A name that looks like a cell reference (A1, AB12) is refused by Sheets too.
  if (!VALID_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
    throw new Error('Named range name is not valid.');
  }
}

export function setNamedRange(ctx: WorkbookObjects, name: string, range: Range): void {
  checkName(name);
  const r = ctx.unwrapRange(range);
  ctx.state.namedRanges = ctx.state.namedRanges.filter((n) => n.name !== name);
  ctx.state.namedRanges.push({ name, sheet: r.store, box: { ...r.box } });
}

export function getRangeByName(ctx: WorkbookObjects, name: string): Range | null {
  const record = ctx.state.namedRanges.find((n) => n.name === name);
  return record ? ctx.range(record.sheet, record.box) : null;
}

export function listNamedRanges(ctx: WorkbookObjects, sheet?: SheetStore): NamedRange[] {
  return ctx.state.namedRanges
    .filter((n) => !sheet || n.sheet === sheet)
    .map((n) => expose(new NamedRangeImpl(ctx, n), 'NamedRange', ctx.host));
}

export function removeNamedRange(ctx: WorkbookObjects, name: string): void {
  ctx.state.namedRanges = ctx.state.namedRanges.filter((n) => n.name !== name);
}
