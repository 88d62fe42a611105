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

/** Widths from the header (bold) and the first rows' text, like Sheets' "fit to data", within bounds. */
export function columnWidths(sheet: SheetView): number[] {
  const columns = sheet.display[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    const header = Math.min(textWidth(sheet.display[0]?.[c] ?? '', true) + 20, 200);
    let longest = 0;
    sheet.display.slice(1, 80).forEach((row, i) => (longest = Math.max(longest, textWidth(row[c] ?? '', sheet.bold?.[i + 1]?.[c] === true))));
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
  // As in Sheets, text runs on over an empty cell to its right (within the drawn columns) instead of being cut.
  const next = sheet.display[r]?.[c + 1];
  if (display && !control && next === '' && !sheet.controls[r]?.[c + 1]) td.classList.add('spill');
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
): { tr: HTMLTableRowElement; cells: HTMLTableCellElement[] } {
  const frozen = r < sheet.frozenRows;
  const rowHead = el('th', { className: 'row-head', text: String(r + 1) });
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
  return { tr, cells };
}

/** An empty row standing in for `rows` rows outside the drawn window. */
export function spacerRow(rows: number, columns: number): HTMLTableRowElement {
  const td = el('td', { className: 'spacer', attrs: { colspan: String(columns + 1) } });
  td.style.height = `${rows * ROW_H}px`;
  return el('tr', { className: 'spacer-row' }, td);
}
