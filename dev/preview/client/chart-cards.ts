/**
 * The active sheet's embedded charts, drawn as charts (`chart-svg.ts`) in a panel beside the grid, in the
 * order of their anchor rows — where Sheets floats them over the cells. Each card names the anchor cell and the
 * ranges, so what Sheets would show where stays visible.
 */
import type { ChartView } from '../view-types';
import { a1 } from './a1';
import { chartSvg } from './chart-svg';
import { el } from './dom';

/** Draws the charts, or hides the panel when the sheet has none. */
export function renderChartCards(root: HTMLElement, charts: readonly ChartView[]): void {
  root.hidden = charts.length === 0;
  const ordered = [...charts].sort((a, b) => a.anchor.row - b.anchor.row || a.anchor.col - b.anchor.col);
  root.replaceChildren(
    ...ordered.map((chart) =>
      el(
        'figure',
        { className: 'chart-card', attrs: { 'data-chart-type': chart.type } },
        el('figcaption', { text: chart.title || '(untitled chart)' }),
        chartSvg(chart),
        el('div', { className: 'chart-meta', text: `${chart.type.toLowerCase()} chart at ${a1(chart.anchor.row - 1, chart.anchor.col - 1)} · ${chart.ranges.join(', ')}` }),
      ),
    ),
  );
}
