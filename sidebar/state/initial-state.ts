/**
 * The state the server put into the served HTML, so the sidebar opens on the right case without a
 * first round trip. It travels as escaped JSON in a non-executing script element; read as text, parsed,
 * never evaluated.
 */
import { INITIAL_STATE_ELEMENT_ID } from '../../src/dto/sidebar-boot';

export function readInitialState(doc: Document = document): unknown {
  const text = doc.getElementById(INITIAL_STATE_ELEMENT_ID)?.textContent ?? '';
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
