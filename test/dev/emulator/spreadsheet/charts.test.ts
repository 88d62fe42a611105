/**
 * Embedded charts: Sheet.newChart → EmbeddedChartBuilder → insertChart / getCharts / updateChart / removeChart.
 * Conformance with the Apps Script reference (developers.google.com/apps-script/reference/spreadsheet/…):
 * - embedded-chart-builder: "Changes made to the chart are not saved until Sheet.updateChart(chart) is called on
 *   the rebuilt chart"; build() "does not automatically draw the chart on top of the spreadsheet. A new chart must
 *   be inserted via sheet.insertChart(chart)"; addRange "does not add the range if it has already been added".
 * - embedded-chart: getChartId() is "a stable identifier for the chart that is unique across the spreadsheet
 *   containing the chart or null if the chart is not in a spreadsheet"; getOptions() "returns the options for this
 *   chart, such as height, colors, and axes".
 * - container-info: getAnchorRow/getAnchorColumn are 1-indexed ("column C is 3"); getOffsetX/Y are pixels.
 */
import { createEnvironment } from '../../../../dev/emulator';
import { aWorkbook } from './workbook-fixture';

/** Charts.ChartType as the bundle sees it. */
const ChartType = (createEnvironment().globals['Charts'] as { ChartType: Record<string, GoogleAppsScript.Charts.ChartType> }).ChartType;
const COLUMN = ChartType['COLUMN'] as GoogleAppsScript.Charts.ChartType;
const PIE = ChartType['PIE'] as GoogleAppsScript.Charts.ChartType;

function withData() {
  const f = aWorkbook();
  f.sheet.getRange('A1:B4').setValues([['Status', 'Cases'], ['Submitted', 3], ['Denied', 1], ['Active', 2]]);
  return f;
}

function aColumnChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, a1 = 'A1:B4') {
  return sheet.newChart().setChartType(COLUMN).addRange(sheet.getRange(a1)).setPosition(2, 4, 10, 20).setOption('title', 'By status').build();
}

