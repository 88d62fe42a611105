// The emulator's own cost on a 20,000 × 40 sheet, so its share of the bundle figures is known.
// (Moved here from a timed test: performance is measured in the benchmark, never asserted on a clock.)
import { createEnvironment } from '../dev/emulator';
import { startOfDayIn } from '../src/domain/calendar-date';
import { cpuMs, type Figure } from './figure';

const ROWS = 20_000;
const COLS = 40;

export async function benchEmulator(): Promise<Figure[]> {
  const env = createEnvironment({ now: '2026-03-09T13:00:00Z' });
  const date = startOfDayIn('2026-03-09', 'America/New_York');
  const rows = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => (c === 0 ? `SCA-${r}` : c % 4 === 1 ? r * c : c % 4 === 2 ? date : c % 4 === 3 ? r % 2 === 0 : `t${c}`)),
  );
  env.writeSheet('Sheet1', 'A1', rows);
  const sheet = env.spreadsheet.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  const block = Array.from({ length: ROWS }, (_, r) => [r, 'flag', true]);
  return [
    { name: `getValues of ${ROWS} × ${COLS}`, value: cpuMs(() => sheet.getDataRange().getValues()), unit: 'ms' },
    { name: `setValues of ${ROWS} × 3`, value: cpuMs(() => sheet.getRange(1, COLS - 2, ROWS, 3).setValues(block)), unit: 'ms' },
    { name: 'insert a column, sort, snapshot', value: cpuMs(() => { sheet.insertColumnsBefore(1, 1); sheet.sort(2, false); env.saveWorkbook(); }), unit: 'ms' },
  ];
}
