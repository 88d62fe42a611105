/**
 * The add-on's sidebar, 300px on the right like Sheets. The iframe loads /sidebar (the add-on's HTML
 * with the google.script shim) and reloads only when the add-on shows a sidebar again.
 */
import type { PreviewView } from '../view-types';
import { el } from './dom';

export class SidebarPanel {
  private version = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly onClose: () => void,
  ) {}

  render(sidebar: PreviewView['sidebar']): void {
    if (!sidebar) {
      this.root.hidden = true;
      this.root.replaceChildren();
      this.version = 0;
      return;
    }
    this.root.hidden = false;
    if (sidebar.version === this.version) return;
    this.version = sidebar.version;
    this.root.replaceChildren(
      el('div', { className: 'sidebar-title' }, el('span', { text: sidebar.title }), el('button', { className: 'modal-x', text: '×', title: 'Close', onClick: () => this.onClose() })),
      el('iframe', { className: 'sidebar-frame', attrs: { src: `/sidebar?v=${sidebar.version}`, title: sidebar.title } }),
    );
  }

  hide(): void {
    this.render(null);
  }
}
