/**
 * Draws an embedded chart the way Sheets would, from what the emulator says it plots (type, labels, series
 * named by their headers, values as formatted in the sheet): column, bar and pie charts as SVG, with axis
 * ticks, value labels and a legend. Dev-only: Apps Script draws the real charts in Sheets.
 */
import type { ChartView } from '../view-types';

const NS = 'http://www.w3.org/2000/svg';
/** Sheets' default series colours. */
export const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
/** Sheets' default embedded chart size, when the chart sets no 'width' / 'height'. */
const DEFAULT_SIZE = { width: 600, height: 371 };
const FONT = 'Arial, sans-serif';

type Attrs = Record<string, string | number>;
type Series = ChartView['data']['series'][number];

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs, text?: string): SVGElementTagNameMap[K] {
  const n = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) n.setAttribute(name, String(value));
  if (text !== undefined) n.textContent = text;
  return n;
}

const text = (x: number, y: number, value: string, attrs: Attrs = {}): SVGTextElement =>
  node('text', { x, y, 'font-family': FONT, 'font-size': 11, fill: '#444', ...attrs }, value);

function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** How a series reads in the sheet: the axis ticks follow it (85% or $120, not 0.85 or 120). */
function tickFormat(series: readonly Series[]): (v: number) => string {
  const sample = series.flatMap((s) => s.display.filter((d, i) => s.values[i] !== null))[0] ?? '';
  if (sample.endsWith('%')) return (v) => `${Math.round(v * 100)}%`;
  if (sample.startsWith('$')) return (v) => `$${Number(v.toFixed(2))}`;
  return (v) => String(Number(v.toFixed(2)));
}

/** A "nice" axis maximum and step: 1, 2 or 5 × 10^n, about 5 ticks. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  return { top: Math.ceil(max / step) * step, step };
}

function legend(svg: SVGSVGElement, series: readonly Series[], x: number, y: number): void {
  let left = x;
  series.forEach((s, i) => {
    svg.append(node('rect', { x: left, y: y - 9, width: 10, height: 10, fill: PALETTE[i % PALETTE.length] ?? '#4285f4' }), text(left + 14, y, s.name));
    left += 24 + s.name.length * 6.5;
  });
}

/** Vertical (column) or horizontal (bar) grouped bars with a value axis, gridlines and value labels. */
function bars(svg: SVGSVGElement, chart: ChartView, box: { x: number; y: number; w: number; h: number }, horizontal: boolean): void {
  const { labels, series } = chart.data;
  const format = tickFormat(series);
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const { top, step } = niceScale(max);
  const labelRoom = horizontal ? Math.min(170, box.w * 0.38) : 0;
  const plot = horizontal ? { x: box.x + labelRoom, y: box.y, w: box.w - labelRoom - 40, h: box.h - 18 } : { x: box.x + 44, y: box.y, w: box.w - 44, h: box.h - 30 };
  const along = horizontal ? plot.w : plot.h;
  for (let v = 0; v <= top + step / 2; v += step) {
    const at = (v / top) * along;
    if (horizontal) svg.append(node('line', { x1: plot.x + at, y1: plot.y, x2: plot.x + at, y2: plot.y + plot.h, stroke: '#e0e0e0' }), text(plot.x + at, plot.y + plot.h + 14, format(v), { 'text-anchor': 'middle' }));
    else svg.append(node('line', { x1: plot.x, y1: plot.y + plot.h - at, x2: plot.x + plot.w, y2: plot.y + plot.h - at, stroke: '#e0e0e0' }), text(plot.x - 6, plot.y + plot.h - at + 4, format(v), { 'text-anchor': 'end' }));
  }
  const band = (horizontal ? plot.h : plot.w) / Math.max(1, labels.length);
  const thickness = Math.min(48, (band * 0.7) / Math.max(1, series.length));
  labels.forEach((label, i) => {
    const start = i * band + (band - thickness * series.length) / 2;
    series.forEach((s, k) => {
      const value = s.values[i];
      if (value === null || value === undefined) return;
      const length = (Math.max(0, value) / top) * along;
      const offset = start + k * thickness;
      const fill = PALETTE[k % PALETTE.length] ?? '#4285f4';
      const shown = s.display[i] ?? String(value);
      if (horizontal) svg.append(node('rect', { x: plot.x, y: plot.y + offset, width: length, height: thickness - 2, fill }), text(plot.x + length + 4, plot.y + offset + thickness / 2 + 3, shown));
      else svg.append(node('rect', { x: plot.x + offset, y: plot.y + plot.h - length, width: thickness - 2, height: length, fill }), text(plot.x + offset + thickness / 2, plot.y + plot.h - length - 4, shown, { 'text-anchor': 'middle', 'font-size': 10 }));
    });
    if (horizontal) svg.append(text(plot.x - 6, plot.y + i * band + band / 2 + 4, clip(label, Math.floor(labelRoom / 6.2)), { 'text-anchor': 'end' }));
    else svg.append(text(plot.x + i * band + band / 2, plot.y + plot.h + 16, clip(label, Math.max(6, Math.floor(band / 6.5))), { 'text-anchor': 'middle' }));
  });
  svg.append(node('line', horizontal ? { x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.y + plot.h, stroke: '#888' } : { x1: plot.x, y1: plot.y + plot.h, x2: plot.x + plot.w, y2: plot.y + plot.h, stroke: '#888' }));
}

