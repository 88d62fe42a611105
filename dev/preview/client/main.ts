/**
 * The preview page: wires the grid, menu bar, toolbar, sidebar, drawer and modals to the server.
 * Every action returns the new view plus what the add-on showed meanwhile (alerts, toasts, dialogs, errors).
 */
import type { ActionEvents, ActionResult, PreviewView } from '../view-types';
import { api } from './api';
import { renderChartCards } from './chart-cards';
import { byId } from './dom';
import { Drawer } from './drawer';
import { columnLetter } from './a1';
import { setDateOrder } from './cell-editor';
import { openFilterPopup } from './filter-popup';
import { openMenu, type PopupItem } from './popup-menu';
import { Grid } from './grid';
import { MenuBar } from './menu-bar';
import { Modals } from './modals';
import { isPreviewMessage } from './preview-message';
import { SidebarPanel } from './sidebar-panel';
import { renderTabs } from './tabs';
import { showToast } from './toasts';
import { Toolbar } from './toolbar';

const modals = new Modals(byId('modals'));
const toastRoot = byId('toasts');

function showEvents(events: ActionEvents | null): void {
  if (!events) return;
  for (const t of events.toasts) showToast(toastRoot, t.title, t.message);
  for (const a of events.alerts) modals.alert(a.title || 'SCA Tracker', a.prompt);
  for (const d of events.dialogs) modals.dialog(d.index, d.title, d.width, d.height);
  if (events.rejection) modals.error('There was a problem', events.rejection);
  if (events.error) modals.error('Error', events.error);
  if (events.notice) showToast(toastRoot, 'Preview', events.notice);
}

/** Runs a server action; a failed request (not an add-on error) is shown as an error too. */
async function act(action: () => Promise<ActionResult>): Promise<void> {
  try {
    const result = await action();
    apply(result.view);
    showEvents(result.events);
  } catch (error) {
    modals.error('Preview error', error instanceof Error ? error.message : String(error));
  }
}

const cellRef = byId('cell-ref');
const cellValue = byId('cell-value');

const grid = new Grid(byId('grid'), {
  select(a1, display, note, byUser) {
    cellRef.textContent = a1;
    cellValue.textContent = display;
    cellValue.title = note;
    const sheet = grid.sheetName;
    if (!byUser) return;
    // The selection matters to the add-on ("Check selected case", the sidebar), not to the page: no redraw.
    if (sheet) api.select(sheet, a1).then((r) => showEvents(r.events), () => undefined);
  },
  edit(a1, value) {
    const sheet = grid.sheetName;
    if (sheet) void act(() => api.edit(sheet, a1, value));
  },
  paste(a1, values) {
    const sheet = grid.sheetName;
    if (sheet) void act(() => api.paste(sheet, a1, values));
  },
  rowMenu(row, x, y) {
    const sheet = grid.sheetName;
    if (!sheet) return;
    const n = row + 1;
    openMenu(
      [
        { caption: 'Insert 1 row above', run: () => void act(() => api.insertRows(sheet, n, 1)) },
        { caption: 'Insert 1 row below', run: () => void act(() => api.insertRows(sheet, n + 1, 1)) },
        'separator',
        { caption: `Delete row ${n}`, run: () => void act(() => api.deleteRows(sheet, n, 1)) },
      ],
      x,
      y,
    );
  },
  filterMenu(column, anchor) {
    const sheet = current?.sheet;
    if (!sheet) return;
    openFilterPopup(sheet, column, anchor, {
      sort: (col, ascending) => void act(() => api.sort(sheet.name, col, ascending)),
      apply: (col, criteria) => void act(() => api.filter(sheet.name, col, criteria)),
    });
  },
  addRows(count) {
    const sheet = current?.sheet;
    if (sheet) void act(() => api.insertRows(sheet.name, sheet.maxRows + 1, count));
  },
});

/** The Data menu: sort the sheet by the selected column (the header rows stay), and the basic filter. */
function dataItems(): PopupItem[] {
  const sheet = current?.sheet;
  const col = grid.selectedCell?.col ?? null;
  if (!sheet) return [];
  const letter = col === null ? '' : columnLetter(col);
  const sort = (ascending: boolean): PopupItem => ({
    caption: `Sort sheet by column ${letter || '…'}, ${ascending ? 'A → Z' : 'Z → A'}`,
    disabled: col === null,
    run: () => void act(() => api.sort(sheet.name, (col ?? 0) + 1, ascending)),
  });
  const filter: PopupItem = sheet.filter
    ? { caption: 'Remove filter', run: () => void act(() => api.removeFilter(sheet.name)) }
    : { caption: 'Create a filter', run: () => void act(() => api.filter(sheet.name, 1, null)) };
  return [sort(true), sort(false), 'separator', filter];
}

const menuBar = new MenuBar(
  byId('menubar'),
  (caption) => void act(() => api.menu(caption)),
  () => void act(() => api.reopen()),
  () => {
    if (window.confirm('Throw away this workbook, its mail and triggers, and seed the demo again?')) void act(() => api.reset());
  },
  dataItems,
);
const toolbar = new Toolbar(byId('toolbar'), {
  setToday: (date) => void act(() => api.today(date)),
  runDaily: () => void act(() => api.daily()),
});
const sidebar = new SidebarPanel(byId('sidebar'), () => {
  sidebar.hide();
  void api.closeSidebar();
});
const drawer = new Drawer(byId('drawer'), () => void act(() => api.clearMail()));

/** The last view drawn (the filter panel reads the column's values from it). */
let current: PreviewView | null = null;

function apply(next: PreviewView): void {
  current = next;
  setDateOrder(next.locale);
  byId('doc-name').textContent = next.spreadsheetName;
  document.title = `${next.spreadsheetName} — SCA Tracker preview`;
  menuBar.render(next.menus);
  toolbar.render(next);
  grid.render(next.sheet);
  renderChartCards(byId('charts'), next.sheet?.charts ?? []);
  renderTabs(byId('tabs'), next.sheetNames, next.activeSheet, (name) => void act(() => api.activate(name)));
  sidebar.render(next.sidebar);
  drawer.render(next);
}

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isPreviewMessage(event.data)) return;
  const message = event.data;
  if (message.kind === 'close') {
    if (message.frame === 'sidebar') {
      sidebar.hide();
      void api.closeSidebar();
    } else modals.closeDialog(Number(message.frame.replace('dialog:', '')));
    return;
  }
  // A server function may have changed the sheet, shown a toast or opened another dialog.
  showEvents(message.events);
  const e = message.events;
  const shown = e !== null && (e.alerts.length + e.toasts.length + e.dialogs.length > 0 || e.error !== null);
  // The sidebar's selection polls change nothing: no redraw for them.
  if (message.changed || shown) api.view().then(apply, () => undefined);
});

api.view().then(apply, (error: unknown) => modals.error('Preview error', String(error)));
