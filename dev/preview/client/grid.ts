/**
 * The sheet grid: column letters, row numbers, frozen rows, per-cell controls (checkbox, dropdown, date),
 * backgrounds and notes. One table per render; events are delegated so 200+ rows stay quick.
 */
import type { CellControl, EditValue, SheetView } from '../view-types';
import { a1, columnLetter } from './a1';
import { createEditor, type EditorElement } from './cell-editor';
import { el } from './dom';

export interface GridHandlers {
  select(a1: string, display: string, note: string): void;
  edit(a1: string, value: EditValue): void;
}

const ROW_H = 22;
const HEAD_H = 24;
const NUMERIC = /^[-+(]?[$€£]?[\d,]+(\.\d+)?%?\)?$|^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/;

interface Editing {
  row: number;
  col: number;
  input: EditorElement;
  initial: string;
}

/** Widths from the header (bold) and the first rows' text, like Sheets' "fit to data", within bounds. */
function columnWidths(sheet: SheetView): number[] {
  const columns = sheet.display[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    const header = Math.min((sheet.display[0]?.[c] ?? '').length * 8 + 20, 200);
    let longest = 0;
    for (const row of sheet.display.slice(1, 80)) longest = Math.max(longest, (row[c] ?? '').length);
    const dropdown = sheet.controls[1]?.[c]?.kind === 'list' ? 14 : 0;
    return Math.round(Math.max(64, header, Math.min(260, longest * 8 + 18 + dropdown)));
  });
}

export class Grid {
  private sheet: SheetView | null = null;
  private pending: SheetView | null = null;
  private selected: { row: number; col: number } | null = null;
  private editing: Editing | null = null;
  private cells: HTMLTableCellElement[][] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    root.addEventListener('mousedown', (e) => this.onMouseDown(e));
    root.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    root.addEventListener('change', (e) => this.onCheckbox(e));
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  get sheetName(): string | null {
    return this.sheet?.name ?? null;
  }

  render(sheet: SheetView | null): void {
    if (this.editing) {
      // Keep the user's typing: draw the new state once the edit is committed or cancelled.
      this.pending = sheet;
      return;
    }
    if (sheet?.name !== this.sheet?.name) this.selected = null;
    this.sheet = sheet;
    this.cells = [];
    if (!sheet) {
      this.root.replaceChildren(el('div', { className: 'empty-sheet', text: 'No sheet.' }));
      return;
    }
    const widths = columnWidths(sheet);
    const colgroup = el('colgroup', {}, el('col', { attrs: { style: 'width:46px' } }), ...widths.map((w) => el('col', { attrs: { style: `width:${w}px` } })));
    const head = el('tr', {}, el('th', { className: 'corner' }), ...widths.map((_, c) => el('th', { className: 'col-head', text: columnLetter(c) })));
    const body = el('tbody');
    sheet.display.forEach((row, r) => {
      const frozen = r < sheet.frozenRows;
      const rowHead = el('th', { className: 'row-head', text: String(r + 1) });
      const tr = el('tr', { className: frozen ? 'frozen' : '' }, rowHead);
      if (frozen) rowHead.style.top = `${HEAD_H + r * ROW_H}px`;
      const cells = row.map((_, c) => {
        const td = el('td');
        td.dataset['r'] = String(r);
        td.dataset['c'] = String(c);
        if (frozen) td.style.top = `${HEAD_H + r * ROW_H}px`;
        this.fillCell(td, r, c);
        return td;
      });
      this.cells.push(cells);
      tr.append(...cells);
      body.append(tr);
    });
    const table = el('table', { className: 'grid' }, colgroup, el('thead', {}, head), body);
    table.style.width = `${46 + widths.reduce((a, b) => a + b, 0)}px`;
    const note = sheet.shownRows < sheet.totalRows ? el('div', { className: 'cap-note', text: `Showing the first ${sheet.shownRows} of ${sheet.totalRows} rows.` }) : null;
    this.root.replaceChildren(table);
    if (note) this.root.append(note);
    if (this.selected) this.highlight(this.selected.row, this.selected.col, false);
  }

