/**
 * The sheet grid: column letters, row numbers, frozen rows, per-cell controls, backgrounds and notes.
 * Only the rows in view (plus a margin) are in the DOM — a full 200-row table took seconds to lay out —
 * with spacer rows keeping the scroll height; events are delegated to the scroll container.
 */
import type { EditValue, SheetView } from '../view-types';
import { a1, columnLetter } from './a1';
import { mountEditor, type EditorElement } from './cell-editor';
import { pastedRows } from './clipboard';
import { keyCommand } from './grid-keys';
import { buildRow, columnWidths, fillCell, frozenLefts, ROW_HEAD_W, spacerRow, stickColumn } from './grid-cells';
import { covers, scrollToCell, wantedRows, type RowRange } from './row-window';
import { el } from './dom';

export interface GridHandlers {
  /** The selected cell, after a click or key (`byUser`) or a redraw with new values. */
  select(a1: string, display: string, note: string, byUser: boolean): void;
  edit(a1: string, value: EditValue): void;
  paste(a1: string, values: string[][]): void;
  /** Right-click on a row (its number or a cell): 0-based row, where the menu opens. */
  rowMenu(row: number, x: number, y: number): void;
  /** A filter button in the filter's header row: 0-based column and the button's box. */
  filterMenu(column: number, anchor: DOMRect): void;
  /** Sheets' "Add more rows at bottom", below a sheet's last row. */
  addRows(count: number): void;
}

