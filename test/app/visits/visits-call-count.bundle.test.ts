/** Checking pasted visits costs the same spreadsheet calls whatever the number of visits and cases. */
import type { CellValue } from '../../../dev/emulator';
import { activeCase, day, tracker } from '../daily-check/daily-fixture';

jest.setTimeout(60_000);

const id = (i: number): string => `SCA-${String(i).padStart(4, '0')}`;

function callsOfPaste(cases: number, visits: number): number {
  const rows = Array.from({ length: cases }, (_, i) => activeCase({ caseId: id(i + 1) }));
  const t = tracker(rows, '2026-04-20');
  t.env.writeSheet('Terms', 'A2', [[id(1), 90837, '', 8, 'week', 120, day('2026-01-05'), day('2026-12-31'), '']]);
  const pasted: CellValue[][] = Array.from({ length: visits }, (_, v) => [id(1 + (v % cases)), day('2026-03-02'), 90837, 1]);
  t.env.calls.reset();
  t.addOn.userPaste('Visits', 'A2', pasted);
  const results = t.env.readSheet('Visits').slice(1).map((r) => r[4]);
  expect(results.filter((r) => r === '')).toEqual([]);
  return t.env.calls.total();
}

describe('pasting visits', () => {
  it('costs the same calls for 20 visits on 10 cases as for 400 visits on 300 cases', () => {
    expect(callsOfPaste(300, 400)).toBe(callsOfPaste(10, 20));
  });
});
