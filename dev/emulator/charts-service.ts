/**
 * The Charts service as far as embedded Sheets charts need it: the ChartType enum for
 * EmbeddedChartBuilder.setChartType. It needs no OAuth scope and holds no state, so it is never guarded;
 * the standalone chart builders (Charts.newBarChart()…, data tables) are not emulated.
 */
import { CHART_TYPE } from './spreadsheet/enums';

export function createCharts(): object {
  const notImplemented = (name: string) => (): never => {
    throw new Error(`Emulator: Charts.${name} is not implemented`);
  };
  return Object.freeze({
    ChartType: CHART_TYPE,
    newAreaChart: notImplemented('newAreaChart'),
    newBarChart: notImplemented('newBarChart'),
    newColumnChart: notImplemented('newColumnChart'),
    newDataTable: notImplemented('newDataTable'),
    newLineChart: notImplemented('newLineChart'),
    newPieChart: notImplemented('newPieChart'),
    newScatterChart: notImplemented('newScatterChart'),
    newTableChart: notImplemented('newTableChart'),
  });
}