/** How many rows "Add more rows at bottom" adds. */
const ADD_ROWS = 100;

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
  private drawn: RowRange = { first: 0, last: 0 };
  private widths: number[] = [];
  private lefts: number[] = [];
  private scrollQueued = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    root.addEventListener('mousedown', (e) => this.onMouseDown(e));
    root.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    root.addEventListener('change', (e) => this.onCheckbox(e));
    root.addEventListener('scroll', () => this.onScroll());
    root.addEventListener('contextmenu', (e) => this.onContextMenu(e));
    document.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('paste', (e) => this.onPaste(e));
  }

  get sheetName(): string | null {
    return this.sheet?.name ?? null;
  }

  /** The selected cell (0-based), for the Data menu's sort by the selected column. */
  get selectedCell(): { readonly row: number; readonly col: number } | null {
    return this.selected;
  }

  render(sheet: SheetView | null): void {
    if (this.editing) {
      // Keep the user's typing: draw the new state once the edit is committed or cancelled.
      this.pending = sheet;
      return;
    }
    const sameSheet = sheet?.name === this.sheet?.name;
    if (!sameSheet) {
      this.selected = null;
      this.handlers.select('', '', '', false);
    }
    // Replacing the table collapses the content for a moment and the browser clamps the scroll: keep it.
    const scroll = sameSheet ? { top: this.root.scrollTop, left: this.root.scrollLeft } : { top: 0, left: 0 };
    this.sheet = sheet;
    this.cells.clear();
    this.body = null;
    if (!sheet) {
      this.root.replaceChildren(el('div', { className: 'empty-sheet', text: 'No sheet.' }));
      return;
    }
    const widths = columnWidths(sheet);
    this.widths = widths;
    this.lefts = frozenLefts(sheet, widths);
    const colgroup = el('colgroup', {}, el('col', { attrs: { style: `width:${ROW_HEAD_W}px` } }), ...widths.map((w) => el('col', { attrs: { style: `width:${w}px` } })));
    const letters = widths.map((_, c) => {
      const th = el('th', { className: 'col-head', text: columnLetter(c) });
      stickColumn(th, c, this.lefts);
      if (sheet.protectedColumns.includes(c + 1)) th.title = 'Protected: written by the add-on (editing warns first)';
      return th;
    });
    const head = el('tr', {}, el('th', { className: 'corner' }), ...letters);
    this.body = el('tbody');
    const table = el('table', { className: 'grid' }, colgroup, el('thead', {}, head), this.body);
    table.style.width = `${ROW_HEAD_W + widths.reduce((a, b) => a + b, 0)}px`;
    this.root.replaceChildren(table);
    if (sheet.shownRows < sheet.totalRows) {
      this.root.append(el('div', { className: 'cap-note', text: `Showing the first ${sheet.shownRows} of ${sheet.totalRows} rows.` }));
    } else if (sheet.display.length >= sheet.maxRows) {
      // The sheet's last row is drawn: Sheets offers more rows here.
      this.root.append(
        el(
          'div',
          { className: 'add-rows' },
          el('button', { className: 'tool-button', text: 'Add', onClick: () => this.handlers.addRows(ADD_ROWS) }),
          ` ${ADD_ROWS} more rows at bottom`,
        ),
      );
    }
    this.drawRows(scroll.top);
    this.root.scrollTop = scroll.top;
    this.root.scrollLeft = scroll.left;
    if (this.selected) this.highlight(this.selected.row, this.selected.col, false);
  }

  private frozen(): number {
    return Math.min(this.sheet?.frozenRows ?? 0, this.sheet?.display.length ?? 0);
  }

  private covered(): boolean {
    return covers(this.drawn, this.root, this.sheet?.display.length ?? 0, this.frozen());
  }

  /** Draws the frozen rows, then the window of rows around the viewport between two spacers. */
  private drawRows(scrollTop = this.root.scrollTop): void {
    const sheet = this.sheet;
    const body = this.body;
    if (!sheet || !body) return;
    const frozen = this.frozen();
    const { first, last } = wantedRows(this.root, scrollTop, sheet.display.length, frozen);
    const columns = sheet.display[0]?.length ?? 0;
    this.drawn = { first, last };
    this.cells.clear();
    const rows: HTMLTableRowElement[] = [];
    const add = (r: number): void => {
      const { tr, cells } = buildRow(sheet, r, this.selected?.row === r ? this.selected.col : null, this.lefts, this.widths);
      this.cells.set(r, cells);
      rows.push(tr);
    };
    for (let r = 0; r < frozen; r += 1) add(r);
    if (first > frozen) rows.push(spacerRow(first - frozen, columns));
    for (let r = first; r < last; r += 1) add(r);
    if (sheet.display.length > last) rows.push(spacerRow(sheet.display.length - last, columns));
    body.replaceChildren(...rows);
  }

  private onScroll(): void {
    if (this.scrollQueued || this.editing) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      if (!this.covered()) this.drawRows();
    });
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
    if (notify) {
      scrollToCell(this.root, { row, col }, { rows: this.frozen(), columns: this.lefts.length }, this.widths);
      if (!this.covered()) this.drawRows();
    }
    const td = this.cells.get(row)?.[col];
    if (!td || !this.sheet) return;
    td.classList.add('selected');
    this.handlers.select(a1(row, col), this.sheet.display[row]?.[col] ?? '', this.sheet.notes[row]?.[col] ?? '', notify);
  }

  private onMouseDown(event: MouseEvent): void {
    const filterButton = (event.target as HTMLElement | null)?.closest?.('.filter-button') as HTMLElement | null;
    if (filterButton) {
      event.preventDefault();
      if (this.editing) this.commit(null);
      this.handlers.filterMenu(Number(filterButton.dataset['c']), filterButton.getBoundingClientRect());
      return;
    }
    if (event.button === 2) return;
    const hit = this.cellAt(event.target);
    if (!hit || this.editing?.input === event.target) return;
    if (this.editing) this.commit(null);
    this.highlight(hit.row, hit.col, true);
    if ((event.target as HTMLElement).classList.contains('arrow')) {
      event.preventDefault();
      this.startEdit(null);
    }
  }

  private onContextMenu(event: MouseEvent): void {
    const target = event.target as HTMLElement | null;
    const head = target?.closest?.('th.row-head[data-row]') as HTMLElement | null;
    const row = head ? Number(head.dataset['row']) : this.cellAt(target)?.row;
    if (row === undefined || this.editing) return;
    event.preventDefault();
    this.handlers.rowMenu(row, event.clientX, event.clientY);
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
    let editing: Editing | null = null;
    const { input, initial } = mountEditor(td, sheet.display[sel.row]?.[sel.col] ?? '', control, typed, {
      blur: () => {
        if (editing && this.editing === editing) this.commit(null);
      },
      picked: () => this.commit('down'),
    });
    editing = { row: sel.row, col: sel.col, input, initial };
    this.editing = editing;
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
    const last = sheet.display.length - 1;
    let row = Math.max(0, Math.min(last, sel.row + dr));
    // Rows a filter hides are stepped over, as in Sheets.
    while (dr !== 0 && sheet.hiddenRows.includes(row + 1) && row > 0 && row < last) row += Math.sign(dr);
    if (sheet.hiddenRows.includes(row + 1)) row = sel.row;
    const col = Math.max(0, Math.min((sheet.display[0]?.length ?? 1) - 1, sel.col + dc));
    this.highlight(row, col, true);
  }

  /** Clipboard text pastes as Sheets does: tab-separated columns, one line per row, from the selected cell. */
  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (this.editing || !this.selected || text === '' || document.querySelector('.modal-backdrop')) return;
    event.preventDefault();
    this.handlers.paste(a1(this.selected.row, this.selected.col), pastedRows(text));
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
    const sheet = this.sheet;
    if (!this.selected || !sheet) return;
    const { row, col } = this.selected;
    const command = keyCommand(event, sheet.controls[row]?.[col] ?? null);
    if (!command) return;
    event.preventDefault();
    switch (command.kind) {
      case 'move':
        return this.move(command.rows, command.columns);
      case 'edit':
        return this.startEdit(null);
      case 'type':
        return this.startEdit(command.text);
      case 'clear':
        return this.handlers.edit(a1(row, col), '');
      case 'toggle':
        return this.handlers.edit(a1(row, col), (sheet.display[row]?.[col] ?? '').toUpperCase() !== 'TRUE');
    }
  }
}
