/**
 * Conditional-format rules: the builder, the built rule, its BooleanCondition, and a sheet's rule list.
 * setConditionalFormatRules REPLACES the sheet's whole list, as in Apps Script, so a script must read,
 * keep the others' rules, add its own and write. Rule ranges follow row/column inserts and deletes.
 */
import type { GridBox } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import { colorObject } from './color';
import type { CfFormat, CfRuleSpec } from './conditional-format-spec';
import type { WorkbookObjects } from './objects';
import type { BooleanCriteriaName } from './enums';
import { expose } from './expose';
import type { SheetStore } from './sheet-store';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;
interface Placed { readonly store: SheetStore; readonly box: GridBox }

export class ConditionalFormatRuleImpl {
  self!: Rule;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly ranges: readonly Placed[],
    readonly spec: CfRuleSpec,
  ) {}

  getRanges(): Range[] { return this.ranges.map((r) => this.ctx.range(r.store, r.box)); }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.spec.criteria === null ? null : expose(new BooleanConditionImpl(this.ctx, this.spec), 'BooleanCondition', this.ctx.host, { guard: false });
  }
  getGradientCondition(): null { return null; }
  copy(): Builder { return newConditionalFormatRuleBuilder(this.ctx, this.ranges, this.spec); }
}

export class BooleanConditionImpl {
  self!: GoogleAppsScript.Spreadsheet.BooleanCondition;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly spec: CfRuleSpec,
  ) {}

  getCriteriaType(): BooleanCriteriaName | null { return this.spec.criteria; }
  getCriteriaValues(): unknown[] { return [...this.spec.values]; }
  getBackground(): string | null { return this.spec.format.background ?? null; }
  getFontColor(): string | null { return this.spec.format.fontColor ?? null; }
  getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color | null { return colorObject(this.ctx, this.spec.format.background); }
  getFontColorObject(): GoogleAppsScript.Spreadsheet.Color | null { return colorObject(this.ctx, this.spec.format.fontColor); }
  getBold(): boolean | null { return this.spec.format.bold ?? null; }
  getItalic(): boolean | null { return this.spec.format.italic ?? null; }
  getStrikethrough(): boolean | null { return this.spec.format.strikethrough ?? null; }
  getUnderline(): boolean | null { return this.spec.format.underline ?? null; }
}

export class ConditionalFormatRuleBuilderImpl {
  self!: Builder;
  ranges: readonly Placed[];
  criteria: BooleanCriteriaName | null;
  values: readonly unknown[];
  format: CfFormat;

  constructor(
    readonly ctx: WorkbookObjects,
    ranges: readonly Placed[] = [],
    from?: CfRuleSpec,
  ) {
    this.ranges = ranges;
    this.criteria = from?.criteria ?? null;
    this.values = from?.values ?? [];
    this.format = from?.format ?? {};
  }

  private when(criteria: BooleanCriteriaName, ...values: unknown[]): Builder {
    this.criteria = criteria;
    this.values = values;
    return this.self;
  }
  private style(key: keyof CfFormat, value: string | boolean | null): Builder {
    const next: Record<string, unknown> = { ...this.format };
    if (value === null) delete next[key];
    else next[key] = value;
    this.format = next as CfFormat;
    return this.self;
  }

