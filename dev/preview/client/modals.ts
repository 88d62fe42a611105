/**
 * Modal dialogs, shown one at a time like Sheets: alerts the add-on raised, script errors, rejected
 * edits, and HtmlService dialogs (in an iframe with the google.script shim).
 */
import { el } from './dom';

type Modal = { kind: 'message'; title: string; text: string; tone: 'plain' | 'error'; footnote?: string } | { kind: 'html'; index: number; title: string; width: number; height: number };

/** The emulator answers Ui.alert/prompt synchronously, while the add-on runs; the page can only report it. */
const ANSWERED = 'The preview answered this with its default button (OK / Yes) while the add-on ran.';

export class Modals {
  private readonly queue: Modal[] = [];
  private current: { modal: Modal; node: HTMLElement } | null = null;

  constructor(private readonly root: HTMLElement) {}

  alert(title: string, text: string): void {
    this.push({ kind: 'message', title, text, tone: 'plain', ...(text.includes('?') ? { footnote: ANSWERED } : {}) });
  }

  error(title: string, text: string): void {
    this.push({ kind: 'message', title, text, tone: 'error' });
  }

  /** An HtmlService dialog at the size its HtmlOutput asked for (capped by the window, as Sheets does). */
  dialog(index: number, title: string, width: number, height: number): void {
    this.push({ kind: 'html', index, title, width, height });
  }

  /** Closes the HtmlService dialog `index` (google.script.host.close() from inside it). */
  closeDialog(index: number): void {
    if (this.current?.modal.kind === 'html' && this.current.modal.index === index) this.close();
  }

  private push(modal: Modal): void {
    this.queue.push(modal);
    if (!this.current) this.next();
  }

  private close(): void {
    this.current?.node.remove();
    this.current = null;
    this.next();
  }

  private next(): void {
    const modal = this.queue.shift();
    if (!modal) return;
    const ok = el('button', { className: 'action', text: modal.kind === 'html' ? 'Close' : 'OK', onClick: () => this.close() });
    const body =
      modal.kind === 'html'
        ? el('iframe', { className: 'dialog-frame', attrs: { src: `/dialog/${modal.index}`, title: modal.title, style: `height: min(${modal.height}px, 75vh)` } })
        : el(
            'div',
            {},
            el('div', { className: `modal-text${modal.tone === 'error' ? ' error' : ''}`, text: modal.text }),
            modal.footnote ? el('div', { className: 'modal-footnote', text: modal.footnote }) : null,
          );
    const box = el(
      'div',
      { className: `modal${modal.kind === 'html' ? ' modal-html' : ''}`, attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': modal.title } },
      el('div', { className: 'modal-title', text: modal.title }, el('button', { className: 'modal-x', text: '×', title: 'Close', onClick: () => this.close() })),
      body,
      el('div', { className: 'modal-buttons' }, ok),
    );
    if (modal.kind === 'html') box.style.width = `min(${modal.width + 32}px, 94vw)`;
    const node = el('div', { className: 'modal-backdrop' }, box);
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    this.current = { modal, node };
    this.root.append(node);
    ok.focus();
  }
}
