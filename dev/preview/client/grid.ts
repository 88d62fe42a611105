/**
 * The sheet grid: column letters, row numbers, frozen rows, per-cell controls, backgrounds and notes.
 * Only the rows in view (plus a margin) are in the DOM — a full 200-row table took seconds to lay out —
 * with spacer rows keeping the scroll height; events are delegated to the scroll container.
 */
import type { EditValue, SheetView } from '../view-types';
import { a1, columnLetter } from './a1';
import { createEditor, type EditorElement } from './cell-editor';
import { buildRow, columnWidths, fillCell, HEAD_H, ROW_H, ROW_HEAD_W, spacerRow } from './grid-cells';
import { el } from './dom';

export interface GridHandlers {
  select(a1: string, display: string, note: string): void;
  edit(a1: string, value: EditValue): void;
}

/** Rows drawn above and below the visible ones, so short scrolls need no redraw. */
const MARGIN_ROWS = 30;

interface Editing {
  row: number;
  col: number;
  input: EditorElement;
  initial: string;
}

export class Grid {
  private sheet: SheetView | null = null;
  private pending: SheetView | null = null;
  private selected: { row: number; col: number } | null = null;
  private editing: Editing | null = null;
  private cells = new Map<number, HTMLTableCellElement[]>();
  private body: HTMLTableSectionElement | null = null;
  private drawn = { first: 0, last: 0 };
  private widths: number[] = [];
  private scrollQueued = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    root.addEventListener('mousedown', (e) => this.onMouseDown(e));
    root.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    root.addEventListener('change', (e) => this.onCheckbox(e));
    root.addEventListener('scroll', () => this.onScroll());
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
    this.cells.clear();
    this.body = null;
    if (!sheet) {
      this.root.replaceChildren(el('div', { className: 'empty-sheet', text: 'No sheet.' }));
      return;
    }
    const widths = columnWidths(sheet);
    this.widths = widths;
    const colgroup = el('colgroup', {}, el('col', { attrs: { style: `width:${ROW_HEAD_W}px` } }), ...widths.map((w) => el('col', { attrs: { style: `width:${w}px` } })));
    const head = el('tr', {}, el('th', { className: 'corner' }), ...widths.map((_, c) => el('th', { className: 'col-head', text: columnLetter(c) })));
    this.body = el('tbody');
    const table = el('table', { className: 'grid' }, colgroup, el('thead', {}, head), this.body);
    table.style.width = `${ROW_HEAD_W + widths.reduce((a, b) => a + b, 0)}px`;
    this.root.replaceChildren(table);
    if (sheet.shownRows < sheet.totalRows) {
      this.root.append(el('div', { className: 'cap-note', text: `Showing the first ${sheet.shownRows} of ${sheet.totalRows} rows.` }));
    }
    this.drawRows();
    if (this.selected) this.highlight(this.selected.row, this.selected.col, false);
  }

  /** The rows [first, last) that cover the viewport, with the margin. */
  private wanted(): { first: number; last: number } {
    const sheet = this.sheet;
    const rows = sheet?.display.length ?? 0;
    const frozen = Math.min(sheet?.frozenRows ?? 0, rows);
    const top = Math.floor(this.root.scrollTop / ROW_H);
    const visible = Math.ceil((this.root.clientHeight || 900) / ROW_H);
    const first = Math.max(frozen, Math.min(rows, top - MARGIN_ROWS));
    return { first, last: Math.max(first, Math.min(rows, top + visible + MARGIN_ROWS)) };
  }

  /** Draws the frozen rows, then the window of rows around the viewport between two spacers. */
  private drawRows(): void {
    const sheet = this.sheet;
    const body = this.body;
    if (!sheet || !body) return;
    const { first, last } = this.wanted();
    const frozen = Math.min(sheet.frozenRows, sheet.display.length);
    const columns = sheet.display[0]?.length ?? 0;
    this.drawn = { first, last };
    this.cells.clear();
    const rows: HTMLTableRowElement[] = [];
    const add = (r: number): void => {
      const { tr, cells } = buildRow(sheet, r, this.selected?.row === r ? this.selected.col : null);
      this.cells.set(r, cells);
      rows.push(tr);
    };
    for (let r = 0; r < frozen; r += 1) add(r);
    if (first > frozen) rows.push(spacerRow(first - frozen, columns));
    for (let r = first; r < last; r += 1) add(r);
    if (sheet.display.length > last) rows.push(spacerRow(sheet.display.length - last, columns));
    body.replaceChildren(...rows);
  }

  /** True when every row in view is drawn. */
  private covered(): boolean {
    const rows = this.sheet?.display.length ?? 0;
    const top = Math.floor(this.root.scrollTop / ROW_H);
    const bottom = Math.min(rows, top + Math.ceil(this.root.clientHeight / ROW_H) + 1);
    const { first, last } = this.drawn;
    return (top >= first || first <= (this.sheet?.frozenRows ?? 0)) && bottom <= last;
  }

  private onScroll(): void {
    if (this.scrollQueued || this.editing) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      if (!this.covered()) this.drawRows();
    });
  }

  /** Scrolls so the cell is in view below the frozen rows and right of the row numbers, then draws its rows. */
  private reveal(row: number, col: number): void {
    const root = this.root;
    const frozen = this.sheet?.frozenRows ?? 0;
    if (row >= frozen) {
      const top = row * ROW_H;
      if (top < root.scrollTop + frozen * ROW_H) root.scrollTop = top - frozen * ROW_H;
      else if (top + ROW_H > root.scrollTop + root.clientHeight - HEAD_H) root.scrollTop = top + ROW_H - root.clientHeight + HEAD_H;
    }
    const left = ROW_HEAD_W + this.widths.slice(0, col).reduce((a, b) => a + b, 0);
    const right = left + (this.widths[col] ?? 0);
    if (left < root.scrollLeft + ROW_HEAD_W) root.scrollLeft = left - ROW_HEAD_W;
    else if (right > root.scrollLeft + root.clientWidth) root.scrollLeft = right - root.clientWidth;
    if (!this.covered()) this.drawRows();
  }

  private cellAt(target: EventTarget | null): { row: number; col: number; td: HTMLTableCellElement } | null {
    const td = (target as HTMLElement | null)?.closest?.('td[data-r]') as HTMLTableCellElement | null;
    if (!td) return null;
    return { row: Number(td.dataset['r']), col: Number(td.dataset['c']), td };
  }

  private highlight(row: number, col: number, notify: boolean): void {
    const prev = this.selected;
    if (prev) this.cells.get(prev.row)?.[prev.col]?.classList.remove('selected');
    this.selected = { row, col };
    if (notify) this.reveal(row, col);
    const td = this.cells.get(row)?.[col];
    if (!td || !this.sheet) return;
    td.classList.add('selected');
    if (notify) this.handlers.select(a1(row, col), this.sheet.display[row]?.[col] ?? '', this.sheet.notes[row]?.[col] ?? '');
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
    const td = sel ? this.cells.get(sel.row)?.[sel.col] : undefined;
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
    const td = this.cells.get(editing.row)?.[editing.col];
    if (td && this.sheet) fillCell(td, this.sheet, editing.row, editing.col, true);
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
