/** Preview controls: the emulated "today" and the daily trigger, which Sheets itself has no buttons for. */
import type { PreviewView } from '../view-types';
import { el } from './dom';

export interface ToolbarHandlers {
  setToday(date: string): void;
  runDaily(): void;
}

export class Toolbar {
  private readonly today = el('input', { attrs: { type: 'date', 'aria-label': 'Today' } });
  private readonly zone = el('span', { className: 'gray' });
  private readonly triggerInfo = el('span', { className: 'gray trigger-info' });

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, handlers: ToolbarHandlers) {
    // Typing a year fires 'change' per digit (year 2, 20, 202…): wait for a settled, plausible date.
    this.today.addEventListener('change', () => {
      clearTimeout(this.timer);
      const value = this.today.value;
      if (Number(value.slice(0, 4)) >= 1970) this.timer = setTimeout(() => handlers.setToday(value), 300);
    });
    root.replaceChildren(
      el('label', { className: 'tool' }, 'Today ', this.today),
      this.zone,
      el('span', { className: 'tool-sep' }),
      el('button', { className: 'tool-button', text: '▶ Run daily trigger', title: 'Fires the installed time-driven triggers now', onClick: () => handlers.runDaily() }),
      this.triggerInfo,
    );
  }

  render(view: PreviewView): void {
    if (document.activeElement !== this.today) this.today.value = view.today;
    // The emulated clock runs on from "Today" 09:00; times show in the spreadsheet's zone, as Sheets shows them.
    const time = new Intl.DateTimeFormat('en-US', { timeZone: view.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(view.now));
    this.zone.textContent = `${time} ${view.timeZone}`;
    const clocks = view.triggers.filter((t) => t.kind === 'CLOCK');
    this.triggerInfo.textContent =
      clocks.length === 0
        ? 'No time trigger installed'
        : clocks.map((t) => `${t.handlerFunction}${t.atHour === null ? '' : ` daily at ${t.atHour}:00`}`).join(', ');
  }
}