  whenCellEmpty(): Builder { return this.when('CELL_EMPTY'); }
  whenCellNotEmpty(): Builder { return this.when('CELL_NOT_EMPTY'); }
  // A Date gives DATE_x; a SpreadsheetApp.RelativeDate gives DATE_x_RELATIVE, as in Apps Script.
  whenDateAfter(date: unknown): Builder { return this.whenDate('DATE_AFTER', date); }
  whenDateBefore(date: unknown): Builder { return this.whenDate('DATE_BEFORE', date); }
  whenDateEqualTo(date: unknown): Builder { return this.whenDate('DATE_EQUAL_TO', date); }
  private whenDate(criteria: 'DATE_AFTER' | 'DATE_BEFORE' | 'DATE_EQUAL_TO', date: unknown): Builder {
    return date instanceof Date ? this.when(criteria, new Date(date.getTime())) : this.when(`${criteria}_RELATIVE`, String(date));
  }
  whenFormulaSatisfied(formula: string): Builder { return this.when('CUSTOM_FORMULA', formula); }
  whenNumberBetween(a: number, b: number): Builder { return this.when('NUMBER_BETWEEN', a, b); }
  whenNumberEqualTo(n: number): Builder { return this.when('NUMBER_EQUAL_TO', n); }
  whenNumberGreaterThan(n: number): Builder { return this.when('NUMBER_GREATER_THAN', n); }
  whenNumberGreaterThanOrEqualTo(n: number): Builder { return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n); }
  whenNumberLessThan(n: number): Builder { return this.when('NUMBER_LESS_THAN', n); }
  whenNumberLessThanOrEqualTo(n: number): Builder { return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n); }
  whenNumberNotBetween(a: number, b: number): Builder { return this.when('NUMBER_NOT_BETWEEN', a, b); }
  whenNumberNotEqualTo(n: number): Builder { return this.when('NUMBER_NOT_EQUAL_TO', n); }
  whenTextContains(text: string): Builder { return this.when('TEXT_CONTAINS', text); }
  whenTextDoesNotContain(text: string): Builder { return this.when('TEXT_DOES_NOT_CONTAIN', text); }
  whenTextEndsWith(text: string): Builder { return this.when('TEXT_ENDS_WITH', text); }
  whenTextEqualTo(text: string): Builder { return this.when('TEXT_EQUAL_TO', text); }
  whenTextStartsWith(text: string): Builder { return this.when('TEXT_STARTS_WITH', text); }
  withCriteria(criteria: unknown, args: unknown[]): Builder { return this.when(String(criteria) as BooleanCriteriaName, ...args); }

  setBackground(color: string | null): Builder { return this.style('background', color); }
  setFontColor(color: string | null): Builder { return this.style('fontColor', color); }
  setBold(bold: boolean | null): Builder { return this.style('bold', bold); }
  setItalic(italic: boolean | null): Builder { return this.style('italic', italic); }
  setStrikethrough(v: boolean | null): Builder { return this.style('strikethrough', v); }
  setUnderline(v: boolean | null): Builder { return this.style('underline', v); }
  setRanges(ranges: Range[]): Builder {
    this.ranges = ranges.map((r) => {
      const impl = this.ctx.unwrapRange(r);
      return { store: impl.store, box: { ...impl.box } };
    });
    return this.self;
  }

  getRanges(): Range[] { return this.ranges.map((r) => this.ctx.range(r.store, r.box)); }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.criteria === null ? null : expose(new BooleanConditionImpl(this.ctx, this.spec()), 'BooleanCondition', this.ctx.host, { guard: false });
  }
  getGradientCondition(): null { return null; }
  copy(): Builder { return newConditionalFormatRuleBuilder(this.ctx, this.ranges, this.spec()); }
  build(): Rule {
    if (this.criteria === null) throw new Error('Conditional format rule must have a condition.');
    return expose(new ConditionalFormatRuleImpl(this.ctx, this.ranges, this.spec()), 'ConditionalFormatRule', this.ctx.host, { guard: false });
  }

  private spec(): CfRuleSpec {
    return { criteria: this.criteria, values: this.values, format: this.format };
  }
}

export function newConditionalFormatRuleBuilder(ctx: WorkbookObjects, ranges?: readonly Placed[], from?: CfRuleSpec): Builder {
  return expose(new ConditionalFormatRuleBuilderImpl(ctx, ranges, from), 'ConditionalFormatRuleBuilder', ctx.host, { guard: false });
}

export function getRules(ctx: WorkbookObjects, store: SheetStore): Rule[] {
  return store.cfRules.map((r) =>
    expose(new ConditionalFormatRuleImpl(ctx, r.boxes.map((box) => ({ store, box: { ...box } })), r.spec), 'ConditionalFormatRule', ctx.host, { guard: false }),
  );
}

/** Replaces all of the sheet's rules. */
export function setRules(store: SheetStore, rules: readonly Rule[]): void {
  store.cfRules = rules.map((rule) => {
    if (!(rule instanceof ConditionalFormatRuleImpl)) throw new Error('Emulator: expected a ConditionalFormatRule built by SpreadsheetApp');
    if (rule.ranges.some((r) => r.store !== store)) throw new Error('Conditional format rule cannot reference a different sheet.');
    return { boxes: rule.ranges.map((r) => ({ ...r.box })), spec: rule.spec };
  });
}

stubUnimplemented(ConditionalFormatRuleImpl, 'ConditionalFormatRule');
stubUnimplemented(BooleanConditionImpl, 'BooleanCondition');
stubUnimplemented(ConditionalFormatRuleBuilderImpl, 'ConditionalFormatRuleBuilder');
