/** What a key press on the selected cell means, Sheets-style; the Grid carries it out. */
import type { CellControl } from '../view-types';

export type KeyCommand =
  | { kind: 'move'; rows: number; columns: number }
  | { kind: 'edit' }
  | { kind: 'clear' }
  | { kind: 'toggle' }
  | { kind: 'type'; text: string };

const MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Tab: [0, 1],
};

/** The command for `event` on a cell with `control`, or null when the key is not the grid's. */
export function keyCommand(event: KeyboardEvent, control: CellControl): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const move = MOVES[event.key];
  if (move) return { kind: 'move', rows: event.shiftKey && event.key === 'Tab' ? 0 : move[0], columns: event.shiftKey && event.key === 'Tab' ? -1 : move[1] };
  if (event.key === 'Enter' || event.key === 'F2') return { kind: 'edit' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'clear' };
  if (event.key === ' ' && control?.kind === 'checkbox') return { kind: 'toggle' };
  if (event.key.length === 1) return { kind: 'type', text: event.key };
  return null;
}