describe('embedded charts', () => {
  describe('EmbeddedChartBuilder', () => {
    it('builds a chart with its type, ranges, position and options', () => {
      const { sheet } = withData();
      const chart = aColumnChart(sheet);
      expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
      expect(chart.getOptions().get('title')).toBe('By status');
      expect(chart.getOptions().get('legend')).toBeNull();
      const info = chart.getContainerInfo();
      expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 4, 10, 20]);
    });

    it('gives a built but not inserted chart no id and does not draw it (build(), getChartId())', () => {
      const { sheet } = withData();
      expect(aColumnChart(sheet).getChartId()).toBeNull();
      expect(sheet.getCharts()).toEqual([]);
    });

    it('adds a range already added only once (EmbeddedChartBuilder.addRange)', () => {
      const { sheet } = withData();
      const builder = sheet.newChart().addRange(sheet.getRange('A1:A4')).addRange(sheet.getRange('A1:A4')).addRange(sheet.getRange('B1:B4'));
      expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:B4']);
    });

    it('returns the width and height options it was given (EmbeddedChart.getOptions)', () => {
      const { sheet } = withData();
      const chart = sheet.newChart().setChartType(COLUMN).addRange(sheet.getRange('A1:B4')).setOption('width', 520).setOption('height', 300).setOption('legend', { position: 'none' }).build();
      expect([chart.getOptions().get('width'), chart.getOptions().get('height'), chart.getOptions().get('legend')]).toEqual([520, 300, { position: 'none' }]);
    });

    it('adds, removes and clears ranges', () => {
      const { sheet } = withData();
      const builder = sheet.newChart().addRange(sheet.getRange('A1:A4')).addRange(sheet.getRange('B1:B4'));
      builder.removeRange(sheet.getRange('A1:A4'));
      expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['B1:B4']);
      builder.clearRanges();
      expect(builder.getRanges()).toEqual([]);
    });

    it('sets the type with asPieChart() & co., and setTitle is the title option', () => {
      const { sheet } = withData();
      const builder = sheet.newChart().asPieChart().setTitle('Share');
      expect(builder.getChartType()).toBe(PIE);
      expect(builder.build().getOptions().get('title')).toBe('Share');
    });

    it('refuses to build without a chart type', () => {
      const { sheet } = withData();
      expect(() => sheet.newChart().addRange(sheet.getRange('A1:B4')).build()).toThrow(/chart type/);
    });

    it('throws "not implemented" for what it does not emulate', () => {
      const { sheet } = withData();
      expect(() => sheet.newChart().setMergeStrategy({} as GoogleAppsScript.Charts.ChartMergeStrategy)).toThrow('Emulator: EmbeddedChartBuilder.setMergeStrategy is not implemented');
    });
  });

  describe('Sheet', () => {
    it('inserts charts with ids unique in the spreadsheet, listed by getCharts in order', () => {
      const { sheet, ss } = withData();
      sheet.insertChart(aColumnChart(sheet));
      sheet.insertChart(aColumnChart(sheet, 'A1:B3'));
      const other = ss.insertSheet('Other');
      other.insertChart(aColumnChart(sheet));
      const ids = [...sheet.getCharts(), ...other.getCharts()].map((c) => c.getChartId());
      expect(new Set(ids).size).toBe(3);
      expect(sheet.getCharts().map((c) => c.getRanges()[0]?.getA1Notation())).toEqual(['A1:B4', 'A1:B3']);
    });

    it('removes a chart from getCharts()', () => {
      const { sheet } = withData();
      sheet.insertChart(aColumnChart(sheet));
      sheet.insertChart(aColumnChart(sheet, 'A1:B3'));
      const [first] = sheet.getCharts();
      if (first) sheet.removeChart(first);
      expect(sheet.getCharts().map((c) => c.getRanges()[0]?.getA1Notation())).toEqual(['A1:B3']);
    });

    it('keeps a modified chart off the sheet until updateChart (EmbeddedChartBuilder: changes are saved by updateChart)', () => {
      const { sheet } = withData();
      sheet.insertChart(aColumnChart(sheet));
      const chart = sheet.getCharts()[0];
      if (!chart) throw new Error('no chart');
      const changed = chart.modify().setOption('title', 'Updated!').setPosition(8, 1, 0, 0).build();
      expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('By status');
      sheet.updateChart(changed);
      const after = sheet.getCharts()[0];
      expect(after?.getOptions().get('title')).toBe('Updated!');
      expect(after?.getContainerInfo().getAnchorRow()).toBe(8);
      expect(after?.getChartId()).toBe(chart.getChartId());
    });

    it('moves chart ranges and anchors with inserted and deleted rows', () => {
      const { sheet } = withData();
      sheet.insertChart(aColumnChart(sheet));
      sheet.insertRowsBefore(1, 2);
      const chart = sheet.getCharts()[0];
      expect(chart?.getRanges()[0]?.getA1Notation()).toBe('A3:B6');
      expect(chart?.getContainerInfo().getAnchorRow()).toBe(4);
    });

    it('drops the charts of a deleted sheet, and ranges on it from charts elsewhere', () => {
      const { sheet, ss } = withData();
      const data = ss.insertSheet('Data');
      data.getRange('A1:B2').setValues([['x', 1], ['y', 2]]);
      data.insertChart(aColumnChart(data, 'A1:B2'));
      sheet.insertChart(sheet.newChart().setChartType(COLUMN).addRange(data.getRange('A1:B2')).addRange(sheet.getRange('A1:B4')).build());
      ss.deleteSheet(data);
      expect(sheet.getCharts()[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    });
  });

  it('round-trips through the workbook snapshot', () => {
    const { sheet, workbook } = withData();
    sheet.insertChart(aColumnChart(sheet));
    const snapshot = JSON.parse(JSON.stringify(workbook.toSnapshot()));
    const again = aWorkbook({ snapshot }).ss.getSheets()[0];
    const chart = again?.getCharts()[0];
    expect(chart?.getRanges()[0]?.getA1Notation()).toBe('A1:B4');
    expect(chart?.getOptions().get('title')).toBe('By status');
    expect(chart?.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(chart?.getChartId()).toBe(sheet.getCharts()[0]?.getChartId());
  });

  it('counts chart calls like every other object', () => {
    const { sheet, host } = withData();
    host.counter.reset();
    sheet.insertChart(aColumnChart(sheet));
    sheet.getCharts()[0]?.getOptions().get('title');
    expect(host.counter.get('EmbeddedChartBuilder')).toBe(5);
    expect(host.counter.get('Sheet.insertChart')).toBe(1);
    expect(host.counter.get('ChartOptions.get')).toBe(1);
  });

  it('is exposed to the bundle as the Charts global with the ChartType enum', () => {
    expect(String(COLUMN)).toBe('COLUMN');
    expect(Object.keys(ChartType)).toEqual(expect.arrayContaining(['BAR', 'COLUMN', 'PIE', 'LINE', 'AREA', 'SCATTER', 'TABLE']));
  });
});
