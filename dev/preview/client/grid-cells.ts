/**
 * Drawing one cell or row of the grid: the value, the control its validation implies (checkbox,
 * dropdown arrow), its background and its note. Pure DOM building; the Grid owns events and state.
 */
import type { CellControl, SheetView } from '../view-types';
import { a1 } from './a1';
import { el } from './dom';

/** Row height and column-letter header height in px; fixed so rows can be windowed by arithmetic. */
export const ROW_H = 22;
export const HEAD_H = 24;
export const ROW_HEAD_W = 46;

const NUMERIC = /^[-+(]?[$€£]?[\d,]+(\.\d+)?%?\)?$|^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/;

let measurer: CanvasRenderingContext2D | null | undefined;

/** Pixel width of `text` in the grid's font (a canvas measures without layout); a guess if canvas is unavailable. */
function textWidth(text: string, bold: boolean): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * (bold ? 8.5 : 7.5);
  measurer.font = `${bold ? 'bold ' : ''}13px Arial, sans-serif`;
  return measurer.measureText(text).width;
}

/** Sheets' width of a column nobody sized. */
const DEFAULT_WIDTH = 100;

/**
 * Each column's width: the one the sheet set (setColumnWidth), as Sheets draws it; else, for a column with data,
 * a fit to the header (bold) and the first rows' text, like Sheets' "fit to data", within bounds; else 100 px.
 */
export function columnWidths(sheet: SheetView): number[] {
  const columns = sheet.display[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    const set = sheet.columnWidths[c];
    if (set !== null && set !== undefined) return set;
    const header = Math.min(textWidth(sheet.display[0]?.[c] ?? '', true) + 20, 200);
    let longest = 0;
    sheet.display.slice(1, 80).forEach((row, i) => (longest = Math.max(longest, textWidth(row[c] ?? '', sheet.bold?.[i + 1]?.[c] === true))));
    if (longest === 0 && (sheet.display[0]?.[c] ?? '') === '') return DEFAULT_WIDTH;
    const dropdown = sheet.controls[1]?.[c]?.kind === 'list' ? 14 : 0;
    return Math.ceil(Math.max(64, header, Math.min(280, longest + 14 + dropdown)));
  });
}

export function fillCell(td: HTMLTableCellElement, sheet: SheetView, r: number, c: number, selected: boolean): void {
  const display = sheet.display[r]?.[c] ?? '';
  const control: CellControl = sheet.controls[r]?.[c] ?? null;
  const note = sheet.notes[r]?.[c] ?? '';
  // Keep the frozen-column classes: they belong to the column, not the value.
  td.className = td.className.split(' ').filter((c) => c.startsWith('frozen-col')).join(' ');
  td.replaceChildren();
  td.title = note;
  if (note) td.classList.add('has-note');
  td.style.background = sheet.backgrounds[r]?.[c] ?? '';
  td.style.fontWeight = sheet.bold?.[r]?.[c] ? 'bold' : '';
  if (control?.kind === 'checkbox') {
    const box = el('input', { attrs: { type: 'checkbox', 'aria-label': a1(r, c) } });
    box.checked = display.toUpperCase() === 'TRUE';
    td.classList.add('check');
    td.append(box);
  } else if (control?.kind === 'list') {
    td.classList.add('list');
    td.append(el('span', { className: 'value', text: display }), el('span', { className: 'arrow', text: '▾' }));
  } else {
    if (NUMERIC.test(display)) td.classList.add('num');
    td.textContent = display;
  }
  if (sheet.wraps[r]?.[c]) td.classList.add('wrap');
  if (selected) td.classList.add('selected');
}

/** Left offsets of the frozen columns, which stick next to the row numbers. */
export function frozenLefts(sheet: SheetView, widths: readonly number[]): number[] {
  const lefts: number[] = [];
  let left = ROW_HEAD_W;
  for (let c = 0; c < Math.min(sheet.frozenColumns, widths.length); c += 1) {
    lefts.push(left);
    left += widths[c] ?? 0;
  }
  return lefts;
}