  private fillCell(td: HTMLTableCellElement, r: number, c: number): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const display = sheet.display[r]?.[c] ?? '';
    const control: CellControl = sheet.controls[r]?.[c] ?? null;
    const note = sheet.notes[r]?.[c] ?? '';
    td.className = '';
    td.replaceChildren();
    td.title = note;
    if (note) td.classList.add('has-note');
    td.style.background = sheet.backgrounds[r]?.[c] ?? '';
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
    if (this.selected?.row === r && this.selected.col === c) td.classList.add('selected');
  }

  private cellAt(target: EventTarget | null): { row: number; col: number; td: HTMLTableCellElement } | null {
    const td = (target as HTMLElement | null)?.closest?.('td[data-r]') as HTMLTableCellElement | null;
    if (!td) return null;
    return { row: Number(td.dataset['r']), col: Number(td.dataset['c']), td };
  }

  private highlight(row: number, col: number, notify: boolean): void {
    const prev = this.selected;
    if (prev) this.cells[prev.row]?.[prev.col]?.classList.remove('selected');
    const td = this.cells[row]?.[col];
    if (!td || !this.sheet) return;
    this.selected = { row, col };
    td.classList.add('selected');
    if (notify) {
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      this.handlers.select(a1(row, col), this.sheet.display[row]?.[col] ?? '', this.sheet.notes[row]?.[col] ?? '');
    }
  }

  private onMouseDown(event: MouseEvent): void {
    const hit = this.cellAt(event.target);
    if (!hit || this.editing?.input === event.target) return;
    if (this.editing) this.commit(null);
    this.highlight(hit.row, hit.col, true);
    if ((event.target as HTMLElement).classList.contains('arrow')) {
      event.preventDefault();
      this.startEdit(null);
    }
  }

  private onDoubleClick(event: MouseEvent): void {
    const hit = this.cellAt(event.target);
    if (hit && !this.editing && this.sheet?.controls[hit.row]?.[hit.col]?.kind !== 'checkbox') this.startEdit(null);
  }

  private onCheckbox(event: Event): void {
    const box = event.target as HTMLInputElement;
    const hit = this.cellAt(box);
    if (hit && box.type === 'checkbox') this.handlers.edit(a1(hit.row, hit.col), box.checked);
  }

  private startEdit(typed: string | null): void {
    const sel = this.selected;
    const sheet = this.sheet;
    const td = sel ? this.cells[sel.row]?.[sel.col] : undefined;
    if (!sel || !sheet || !td) return;
    const control = sheet.controls[sel.row]?.[sel.col] ?? null;
    if (control?.kind === 'checkbox' && typed === null) return;
    const { input, initial } = createEditor(sheet.display[sel.row]?.[sel.col] ?? '', control, typed);
    input.className = 'cell-input';
    const editing: Editing = { row: sel.row, col: sel.col, input, initial };
    this.editing = editing;
    td.replaceChildren(input);
    td.classList.add('editing');
    input.addEventListener('blur', () => {
      if (this.editing === editing) this.commit(null);
    });
    if (input instanceof HTMLSelectElement) input.addEventListener('change', () => this.commit('down'));
    input.focus();
    if (input instanceof HTMLInputElement && input.type === 'text') input.setSelectionRange(input.value.length, input.value.length);
  }

  private finishEdit(): Editing | null {
    const editing = this.editing;
    this.editing = null;
    if (!editing) return null;
    const td = this.cells[editing.row]?.[editing.col];
    if (td) this.fillCell(td, editing.row, editing.col);
    if (this.pending) {
      const next = this.pending;
      this.pending = null;
      this.render(next);
    }
    return editing;
  }

  private commit(move: 'down' | 'right' | null): void {
    const value = this.editing?.input.value;
    const editing = this.finishEdit();
    if (!editing || value === undefined) return;
    if (value !== editing.initial) this.handlers.edit(a1(editing.row, editing.col), value);
    if (move) this.move(move === 'down' ? 1 : 0, move === 'right' ? 1 : 0);
  }

  private move(dr: number, dc: number): void {
    const sel = this.selected;
    const sheet = this.sheet;
    if (!sel || !sheet) return;
    const row = Math.max(0, Math.min(sheet.display.length - 1, sel.row + dr));
    const col = Math.max(0, Math.min((sheet.display[0]?.length ?? 1) - 1, sel.col + dc));
    this.highlight(row, col, true);
  }

  private onKey(event: KeyboardEvent): void {
    if (document.querySelector('.modal-backdrop')) return;
    if (this.editing) {
      if (event.key === 'Enter') this.commit('down');
      else if (event.key === 'Tab') this.commit('right');
      else if (event.key === 'Escape') this.finishEdit();
      else return;
      event.preventDefault();
      return;
    }
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, button') && !target.closest('td')) return;
    if (!this.selected || event.ctrlKey || event.metaKey || event.altKey) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    const step = arrows[event.key];
    const { row, col } = this.selected;
    const control = this.sheet?.controls[row]?.[col] ?? null;
    if (step) this.move(step[0], step[1]);
    else if (event.key === 'Enter' || event.key === 'F2') this.startEdit(null);
    else if (event.key === 'Delete' || event.key === 'Backspace') this.handlers.edit(a1(row, col), '');
    else if (event.key === ' ' && control?.kind === 'checkbox') this.handlers.edit(a1(row, col), (this.sheet?.display[row]?.[col] ?? '').toUpperCase() !== 'TRUE');
    else if (event.key.length === 1) this.startEdit(event.key);
    else return;
    event.preventDefault();
  }
}
