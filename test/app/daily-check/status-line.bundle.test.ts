/**
 * The daily check's "Last daily check" line in Settings: the run reads Settings once at its start and reads
 * it again right before it writes the line, so a row moved meanwhile never gets the line; the line lands on
 * its label's row, and no setting is overwritten.
 */
import { activeCase, day, tracker } from './daily-fixture';

const LABEL = 'Last daily check';

describe('daily check › status line', () => {
  it('writes the line on its row even when a row is inserted above it during the run, and touches no setting', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', nextFollowUp: day('2026-03-09') })]);
    t.check(); // the line exists from now on
    const settings = t.env.spreadsheet.getSheetByName('Settings');
    // A person inserts a row at the top of Settings while the next run works (after its read of Settings).
    t.env.calls.before('SpreadsheetApp.flush', () => {
      settings?.insertRowsBefore(2, 1);
      settings?.getRange(2, 1, 1, 2).setValues([['My note', 'keep me']]);
    });
    const before = t.env.readSheet('Settings');
    t.today('2026-03-10');
    t.check();
    const after = t.env.readSheet('Settings');
    const row = after.findIndex((r) => r[0] === LABEL);
    expect(String(after[row]?.[1])).toMatch(/^Tue 10 Mar 2026 .* — 1 cases read/);
    // Every other row is as the person left it (the inserted one included).
    const others = (rows: unknown[][]) => rows.filter((r) => r[0] !== LABEL).map((r) => JSON.stringify(r));
    expect(others(after)).toEqual(others([before[0] ?? [], ['My note', 'keep me', ...(before[0] ?? []).slice(2).map(() => '')], ...before.slice(1)]));
  });

  it('reads every sheet in one getSheetValues call, no data range, in a run whose status line already exists (and no In-network search log for an Active case)', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001' })]);
    t.check();
    t.env.calls.reset();
    t.today('2026-03-10');
    t.check();
    // Settings twice (at the start, and right before its status line), Cases, Plan rules, Terms, Visits, the Case ID
    // column and the Flags/Problems pair before writing, the Run log header: never getDataRange + getValues.
    expect(t.env.calls.get('Sheet.getDataRange')).toBe(0);
    expect(t.env.calls.get('Range.getValues')).toBe(0);
  });
});