/** A pie of the first series, slices clockwise from 12 o'clock, with a legend of label, value and share. */
function pie(svg: SVGSVGElement, chart: ChartView, box: { x: number; y: number; w: number; h: number }): void {
  const series = chart.data.series[0];
  const slices = chart.data.labels.map((label, i) => ({ label, value: Math.max(0, series?.values[i] ?? 0), shown: series?.display[i] ?? '' })).filter((s) => s.value > 0);
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  const r = Math.min(box.h, box.w * 0.5) / 2 - 4;
  const cx = box.x + r + 8;
  const cy = box.y + box.h / 2;
  if (total === 0) svg.append(node('circle', { cx, cy, r, fill: '#f1f3f4' }), text(cx, cy, 'No data', { 'text-anchor': 'middle' }));
  let angle = -Math.PI / 2;
  slices.forEach((s, i) => {
    const sweep = (s.value / total) * Math.PI * 2;
    const fill = PALETTE[i % PALETTE.length] ?? '#4285f4';
    if (slices.length === 1) svg.append(node('circle', { cx, cy, r, fill }));
    else {
      const [x1, y1, x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
      svg.append(node('path', { d: `M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2},${y2} Z`, fill, stroke: '#fff' }));
    }
    const mid = angle + sweep / 2;
    svg.append(text(cx + r * 0.62 * Math.cos(mid), cy + r * 0.62 * Math.sin(mid) + 4, `${Math.round((s.value / total) * 100)}%`, { 'text-anchor': 'middle', fill: '#fff', 'font-weight': 'bold' }));
    const ly = box.y + 16 + i * 20;
    svg.append(node('rect', { x: cx + r + 24, y: ly - 9, width: 10, height: 10, fill }), text(cx + r + 40, ly, `${clip(s.label, 34)} (${s.shown})`));
    angle += sweep;
  });
}

/** The chart as an SVG of its own size (scaled by CSS to the card), titled like Sheets. */
export function chartSvg(chart: ChartView): SVGSVGElement {
  const width = chart.width ?? DEFAULT_SIZE.width;
  const height = chart.height ?? DEFAULT_SIZE.height;
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': chart.title || 'chart', 'data-chart-type': chart.type });
  svg.append(node('rect', { x: 0, y: 0, width, height, fill: '#fff' }), text(width / 2, 24, chart.title, { 'text-anchor': 'middle', 'font-size': 15, fill: '#202124', 'font-weight': 'bold' }));
  const many = chart.data.series.length > 1 && chart.type !== 'PIE';
  if (many) legend(svg, chart.data.series, 48, 46);
  const box = { x: 16, y: many ? 60 : 44, w: width - 32, h: height - (many ? 60 : 44) - 12 };
  if (chart.type === 'PIE') pie(svg, chart, box);
  else bars(svg, chart, box, chart.type === 'BAR');
  return svg;
}
