/**
 * Per-cell formatting a script sets directly (number format, background, font, wrap, alignment) and the
 * defaults Apps Script reports for an unformatted cell.
 */
import type { GridBox } from './a1-notation';
import type { CellStyle, SheetStore } from './sheet-store';

export const STYLE_DEFAULTS = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  wrap: true,
  horizontalAlignment: 'general',
} as const;

type StyleKey = keyof typeof STYLE_DEFAULTS;

/** Sets one style property on every cell of the box (undefined resets it). */
export function setStyle<K extends StyleKey>(store: SheetStore, box: GridBox, key: K, value: CellStyle[K] | undefined): void {
  forEachCell(box, (row, col) => store.styles.set(row, col, withStyle(store.styles.get(row, col), key, value)));
}

/** Sets a style property per cell from a rows × columns array. */
export function setStyles<K extends StyleKey>(store: SheetStore, box: GridBox, key: K, values: ReadonlyArray<ReadonlyArray<CellStyle[K] | null>>): void {
  forEachCell(box, (row, col, i, j) => {
    const v = values[i]?.[j];
    store.styles.set(row, col, withStyle(store.styles.get(row, col), key, v ?? undefined));
  });
}

export function getStyles<K extends StyleKey>(store: SheetStore, box: GridBox, key: K): Array<Array<NonNullable<CellStyle[K]>>> {
  const styles = store.styles.read(box.row, box.col, box.numRows, box.numCols, undefined);
  return styles.map((line) => line.map((s) => (s?.[key] ?? STYLE_DEFAULTS[key]) as NonNullable<CellStyle[K]>));
}

function withStyle<K extends StyleKey>(old: CellStyle | undefined, key: K, value: CellStyle[K] | undefined): CellStyle | undefined {
  const next: Record<string, unknown> = { ...old };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length === 0 ? undefined : (next as CellStyle);
}

export function forEachCell(box: GridBox, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < box.numRows; i++) for (let j = 0; j < box.numCols; j++) fn(box.row + i, box.col + j, i, j);
}

/** setNumberFormats / setNotes / setFormulas style: per-cell strings from an array matching the box. */
export function writeStrings(store: SheetStore, layer: 'formats' | 'notes', box: GridBox, values: ReadonlyArray<ReadonlyArray<string | null>>): void {
  forEachCell(box, (row, col, i, j) => {
    const v = values[i]?.[j];
    store[layer].set(row, col, v === null || v === undefined || v === '' ? undefined : String(v));
  });
}
