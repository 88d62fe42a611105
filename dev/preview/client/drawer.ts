/**
 * The bottom drawer: the Outbox (mail the add-on sent, bodies expandable; HTML rendered in a sandboxed
 * iframe so it cannot run script), installed triggers, and the script log.
 */
import type { MailView, PreviewView } from '../view-types';
import { el } from './dom';

type Pane = 'outbox' | 'triggers' | 'log';

function mailItem(mail: MailView): HTMLElement {
  const when = new Date(mail.sentAt).toLocaleString();
  return el(
    'details',
    { className: 'mail' },
    el('summary', {}, el('span', { className: 'mail-to', text: mail.to }), el('span', { className: 'mail-subject', text: mail.subject }), el('span', { className: 'gray', text: when })),
    mail.cc ? el('div', { className: 'gray', text: `cc: ${mail.cc}` }) : null,
    el('pre', { className: 'mail-text', text: mail.body }),
    mail.htmlBody ? el('iframe', { className: 'mail-html', attrs: { sandbox: '', srcdoc: mail.htmlBody, title: `HTML body: ${mail.subject}` } }) : null,
  );
}

export class Drawer {
  private pane: Pane | null = null;
  private view: PreviewView | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onClearMail: () => void,
  ) {}

  render(view: PreviewView): void {
    this.view = view;
    this.draw();
  }

  private toggle(pane: Pane): void {
    this.pane = this.pane === pane ? null : pane;
    this.draw();
  }

  private content(view: PreviewView, pane: Pane): HTMLElement {
    if (pane === 'outbox') {
      if (view.mail.length === 0) return el('div', { className: 'gray pad', text: 'No mail sent yet.' });
      const clear = el('button', { className: 'tool-button', text: 'Clear outbox', onClick: () => this.onClearMail() });
      return el('div', { className: 'mail-list' }, el('div', { className: 'mail-actions' }, clear), ...[...view.mail].reverse().map(mailItem));
    }
    if (pane === 'triggers') {
      if (view.triggers.length === 0) return el('div', { className: 'gray pad', text: 'No triggers installed.' });
      const rows = view.triggers.map((t) =>
        el('tr', {}, ...[t.handlerFunction, t.kind, t.atHour === null ? '' : `${t.atHour}:00`, t.owner].map((v) => el('td', { text: v }))),
      );
      return el('table', { className: 'plain-table' }, el('tr', {}, ...['Handler', 'Kind', 'Hour', 'Owner'].map((h) => el('th', { text: h }))), ...rows);
    }
    return el('pre', { className: 'log', text: view.logs.length === 0 ? '(empty)' : view.logs.join('\n') });
  }

  private draw(): void {
    const view = this.view;
    if (!view) return;
    const tab = (pane: Pane, label: string): HTMLElement =>
      el('button', { className: `drawer-tab${this.pane === pane ? ' active' : ''}`, text: label, attrs: { 'data-pane': pane }, onClick: () => this.toggle(pane) });
    const open = this.pane;
    this.root.classList.toggle('open', open !== null);
    const tabs = el(
        'div',
        { className: 'drawer-tabs' },
        tab('outbox', `Outbox (${view.mail.length})`),
        tab('triggers', `Triggers (${view.triggers.length})`),
        tab('log', 'Log'),
      );
    this.root.replaceChildren(tabs);
    if (open) this.root.append(el('div', { className: 'drawer-body' }, this.content(view, open)));
  }
}
