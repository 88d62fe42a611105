/**
 * The panel a filter button opens, as in Sheets: sort the filter's rows A→Z or Z→A, filter by condition
 * (text contains, is exactly, empty…) and filter by values (a checklist of the column's values; unticked
 * ones are hidden). OK sends the column's criteria; Clear removes them.
 */
import type { FilterConditionType, FilterCriteriaSpec } from '../../emulator/spreadsheet/filter-spec';
import type { SheetView } from '../view-types';
import { columnLetter } from './a1';
import { el } from './dom';
import { closePopup, openPopup } from './popup-menu';

export interface FilterPopupHandlers {
  sort(column: number, ascending: boolean): void;
  /** Criteria for a 1-based column; null clears them. */
  apply(column: number, criteria: FilterCriteriaSpec | null): void;
}

const CONDITIONS: ReadonlyArray<readonly [FilterConditionType | '', string, boolean]> = [
  ['', 'None', false],
  ['TEXT_CONTAINS', 'Text contains', true],
  ['TEXT_DOES_NOT_CONTAIN', 'Text does not contain', true],
  ['TEXT_STARTS_WITH', 'Text starts with', true],
  ['TEXT_EQUAL_TO', 'Text is exactly', true],
  ['CELL_EMPTY', 'Is empty', false],
  ['CELL_NOT_EMPTY', 'Is not empty', false],
];

/** The column's distinct displayed values in the filter's rows below its header, in first-seen order. */
function columnValues(sheet: SheetView, column: number): string[] {
  const range = sheet.filter?.range;
  if (!range) return [];
  const seen = new Set<string>();
  for (let r = range.row; r < range.row - 1 + range.numRows; r += 1) seen.add(sheet.display[r]?.[column] ?? '');
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** Opens the panel for 0-based `column` under `anchor`. */
export function openFilterPopup(sheet: SheetView, column: number, anchor: DOMRect, handlers: FilterPopupHandlers): void {
  const current = sheet.filter?.criteria.find((x) => x.column === column + 1)?.criteria ?? null;
  const sortItem = (caption: string, ascending: boolean): HTMLElement =>
    el('div', {
      className: 'menu-item',
      text: caption,
      attrs: { role: 'menuitem' },
      onClick: () => {
        closePopup();
        handlers.sort(column + 1, ascending);
      },
    });

  const kind = el('select', { attrs: { 'aria-label': 'Filter by condition' } });
  for (const [value, label] of CONDITIONS) kind.append(el('option', { text: label, attrs: { value } }));
  kind.value = current?.condition?.type ?? '';
  const text = el('input', { attrs: { type: 'text', 'aria-label': 'Condition value', placeholder: 'Value' } });
  text.value = current?.condition?.values[0] ?? '';
  const showText = (): void => {
    text.hidden = !(CONDITIONS.find(([v]) => v === kind.value)?.[2] ?? false);
  };
  kind.addEventListener('change', showText);
  showText();

  const boxes = columnValues(sheet, column).map((value) => {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = !(current?.hiddenValues?.includes(value) ?? false) && (current?.visibleValues?.includes(value) ?? true);
    return { value, box, row: el('label', { className: 'filter-value' }, box, value === '' ? '(Blanks)' : value) };
  });

  const ok = (): void => {
    closePopup();
    const hidden = boxes.filter((b) => !b.box.checked).map((b) => b.value);
    const type = kind.value as FilterConditionType | '';
    const condition = type === '' ? null : { type, values: text.hidden ? [] : [text.value] };
    const criteria = hidden.length === 0 && condition === null ? null : { hiddenValues: hidden.length > 0 ? hidden : null, visibleValues: null, condition };
    handlers.apply(column + 1, criteria);
  };

  const panel = el(
    'div',
    { className: 'filter-panel' },
    sortItem('Sort A → Z', true),
    sortItem('Sort Z → A', false),
    el('div', { className: 'menu-separator' }),
    el('div', { className: 'filter-heading', text: 'Filter by condition' }),
    el('div', { className: 'filter-row' }, kind, text),
    el('div', { className: 'filter-heading', text: `Filter by values (column ${columnLetter(column)})` }),
    el('div', { className: 'filter-values' }, ...boxes.map((b) => b.row)),
    el(
      'div',
      { className: 'filter-buttons' },
      el('button', { className: 'tool-button', text: 'Clear', onClick: () => (closePopup(), handlers.apply(column + 1, null)) }),
      el('button', { className: 'tool-button', text: 'Cancel', onClick: () => closePopup() }),
      el('button', { className: 'tool-button primary', text: 'OK', onClick: ok }),
    ),
  );
  openPopup(panel, anchor.left, anchor.bottom + 2, 'popup-menu filter-popup');
}
