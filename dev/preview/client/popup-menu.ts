/**
 * A floating menu at a point, like Sheets' right-click menu: items run on click; a click outside or Escape
 * closes it. One is open at a time.
 */
import { el } from './dom';

export type PopupItem = { readonly caption: string; readonly run: () => void; readonly disabled?: boolean } | 'separator';

let open: { node: HTMLElement; close: () => void } | null = null;

export function closePopup(): void {
  open?.close();
}

/** Opens `content` (a menu's items or a panel) at viewport point (x, y), kept inside the window. */
export function openPopup(content: HTMLElement, x: number, y: number, className = 'popup-menu'): HTMLElement {
  closePopup();
  const node = el('div', { className, attrs: { role: 'menu' } }, content);
  node.style.left = `${x}px`;
  node.style.top = `${y}px`;
  document.body.append(node);
  const box = node.getBoundingClientRect();
  if (box.right > window.innerWidth) node.style.left = `${Math.max(0, window.innerWidth - box.width - 8)}px`;
  if (box.bottom > window.innerHeight) node.style.top = `${Math.max(0, window.innerHeight - box.height - 8)}px`;
  const outside = (e: MouseEvent): void => {
    if (!node.contains(e.target as Node)) close();
  };
  const escape = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') close();
  };
  const close = (): void => {
    node.remove();
    document.removeEventListener('mousedown', outside, true);
    document.removeEventListener('keydown', escape, true);
    if (open?.node === node) open = null;
  };
  document.addEventListener('mousedown', outside, true);
  document.addEventListener('keydown', escape, true);
  open = { node, close };
  return node;
}

/** A menu of items at (x, y). */
export function openMenu(items: readonly PopupItem[], x: number, y: number): void {
  const list = el(
    'div',
    {},
    ...items.map((item) =>
      item === 'separator'
        ? el('div', { className: 'menu-separator' })
        : el('div', {
            className: `menu-item${item.disabled ? ' disabled' : ''}`,
            text: item.caption,
            attrs: { role: 'menuitem' },
            onClick: () => {
              if (item.disabled) return;
              closePopup();
              item.run();
            },
          }),
    ),
  );
  openPopup(list, x, y);
}
