/**
 * Conformance: the basic filter.
 * - "Class Range" › createFilter(): "Creates a filter and applies it to the specified range on the sheet. You
 *   can't create more than one filter on a sheet."
 * - "Class Filter": setColumnFilterCriteria(columnPosition, filterCriteria) (1-indexed), getColumnFilterCriteria,
 *   removeColumnFilterCriteria, sort(columnPosition, ascending) — "Sorts the filtered range by the specified
 *   column, excluding the first row (the header row)", remove().
 * - "Class FilterCriteriaBuilder": setHiddenValues "Sets the values to hide", setVisibleValues, whenTextContains,
 *   whenCellEmpty, … ; "Class Sheet" › isRowHiddenByFilter(rowPosition): "Returns whether the given row is hidden by
 *   a filter (not a filter view)." A filtered row keeps its values (getValues still returns it).
 */
import { aWorkbook } from './workbook-fixture';

function withCases() {
  const f = aWorkbook();
  f.sheet.getRange('A1:C5').setValues([
    ['Case ID', 'Status', 'Payer'],
    ['SCA-0003', 'Submitted', 'Acme Health'],
    ['SCA-0001', 'Identified', 'Beta Plan'],
    ['SCA-0004', 'Denied', ''],
    ['SCA-0002', 'Submitted', 'acme health'],
  ]);
  return f;
}

const hidden = (sheet: GoogleAppsScript.Spreadsheet.Sheet): number[] => [2, 3, 4, 5].filter((r) => sheet.isRowHiddenByFilter(r));

describe('basic filter', () => {
  it('hides the rows whose value is among the hidden values, and keeps their data', () => {
    const { app, sheet } = withCases();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Submitted']).build());
    expect(hidden(sheet)).toEqual([2, 5]);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['Case ID', 'SCA-0003', 'SCA-0001', 'SCA-0004', 'SCA-0002']);
    expect(filter.getColumnFilterCriteria(2)?.getHiddenValues()).toEqual(['Submitted']);
  });

  it('keeps only the visible values when they are set', () => {
    const { app, sheet } = withCases();
    sheet.getRange('A1:C5').createFilter().setColumnFilterCriteria(2, app.newFilterCriteria().setVisibleValues(['Denied']).build());
    expect(hidden(sheet)).toEqual([2, 3, 5]);
  });

  it.each([
    ['whenTextContains', 'acme', [3, 4]],
    ['whenTextEqualTo', 'Beta Plan', [2, 4, 5]],
    ['whenTextStartsWith', 'BETA', [2, 4, 5]],
    ['whenCellEmpty', undefined, [2, 3, 5]],
    ['whenCellNotEmpty', undefined, [4]],
  ] as const)('%s(%p) hides %p, comparing text case-insensitively', (method, arg, rows) => {
    const { app, sheet } = withCases();
    const builder = app.newFilterCriteria() as unknown as Record<string, (x?: string) => GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder>;
    const criteria = builder[method]!(arg).build();
    sheet.getRange('A1:C5').createFilter().setColumnFilterCriteria(3, criteria);
    expect(hidden(sheet)).toEqual(rows);
    expect(criteria.getCriteriaType()).toBe(method.replace(/^when/, '').replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c).toUpperCase());
  });

  it('shows every row again when the criteria or the filter are removed', () => {
    const { app, sheet } = withCases();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Submitted']).build());
    filter.removeColumnFilterCriteria(2);
    expect(hidden(sheet)).toEqual([]);
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Submitted']).build());
    filter.remove();
    expect(hidden(sheet)).toEqual([]);
    expect(sheet.getFilter()).toBeNull();
  });

  it('refuses a second filter on the sheet and a column outside its range', () => {
    const { app, sheet } = withCases();
    const filter = sheet.getRange('A1:B5').createFilter();
    expect(() => sheet.getRange('A1:C5').createFilter()).toThrow("already has a filter");
    expect(() => filter.setColumnFilterCriteria(3, app.newFilterCriteria().whenCellEmpty().build())).toThrow('outside');
  });

  it('sorts below its header row, and the hidden rows follow their values', () => {
    const { app, sheet } = withCases();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Submitted']).build());
    filter.sort(1, true);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['Case ID', 'SCA-0001', 'SCA-0002', 'SCA-0003', 'SCA-0004']);
    expect(hidden(sheet)).toEqual([3, 4]);
  });

  it('survives a snapshot round trip with its criteria', () => {
    const { app, sheet, workbook } = withCases();
    sheet.getRange('A1:C5').createFilter().setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Submitted']).build());
    const again = aWorkbook({ snapshot: JSON.parse(JSON.stringify(workbook.toSnapshot())) });
    expect(hidden(again.sheet)).toEqual([2, 5]);
  });
});
