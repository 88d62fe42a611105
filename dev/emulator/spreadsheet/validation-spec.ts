/**
 * A data-validation rule as stored in a cell: immutable, shared by every cell it was applied to.
 * `anchor` is the top-left cell of the range the rule was applied to, which custom formulas are relative to.
 */
import type { CriteriaName } from './enums';

export interface ValidationSpec {
  readonly criteria: CriteriaName;
  /** As getCriteriaValues() returns them (lists, Dates, numbers, a Range for VALUE_IN_RANGE, a formula). */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
  readonly anchor?: { readonly row: number; readonly col: number };
}
