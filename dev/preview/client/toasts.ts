/** Toasts in the bottom-right corner, as Spreadsheet.toast() shows them; they fade after a few seconds. */
import { el } from './dom';

const SHOW_MS = 6000;

export function showToast(root: HTMLElement, title: string, message: string): void {
  const toast = el(
    'div',
    { className: 'toast', attrs: { role: 'status' } },
    title ? el('div', { className: 'toast-title', text: title }) : null,
    el('div', { text: message }),
  );
  const close = el('button', { className: 'toast-x', text: '×', title: 'Dismiss', onClick: () => toast.remove() });
  toast.prepend(close);
  root.append(toast);
  setTimeout(() => toast.remove(), SHOW_MS);
}