/** Makes a cell of a frozen column stick at `left`; the last one draws Sheets' thick divider. */
export function stickColumn(cell: HTMLTableCellElement, c: number, lefts: readonly number[]): void {
  const left = lefts[c];
  if (left === undefined) return;
  cell.classList.add('frozen-col');
  if (c === lefts.length - 1) cell.classList.add('frozen-col-last');
  cell.style.left = `${left}px`;
}

/** One sheet row: its number and its cells (returned too, for selection and editing). */
export function buildRow(
  sheet: SheetView,
  r: number,
  selectedCol: number | null,
  lefts: readonly number[],
  widths: readonly number[] = [],
): { tr: HTMLTableRowElement; cells: HTMLTableCellElement[] } {
  const frozen = r < sheet.frozenRows;
  const rowHead = el('th', { className: 'row-head', text: String(r + 1), attrs: { 'data-row': String(r), title: 'Right-click to insert or delete rows' } });
  const tr = el('tr', { className: frozen ? (r === sheet.frozenRows - 1 ? 'frozen frozen-last' : 'frozen') : '' }, rowHead);
  if (frozen) rowHead.style.top = `${HEAD_H + r * ROW_H}px`;
  const cells = (sheet.display[r] ?? []).map((_, c) => {
    const td = el('td');
    td.dataset['r'] = String(r);
    td.dataset['c'] = String(c);
    if (frozen) td.style.top = `${HEAD_H + r * ROW_H}px`;
    fillCell(td, sheet, r, c, c === selectedCol);
    stickColumn(td, c, lefts);
    return td;
  });
  tr.append(...cells);
  spillText(sheet, r, cells, lefts.length, widths);
  if (sheet.hiddenRows.includes(r + 1)) tr.classList.add('filtered-out');
  if (sheet.filter && r === sheet.filter.range.row - 1) addFilterButtons(sheet, cells);
  return { tr, cells };
}

/** An empty row standing in for `rows` rows outside the drawn window. */
export function spacerRow(rows: number, columns: number): HTMLTableRowElement {
  const td = el('td', { className: 'spacer', attrs: { colspan: String(columns + 1) } });
  td.style.height = `${rows * ROW_H}px`;
  return el('tr', { className: 'spacer-row' }, td);
}

/** Sheets' filter buttons in the header row of the filter's range; a column with criteria shows a filled funnel. */
function addFilterButtons(sheet: SheetView, cells: readonly HTMLTableCellElement[]): void {
  const filter = sheet.filter;
  if (!filter) return;
  for (let c = filter.range.col - 1; c < filter.range.col - 1 + filter.range.numCols; c += 1) {
    const td = cells[c];
    if (!td) continue;
    const active = filter.criteria.some((x) => x.column === c + 1);
    const button = el('button', {
      className: `filter-button${active ? ' active' : ''}`,
      text: '▼',
      attrs: { type: 'button', 'data-c': String(c), 'aria-label': `Filter column ${a1(0, c).replace(/\d+$/, '')}` },
    });
    td.classList.add('has-filter');
    td.append(button);
  }
}

/**
 * Sheets' default text overflow: text that does not wrap runs on over the empty cells to its right, up to
 * the next cell with a value (numbers, dropdowns, checkboxes and frozen columns stay in their cell).
 */
function spillText(sheet: SheetView, r: number, cells: readonly HTMLTableCellElement[], frozenColumns: number, widths: readonly number[]): void {
  const line = sheet.display[r] ?? [];
  for (let c = frozenColumns; c < cells.length; c += 1) {
    const td = cells[c];
    const text = line[c] ?? '';
    if (!td || text === '' || sheet.wraps[r]?.[c] || sheet.controls[r]?.[c] || td.classList.contains('num')) continue;
    let width = widths[c] ?? 0;
    let next = c + 1;
    while (next < cells.length && (line[next] ?? '') === '' && !sheet.controls[r]?.[next]) width += widths[next++] ?? 0;
    if (next === c + 1 || width <= (widths[c] ?? 0)) continue;
    td.classList.add('spill');
    td.replaceChildren(el('span', { className: 'spill-text', text }));
    (td.firstChild as HTMLElement).style.width = `${width - 8}px`;
  }
}
