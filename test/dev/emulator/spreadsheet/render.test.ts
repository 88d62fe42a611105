import { aWorkbook, localDate } from './workbook-fixture';

describe('render (preview)', () => {
  it('gives display values, validation controls, notes, frozen panes and protected columns', () => {
    const { app, sheet, workbook } = aWorkbook();
    sheet.getRange('A1:D2').setValues([['Status', 'Start', 'Done', 'Flags'], ['Submitted', localDate('2026-03-09'), false, '']]);
    sheet.getRange('B2').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireValueInList(['Identified', 'Submitted'], true).build());
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('C2').insertCheckboxes();
    sheet.getRange('D1:D1000').protect();
    sheet.getRange('A1').setNote('the status');
    sheet.setFrozenRows(1);
    const view = workbook.render('Sheet1');
    expect(view).toMatchObject({ name: 'Sheet1', sheetId: 0, frozenRows: 1, frozenColumns: 0, protectedColumns: [4] });
    expect(view.display).toEqual([['Status', 'Start', 'Done', 'Flags'], ['Submitted', '2026-03-09', 'FALSE', '']]);
    expect(view.controls[1]).toEqual([{ kind: 'list', values: ['Identified', 'Submitted'] }, { kind: 'date' }, { kind: 'checkbox' }, null]);
    expect(view.notes[0]?.[0]).toBe('the status');
  });

  it('gives the widths set by setColumnWidth(s), the wrapped cells and the filter with the rows it hides', () => {
    // "Class Sheet" › setColumnWidth(columnPosition, width): "Sets the width of the given column in pixels";
    // "Class Range" › setWrap(isWrapEnabled): "Set the cell wrap of the cells in the range".
    const { app, sheet, workbook } = aWorkbook();
    sheet.getRange('A1:C3').setValues([['Setting', 'Value', 'What it does'], ['Alert hour', 8, 'When the daily check runs'], ['Days', 14, 'Warn this many days before']]);
    sheet.setColumnWidth(1, 160).setColumnWidths(3, 1, 420);
    sheet.getRange('C2:C3').setWrap(true);
    sheet.getRange('A1:C3').createFilter().setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['14']).build());
    const view = workbook.render('Sheet1');
    expect(view.columnWidths).toEqual([160, null, 420]);
    expect(view.wraps.map((line) => line[2])).toEqual([false, true, true]);
    expect(view.hiddenRows).toEqual([3]);
    expect(view.filter).toEqual({ range: { row: 1, col: 1, numRows: 3, numCols: 3 }, criteria: [{ column: 2, criteria: { hiddenValues: ['14'], visibleValues: null, condition: null } }] });
  });

  it('widens to the rows and columns asked for, within the sheet, with their validation', () => {
    const { app, sheet, workbook } = aWorkbook();
    sheet.getRange('A1').setValue('Status');
    sheet.getRange('A2:A1000').setDataValidation(app.newDataValidation().requireValueInList(['Open'], true).build());
    const view = workbook.render('Sheet1', { rows: 50, columns: 30 });
    expect([view.display.length, view.display[0]?.length, view.maxRows, view.maxColumns]).toEqual([50, 26, 1000, 26]);
    expect(view.controls[49]?.[0]).toEqual({ kind: 'list', values: ['Open'] });
    expect(workbook.render('Sheet1', { emptyRowsBelow: 30 }).display).toHaveLength(31);
    sheet.deleteRows(20, 975);
    expect(workbook.render('Sheet1', { emptyRowsBelow: 30 }).display).toHaveLength(25);
  });

  it('renders an empty sheet as one empty cell', () => {
    const { workbook } = aWorkbook();
    expect(workbook.render('Sheet1').display).toEqual([['']]);
  });

  it('lists the values of a requireValueInRange dropdown', () => {
    const { app, ss, sheet, workbook } = aWorkbook();
    const plans = ss.insertSheet('Plan rules');
    plans.getRange('A1:A3').setValues([['Payer'], ['Aetna'], ['Cigna']]);
    sheet.getRange('A1').setValue('x').setDataValidation(app.newDataValidation().requireValueInRange(plans.getRange('A2:A10')).build());
    expect(workbook.render('Sheet1').controls[0]?.[0]).toEqual({ kind: 'list', values: ['Aetna', 'Cigna'] });
  });

  it('lists embedded charts with their title, anchor, size and what they plot: labels, and a series per other column', () => {
    const { ss, sheet, workbook } = aWorkbook();
    sheet.getRange('A1:D4').setValues([['Payer', 'Requested', 'x', 'Approved'], ['Acme', 150, '', 0.8], ['Beta', 'n/a', '', 0.5], ['All', 120, '', 0.653]]);
    sheet.getRange('D2:D4').setNumberFormat('0.0%');
    const other = ss.insertSheet('Other');
    const column = 'COLUMN' as unknown as GoogleAppsScript.Charts.ChartType;
    sheet.insertChart(
      sheet.newChart().setChartType(column).addRange(sheet.getRange('A1:B4')).addRange(sheet.getRange('D1:D4')).setNumHeaders(1)
        .setPosition(2, 6, 4, 8).setOption('title', 'Rates').setOption('width', 520).setOption('height', 300).build(),
    );
    other.insertChart(other.newChart().setChartType(column).addRange(sheet.getRange('A1:A2')).build());
    expect(workbook.render('Sheet1').charts).toEqual([
      {
        title: 'Rates',
        type: 'COLUMN',
        anchor: { row: 2, col: 6, offsetX: 4, offsetY: 8 },
        width: 520,
        height: 300,
        ranges: ['A1:B4', 'D1:D4'],
        data: {
          labels: ['Acme', 'Beta', 'All'],
          series: [
            { name: 'Requested', values: [150, null, 120], display: ['150', 'n/a', '120'] },
            { name: 'Approved', values: [0.8, 0.5, 0.653], display: ['80.0%', '50.0%', '65.3%'] },
          ],
        },
      },
    ]);
    expect(workbook.render('Other').charts).toEqual([
      { title: '', type: 'COLUMN', anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, width: null, height: null, ranges: ["'Sheet1'!A1:A2"], data: { labels: ['Payer', 'Acme'], series: [] } },
    ]);
  });
});
