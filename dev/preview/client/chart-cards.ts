/**
 * The active sheet's embedded charts as small cards under the grid: title, type, anchor cell and ranges, and a
 * tiny SVG bar per value of the chart's first range. Sheets draws the real chart; this only shows what it plots.
 */
import type { ChartView } from '../view-types';
import { a1 } from './a1';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const BAR_HEIGHT = 14;
const WIDTH = 240;
const LABEL_WIDTH = 110;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function bars(chart: ChartView): SVGSVGElement {
  const max = Math.max(0, ...chart.bars.map((b) => b.value)) || 1;
  const root = svg('svg', { width: WIDTH, height: Math.max(1, chart.bars.length) * BAR_HEIGHT, role: 'img', 'aria-label': chart.title || 'chart' });
  chart.bars.forEach((b, i) => {
    const y = i * BAR_HEIGHT;
    const width = Math.max(0, (b.value / max) * (WIDTH - LABEL_WIDTH - 40));
    root.append(
      svg('text', { x: 0, y: y + 11, 'font-size': 10, fill: '#5f6368' }, b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label),
      svg('rect', { x: LABEL_WIDTH, y: y + 2, width, height: BAR_HEIGHT - 4, fill: '#4285f4' }),
      svg('text', { x: LABEL_WIDTH + width + 4, y: y + 11, 'font-size': 10, fill: '#202124' }, String(b.value)),
    );
  });
  return root;
}

/** Draws the cards, or hides the strip when the sheet has no chart. */
export function renderChartCards(root: HTMLElement, charts: readonly ChartView[]): void {
  root.hidden = charts.length === 0;
  root.replaceChildren(
    ...charts.map((chart) =>
      el(
        'figure',
        { className: 'chart-card', attrs: { 'data-chart-type': chart.type } },
        el('figcaption', { text: chart.title || '(untitled chart)' }),
        el('div', { className: 'chart-meta', text: `${chart.type.toLowerCase()} chart at ${a1(chart.anchor.row - 1, chart.anchor.col - 1)} · ${chart.ranges.join(', ')}` }),
        bars(chart),
      ),
    ),
  );
}
