import type { CaseField } from '../../domain/case-columns';

/**
 * The cell value to put back from `e.oldValue`: absent means the cell was empty (clear it); checkboxes
 * arrive as the strings 'TRUE'/'FALSE' and go back as booleans; a Status is its text.
 */
export function oldCellValue(field: CaseField, oldValue: unknown): string | boolean {
  if (oldValue === undefined || oldValue === null) return '';
  const text = String(oldValue);
  if (field.startsWith('packet:')) {
    if (text.toUpperCase() === 'TRUE') return true;
    if (text.toUpperCase() === 'FALSE') return false;
  }
  return text;
}
