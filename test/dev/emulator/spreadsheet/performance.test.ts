import { aWorkbook, localDate } from './workbook-fixture';

const ROWS = 20_000;
const COLS = 40;

function bigRows(): Array<Array<string | number | boolean | Date>> {
  const date = localDate('2026-03-09');
  return Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => (c === 0 ? `SCA-${r}` : c % 4 === 1 ? r * c : c % 4 === 2 ? date : c % 4 === 3 ? r % 2 === 0 : `t${c}`)),
  );
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

describe('performance on a 20,000 × 40 sheet', () => {
  const f = aWorkbook();
  f.workbook.writeValues('Sheet1', 'A1', bigRows());
  const sheet = f.sheet;

  it('grows the sheet for the uncounted writer', () => {
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([ROWS, COLS, ROWS, COLS]);
  });

  it('reads every value with one getValues within a generous bound', () => {
    const [values, ms] = timed(() => sheet.getDataRange().getValues());
    expect(values).toHaveLength(ROWS);
    // Generous bounds: they catch per-cell objects and quadratic work, not machine noise.
    expect(ms).toBeLessThan(2500);
  });

  it('writes a 20,000 × 3 block with one setValues quickly', () => {
    const block = Array.from({ length: ROWS }, (_, r) => [r, 'flag', true]);
    const [, ms] = timed(() => sheet.getRange(1, COLS - 2, ROWS, 3).setValues(block));
    expect(ms).toBeLessThan(2500);
  });

  it('inserts a column, sorts and takes a snapshot without quadratic blow-up', () => {
    const [, insertMs] = timed(() => sheet.insertColumnsBefore(1, 1));
    const [, sortMs] = timed(() => sheet.sort(2, false));
    const [snapshot, snapMs] = timed(() => f.workbook.toSnapshot());
    expect(JSON.stringify(snapshot).length).toBeGreaterThan(ROWS);
    expect(insertMs + sortMs + snapMs).toBeLessThan(10_000);
  });
});
