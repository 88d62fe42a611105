/** The menu bar: "Extensions ▸ <add-on menu> ▸ items", built from the menus the add-on's onOpen added. */
import type { MenuView } from '../view-types';
import { el } from './dom';
import { openMenu, type PopupItem } from './popup-menu';

export class MenuBar {
  private open = false;
  private menus: MenuView[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly onItem: (caption: string) => void,
    private readonly onReopen: () => void,
    private readonly onReset: () => void,
    /** The Data menu's items (sort, filter) for the current selection. */
    private readonly dataItems: () => PopupItem[] = () => [],
  ) {
    document.addEventListener('mousedown', (e) => {
      if (this.open && !root.contains(e.target as Node)) this.setOpen(false);
    });
  }

  render(menus: MenuView[]): void {
    this.menus = menus;
    this.draw();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.draw();
  }

  private item(caption: string, onClick: () => void, className = 'menu-item'): HTMLElement {
    return el('div', {
      className,
      text: caption,
      attrs: { role: 'menuitem' },
      onClick: (e) => {
        e.stopPropagation();
        this.setOpen(false);
        onClick();
      },
    });
  }

  private submenu(menu: MenuView): HTMLElement {
    const items = menu.items.map((it) => (it === 'separator' ? el('div', { className: 'menu-separator' }) : this.item(it.caption, () => this.onItem(it.caption))));
    return el(
      'div',
      { className: 'menu-item has-sub', attrs: { role: 'menuitem', 'aria-haspopup': 'true' } },
      el('span', { text: menu.title }),
      el('span', { className: 'sub-arrow', text: '▸' }),
      el('div', { className: 'menu-dropdown submenu', attrs: { role: 'menu' } }, ...items),
    );
  }

  private draw(): void {
    const dropdown = this.open
      ? el(
          'div',
          { className: 'menu-dropdown', attrs: { role: 'menu' } },
          ...(this.menus.length > 0
            ? this.menus.map((m) => this.submenu(m))
            : [el('div', { className: 'menu-item disabled', text: 'No add-on menu (onOpen has not built one)' })]),
          el('div', { className: 'menu-separator' }),
          this.item('Reopen the spreadsheet (fires onOpen)', this.onReopen),
          this.item('Reset the demo workbook…', this.onReset),
        )
      : null;
    const extensions = el(
      'div',
      { className: `menu-top${this.open ? ' active' : ''}` },
      el('button', { className: 'menu-button', text: 'Extensions', onClick: () => this.setOpen(!this.open) }),
      dropdown,
    );
    const inert = (t: string): HTMLElement => el('span', { className: 'menu-inert', text: t, title: 'Not part of the preview' });
    const data = el('button', {
      className: 'menu-button',
      text: 'Data',
      onClick: (e) => {
        const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
        openMenu(this.dataItems(), box.left, box.bottom);
      },
    });
    this.root.replaceChildren(
      ...['File', 'Edit', 'View', 'Insert', 'Format'].map(inert),
      el('div', { className: 'menu-top' }, data),
      inert('Tools'),
      extensions,
      el('span', { className: 'menu-inert', text: 'Help', title: 'Not part of the preview' }),
    );
  }
}
