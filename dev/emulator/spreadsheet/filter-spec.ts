/** A basic filter's column criteria as plain data (filter-criteria.ts builds and evaluates them). */
/** Text and emptiness conditions the emulator evaluates. */
export type FilterConditionType = 'CELL_EMPTY' | 'CELL_NOT_EMPTY' | 'TEXT_CONTAINS' | 'TEXT_DOES_NOT_CONTAIN' | 'TEXT_EQUAL_TO' | 'TEXT_STARTS_WITH' | 'TEXT_ENDS_WITH';

/** One column's criteria as plain data (stored on the sheet, saved in snapshots). */
export interface FilterCriteriaSpec {
  readonly hiddenValues: readonly string[] | null;
  readonly visibleValues: readonly string[] | null;
  readonly condition: { readonly type: FilterConditionType; readonly values: readonly string[] } | null;
}
