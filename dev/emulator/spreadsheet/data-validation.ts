/**
 * DataValidation (an immutable rule) and DataValidationBuilder, as SpreadsheetApp.newDataValidation() and
 * rule.copy() give them. getCriteriaValues() returns the arguments the rule was built with, like Apps Script
 * (requireValueInList → [values, showDropdown]). There is no requireWholeNumber in Apps Script; whole
 * numbers are usually required with requireFormulaSatisfied.
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
import type { CriteriaName } from './enums';
import type { ValidationSpec } from './validation-spec';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class DataValidationImpl {
  self!: DataValidation;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly spec: ValidationSpec,
  ) {}

  getCriteriaType(): CriteriaName { return this.spec.criteria; }
  getCriteriaValues(): unknown[] { return copyValues(this.spec.values); }
  getHelpText(): string | null { return this.spec.helpText; }
  getAllowInvalid(): boolean { return this.spec.allowInvalid; }
  copy(): Builder { return newDataValidationBuilder(this.ctx, this.spec); }
}

export class DataValidationBuilderImpl {
  self!: Builder;
  criteria: CriteriaName | null;
  values: readonly unknown[];
  allowInvalid: boolean;
  helpText: string | null;

  constructor(
    readonly ctx: WorkbookObjects,
    from?: ValidationSpec,
  ) {
    this.criteria = from?.criteria ?? null;
    this.values = from?.values ?? [];
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  private require(criteria: CriteriaName, ...values: unknown[]): Builder {
    this.criteria = criteria;
    this.values = copyValues(values);
    return this.self;
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.require('CHECKBOX', ...values);
  }
  requireDate(): Builder { return this.require('DATE_IS_VALID_DATE'); }
  requireDateAfter(date: Date): Builder { return this.require('DATE_AFTER', date); }
  requireDateBefore(date: Date): Builder { return this.require('DATE_BEFORE', date); }
  requireDateBetween(start: Date, end: Date): Builder { return this.require('DATE_BETWEEN', start, end); }
  requireDateEqualTo(date: Date): Builder { return this.require('DATE_EQUAL_TO', date); }
  requireDateNotBetween(start: Date, end: Date): Builder { return this.require('DATE_NOT_BETWEEN', start, end); }
  requireDateOnOrAfter(date: Date): Builder { return this.require('DATE_ON_OR_AFTER', date); }
  requireDateOnOrBefore(date: Date): Builder { return this.require('DATE_ON_OR_BEFORE', date); }
  requireFormulaSatisfied(formula: string): Builder { return this.require('CUSTOM_FORMULA', formula); }
  requireNumberBetween(start: number, end: number): Builder { return this.require('NUMBER_BETWEEN', start, end); }
  requireNumberEqualTo(n: number): Builder { return this.require('NUMBER_EQUAL_TO', n); }
  requireNumberGreaterThan(n: number): Builder { return this.require('NUMBER_GREATER_THAN', n); }
  requireNumberGreaterThanOrEqualTo(n: number): Builder { return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n); }
  requireNumberLessThan(n: number): Builder { return this.require('NUMBER_LESS_THAN', n); }
  requireNumberLessThanOrEqualTo(n: number): Builder { return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', n); }
  requireNumberNotBetween(start: number, end: number): Builder { return this.require('NUMBER_NOT_BETWEEN', start, end); }
  requireNumberNotEqualTo(n: number): Builder { return this.require('NUMBER_NOT_EQUAL_TO', n); }
  requireTextContains(text: string): Builder { return this.require('TEXT_CONTAINS', text); }
  requireTextDoesNotContain(text: string): Builder { return this.require('TEXT_DOES_NOT_CONTAIN', text); }
  requireTextEqualTo(text: string): Builder { return this.require('TEXT_EQUAL_TO', text); }
  requireTextIsEmail(): Builder { return this.require('TEXT_IS_VALID_EMAIL'); }
  requireTextIsUrl(): Builder { return this.require('TEXT_IS_VALID_URL'); }
  requireValueInList(values: string[], showDropdown?: boolean): Builder {
    return this.require('VALUE_IN_LIST', values, showDropdown ?? true);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): Builder {
    this.ctx.unwrapRange(range);
    return this.require('VALUE_IN_RANGE', range, showDropdown ?? true);
  }
  setAllowInvalid(allowInvalid: boolean): Builder {
    this.allowInvalid = allowInvalid;
    return this.self;
  }
  setHelpText(helpText: string): Builder {
    this.helpText = helpText;
    return this.self;
  }
  withCriteria(criteria: CriteriaName, args: unknown[]): Builder { return this.require(criteria, ...args); }

  getCriteriaType(): CriteriaName | null { return this.criteria; }
  getCriteriaValues(): unknown[] { return copyValues(this.values); }
  getHelpText(): string | null { return this.helpText; }
  getAllowInvalid(): boolean { return this.allowInvalid; }
  copy(): Builder { return newDataValidationBuilder(this.ctx, this.toSpec()); }

  build(): DataValidation {
    return this.ctx.validation(this.toSpec());
  }

  private toSpec(): ValidationSpec {
    if (this.criteria === null) throw new Error('You must specify a validation criteria.');
    return { criteria: this.criteria, values: this.values, allowInvalid: this.allowInvalid, helpText: this.helpText };
  }
}

/** Copies lists and Dates so neither the bundle nor the stored rule can change the other's. */
function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (v instanceof Date ? new Date(v.getTime()) : Array.isArray(v) ? [...(v as unknown[])] : v));
}

export function newDataValidationBuilder(ctx: WorkbookObjects, from?: ValidationSpec): Builder {
  return expose(new DataValidationBuilderImpl(ctx, from), 'DataValidationBuilder', ctx.host, { guard: false });
}

stubUnimplemented(DataValidationImpl, 'DataValidation');
stubUnimplemented(DataValidationBuilderImpl, 'DataValidationBuilder');
