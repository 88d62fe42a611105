/** Property: whatever order, subset and extra columns a clinic's Cases sheet has, set-up keeps every cell and a second run is a no-op. */
import fc from 'fast-check';
import type { CellValue } from '../../../dev/emulator';
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { emptyEnvironment, runSetup, snapshot } from './setup-fixture';

const ours = CASE_COLUMNS.map((c) => c.header);

const clinicSheet = fc
  .record({
    kept: fc.shuffledSubarray(ours, { minLength: 1 }),
    extras: fc.uniqueArray(fc.constantFrom('Referral source', 'Therapist', 'Room', 'Intake date', 'Comments'), { maxLength: 3 }),
    rows: fc.integer({ min: 0, max: 6 }),
    seed: fc.integer({ min: 1, max: 9999 }),
  })
  .map(({ kept, extras, rows, seed }) => {
    const header = [...kept];
    extras.forEach((e, i) => header.splice((seed + i * 7) % (header.length + 1), 0, e));
    const body: CellValue[][] = Array.from({ length: rows }, (_, r) => header.map((h, c) => ((r + c + seed) % 3 === 0 ? '' : `${h} ${r}`)));
    return [header, ...body];
  });

describe('setUpTracker on any clinic sheet', () => {
  it('keeps every existing cell where it was, appends the rest at the right, and is idempotent', () => {
    fc.assert(
      fc.property(clinicSheet, (grid) => {
        const env = emptyEnvironment();
        env.writeSheet('Cases', 'A1', grid);
        runSetup(env);
        const after = env.readSheet('Cases');
        const width = grid[0]?.length ?? 0;
        // A trailing all-blank row is outside the used range readSheet returns: read it as blank cells.
        grid.forEach((line, r) => expect(line.map((_, c) => after[r]?.[c] ?? '')).toEqual(line));
        const present = new Set(grid[0]);
        expect(after[0]?.slice(width)).toEqual(ours.filter((h) => !present.has(h)));
        const before = snapshot(env);
        expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
        expect(snapshot(env)).toBe(before);
      }),
      { numRuns: 12 },
    );
  }, 60_000); // each case runs the bundle twice: seconds, not milliseconds
});
