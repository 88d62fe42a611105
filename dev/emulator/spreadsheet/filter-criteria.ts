/**
 * A basic filter's column criteria, as Apps Script's FilterCriteria / FilterCriteriaBuilder
 * (SpreadsheetApp.newFilterCriteria()): values to hide or to keep visible, and the text and emptiness
 * conditions. A row of the filter's range (below its header row) is hidden when any column's criteria
 * reject the cell's displayed value — "Class FilterCriteriaBuilder": setHiddenValues "Sets the values to
 * hide", setVisibleValues "Sets the values to show"; text conditions compare case-insensitively, as the
 * Sheets filter does. Number, date and formula conditions are not emulated (they throw "not implemented").
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose, rawOf } from './expose';
import type { FilterConditionType, FilterCriteriaSpec } from './filter-spec';

export type { FilterCriteriaSpec } from './filter-spec';

const EMPTY_SPEC: FilterCriteriaSpec = { hiddenValues: null, visibleValues: null, condition: null };

function conditionHolds(type: FilterConditionType, display: string, arg: string): boolean {
  const text = display.toLowerCase();
  const want = arg.toLowerCase();
  switch (type) {
    case 'CELL_EMPTY': return display === '';
    case 'CELL_NOT_EMPTY': return display !== '';
    case 'TEXT_CONTAINS': return text.includes(want);
    case 'TEXT_DOES_NOT_CONTAIN': return !text.includes(want);
    case 'TEXT_EQUAL_TO': return text === want;
    case 'TEXT_STARTS_WITH': return text.startsWith(want);
    case 'TEXT_ENDS_WITH': return text.endsWith(want);
  }
}

/** True when a cell showing `display` passes the column's criteria. */
export function passesCriteria(spec: FilterCriteriaSpec, display: string): boolean {
  if (spec.hiddenValues && spec.hiddenValues.includes(display)) return false;
  if (spec.visibleValues && !spec.visibleValues.includes(display)) return false;
  if (spec.condition && !conditionHolds(spec.condition.type, display, spec.condition.values[0] ?? '')) return false;
  return true;
}

class FilterCriteriaImpl {
  self!: GoogleAppsScript.Spreadsheet.FilterCriteria;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly spec: FilterCriteriaSpec,
  ) {}

  copy(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return newFilterCriteriaBuilder(this.ctx, this.spec); }
  getHiddenValues(): string[] | null { return this.spec.hiddenValues ? [...this.spec.hiddenValues] : null; }
  getVisibleValues(): string[] | null { return this.spec.visibleValues ? [...this.spec.visibleValues] : null; }
  getCriteriaType(): string | null { return this.spec.condition?.type ?? null; }
  getCriteriaValues(): string[] { return [...(this.spec.condition?.values ?? [])]; }
}

stubUnimplemented(FilterCriteriaImpl, 'FilterCriteria');

class FilterCriteriaBuilderImpl {
  self!: GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

  constructor(
    readonly ctx: WorkbookObjects,
    private spec: FilterCriteriaSpec,
  ) {}

  private with(change: Partial<FilterCriteriaSpec>): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    this.spec = { ...this.spec, ...change };
    return this.self;
  }
  private when(type: FilterConditionType, values: readonly unknown[] = []): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    return this.with({ condition: { type, values: values.map(String) } });
  }

  build(): GoogleAppsScript.Spreadsheet.FilterCriteria { return expose(new FilterCriteriaImpl(this.ctx, this.spec), 'FilterCriteria', this.ctx.host); }
  copy(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return newFilterCriteriaBuilder(this.ctx, this.spec); }
  setHiddenValues(values: unknown[]): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.with({ hiddenValues: values.map(String) }); }
  setVisibleValues(values: unknown[]): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.with({ visibleValues: values.map(String) }); }
  getHiddenValues(): string[] | null { return this.spec.hiddenValues ? [...this.spec.hiddenValues] : null; }
  getVisibleValues(): string[] | null { return this.spec.visibleValues ? [...this.spec.visibleValues] : null; }
  getCriteriaType(): string | null { return this.spec.condition?.type ?? null; }
  getCriteriaValues(): string[] { return [...(this.spec.condition?.values ?? [])]; }
  whenCellEmpty(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('CELL_EMPTY'); }
  whenCellNotEmpty(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('CELL_NOT_EMPTY'); }
  whenTextContains(text: string): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('TEXT_CONTAINS', [text]); }
  whenTextDoesNotContain(text: string): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('TEXT_DOES_NOT_CONTAIN', [text]); }
  whenTextEqualTo(text: string): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('TEXT_EQUAL_TO', [text]); }
  whenTextStartsWith(text: string): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('TEXT_STARTS_WITH', [text]); }
  whenTextEndsWith(text: string): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return this.when('TEXT_ENDS_WITH', [text]); }
}

stubUnimplemented(FilterCriteriaBuilderImpl, 'FilterCriteriaBuilder');

/** SpreadsheetApp.newFilterCriteria(), or FilterCriteria.copy() of `spec`. */
export function newFilterCriteriaBuilder(ctx: WorkbookObjects, spec: FilterCriteriaSpec = EMPTY_SPEC): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
  return expose(new FilterCriteriaBuilderImpl(ctx, spec), 'FilterCriteriaBuilder', ctx.host);
}

/** The plain spec behind a FilterCriteria the bundle passes back. */
export function specOf(criteria: unknown): FilterCriteriaSpec {
  const spec = (rawOf(criteria) as { spec?: FilterCriteriaSpec } | null)?.spec;
  if (!spec) throw new Error("The parameters (criteria) don't match the method signature for Filter.setColumnFilterCriteria.");
  return spec;
}
