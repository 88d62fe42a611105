import { inertText } from '../domain/inert-text';

/**
 * inertText for one cell. A plain-text cell ('@') is not parsed by Sheets, and keeps a leading apostrophe
 * as part of the text: there only a leading '=' needs the marker ('00123' must stay 00123).
 * @example inertCell('00123', true) // '00123'
 * @example inertCell('=A1', true) // "'=A1"
 */
export function inertCell<T>(value: T, plainText: boolean): T | string {
  if (plainText && typeof value === 'string' && !value.trimStart().startsWith('=')) return value;
  return inertText(value);
}
