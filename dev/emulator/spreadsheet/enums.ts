/**
 * The SpreadsheetApp enums the emulator supports. Apps Script enum members are opaque objects whose
 * toString() is their name; here each member is its name as a string, which compares and serializes the same
 * way for the add-on's purposes (`rule.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.CHECKBOX`).
 */
type Enum<K extends string> = { readonly [P in K]: P };

function enumOf<K extends string>(...names: K[]): Enum<K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Enum<K>;
}

export const DATA_VALIDATION_CRITERIA = enumOf(
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
);
export type CriteriaName = keyof typeof DATA_VALIDATION_CRITERIA;

export const BOOLEAN_CRITERIA = enumOf(
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
);
export type BooleanCriteriaName = keyof typeof BOOLEAN_CRITERIA;

export const PROTECTION_TYPE = enumOf('RANGE', 'SHEET');
export type ProtectionTypeName = keyof typeof PROTECTION_TYPE;

export const METADATA_LOCATION_TYPE = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
export type MetadataLocationTypeName = keyof typeof METADATA_LOCATION_TYPE;

export const METADATA_VISIBILITY = enumOf('DOCUMENT', 'PROJECT');
export type MetadataVisibilityName = keyof typeof METADATA_VISIBILITY;

export const RELATIVE_DATE = enumOf('TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR');
export type RelativeDateName = keyof typeof RELATIVE_DATE;

export const DIMENSION = enumOf('COLUMNS', 'ROWS');
export const WRAP_STRATEGY = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export const SHEET_TYPE = enumOf('GRID', 'OBJECT', 'DATASOURCE');
export const VALUE_TYPE = enumOf('IMAGE');
export const SORT_ORDER = enumOf('ASCENDING', 'DESCENDING');

/** Charts.ChartType (the Charts service's enum, used by EmbeddedChartBuilder.setChartType). */
export const CHART_TYPE = enumOf(
  'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE',
  'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL',
);
export type ChartTypeName = keyof typeof CHART_TYPE;

/** An enum member passed in by the bundle, as its name. */
export function enumName(member: unknown): string {
  return String(member);
}
