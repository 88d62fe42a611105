/**
 * The in-cell editor: a text box, a dropdown for list-validated cells, or a date picker. The value goes
 * to the server as typed text, which the emulator parses the way Sheets parses typed input.
 */
import type { CellControl } from '../view-types';

export type EditorElement = HTMLInputElement | HTMLSelectElement;

/** Whether the spreadsheet's locale shows dates month first (en_US: 3/7/2026 is March 7); set from each view. */
let monthFirst = true;

export function setDateOrder(locale: string): void {
  monthFirst = locale === 'en_US' || locale === 'en';
}

/** 'YYYY-MM-DD' for a displayed date (ISO, or M/D/YYYY or D/M/YYYY by the locale), or '' when it is not one. */
export function isoFromDisplay(display: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(display)) return display;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(display);
  if (!m) return '';
  const [month, day] = monthFirst ? [m[1], m[2]] : [m[2], m[1]];
  return `${m[3]}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

/**
 * Builds the editor for a cell. `typed` is set when the user started by typing a character: then a plain
 * text box opens whatever the control, so any input (even an invalid one) can be tried.
 */
export function createEditor(display: string, control: CellControl, typed: string | null): { input: EditorElement; initial: string } {
  if (typed === null && control?.kind === 'list') {
    const select = document.createElement('select');
    const values = control.values.includes(display) || display === '' ? control.values : [display, ...control.values];
    for (const value of ['', ...values]) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value === '' ? '(blank)' : value;
      select.append(option);
    }
    select.value = display;
    return { input: select, initial: display };
  }
  const input = document.createElement('input');
  if (typed === null && control?.kind === 'date' && (display === '' || isoFromDisplay(display) !== '')) {
    input.type = 'date';
    input.value = isoFromDisplay(display);
    return { input, initial: input.value };
  }
  input.type = 'text';
  input.value = typed ?? display;
  return { input, initial: typed === null ? display : '' };
}

/** Puts the editor into `td` and focuses it; `blur` commits, `picked` (a dropdown choice) commits too. */
export function mountEditor(
  td: HTMLTableCellElement,
  display: string,
  control: CellControl,
  typed: string | null,
  on: { blur: () => void; picked: () => void },
): { input: EditorElement; initial: string } {
  const editor = createEditor(display, control, typed);
  const input = editor.input;
  input.className = 'cell-input';
  td.replaceChildren(input);
  td.classList.add('editing');
  input.addEventListener('blur', on.blur);
  if (input instanceof HTMLSelectElement) input.addEventListener('change', on.picked);
  input.focus();
  if (input instanceof HTMLInputElement && input.type === 'text') input.setSelectionRange(input.value.length, input.value.length);
  return editor;
}
