/**
 * Protection of a range or a sheet. The emulated user is always an editor (canEdit() is true), so
 * protections are recorded and reported rather than enforced. Range protections follow row/column
 * inserts and deletes and disappear when their cells are deleted.
 */
import type { GridBox } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import type { ProtectionTypeName } from './enums';
import type { SheetStore } from './sheet-store';
import type { ProtectionRecord } from './workbook-state';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export class ProtectionImpl {
  self!: Protection;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly record: ProtectionRecord,
  ) {}

  getProtectionType(): ProtectionTypeName { return this.record.type; }
  getDescription(): string { return this.record.description; }
  setDescription(description: string): Protection {
    this.record.description = description;
    return this.self;
  }
  isWarningOnly(): boolean { return this.record.warningOnly; }
  setWarningOnly(warningOnly: boolean): Protection {
    this.record.warningOnly = warningOnly;
    return this.self;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const { sheet } = this.record;
    const box = this.record.type === 'SHEET' ? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns } : this.record.box;
    return this.ctx.range(sheet, box);
  }
  /**
   * Protection.setRange: "Adjusts the range that is being protected. If the given range covers a different area
   * than the current range, this method moves the protection to cover the new range instead." A range on
   * another sheet, or a sheet protection, is refused.
   */
  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    const target = this.ctx.unwrapRange(range);
    if (this.record.type === 'SHEET' || target.store !== this.record.sheet) throw new Error('Emulator: Protection.setRange takes a range of the protected sheet, for a range protection');
    this.record.box = { ...target.box };
    return this.self;
  }
  canEdit(): boolean { return true; }
  canDomainEdit(): boolean { return true; }
  getEditors(): GoogleAppsScript.Base.User[] { return []; }
  addEditor(): Protection { return this.self; }
  addEditors(): Protection { return this.self; }
  removeEditor(): Protection { return this.self; }
  removeEditors(): Protection { return this.self; }
  setDomainEdit(): Protection { return this.self; }
  remove(): void {
    this.ctx.state.protections = this.ctx.state.protections.filter((p) => p !== this.record);
  }
}

stubUnimplemented(ProtectionImpl, 'Protection');

/** range.protect() / sheet.protect(): a new protection (a sheet has at most one sheet protection). */
export function protectRange(ctx: WorkbookObjects, sheet: SheetStore, box: GridBox, type: ProtectionTypeName): Protection {
  if (type === 'SHEET') {
    const existing = ctx.state.protections.find((p) => p.sheet === sheet && p.type === 'SHEET');
    if (existing) return ctx.protection(existing);
  }
  const record: ProtectionRecord = { id: ctx.state.nextRecordId++, sheet, type, box: { ...box }, description: '', warningOnly: false };
  ctx.state.protections.push(record);
  return ctx.protection(record);
}

/** Protections of one type, optionally of one sheet, in creation order. */
export function listProtections(ctx: WorkbookObjects, type: unknown, sheet?: SheetStore): Protection[] {
  const name = String(type);
  return ctx.state.protections.filter((p) => p.type === name && (!sheet || p.sheet === sheet)).map((p) => ctx.protection(p));
}
