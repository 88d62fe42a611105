/**
 * Nothing is lost: 1,000 randomised bad rows mixed into 5,000 valid ones. The run completes, every bad row
 * is reported in Problems, and every cell outside the add-on's columns is identical before and after.
 */
import type { CellValue } from '../../../dev/emulator';
import type { CaseField } from '../../../src/domain/case-columns';
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { activeCase, day, tracker } from './daily-fixture';

jest.setTimeout(120_000);

/** A small seeded generator: the same "random" workbook every run, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const index = (field: CaseField): number => CASE_COLUMNS.findIndex((c) => c.field === field);

/** Ways a hand-kept row goes wrong, each with the cell it breaks. */
const BREAKAGES: Array<(row: CellValue[], pick: () => number) => void> = [
  (row) => (row[index('endDate')] = 'next Tuesday'),
  (row) => (row[index('unitsUsed')] = -3),
  (row, pick) => (row[index(pick() < 0.5 ? 'startDate' : 'unitsApproved')] = '#REF!'),
  (row) => (row[index('unitsApproved')] = 12.5),
  (row) => (row[index('status')] = 'Pending'),
  (row) => (row[index('owner')] = 'Maria at the front desk'),
  (row) => (row[index('approvedCodes')] = '9083, 90837'),
  (row) => (row[index('approvedRate')] = 'about 100'),
  (row) => (row[index('nextFollowUp')] = '#N/A'),
];

function workbook(): { rows: CellValue[][]; bad: Set<string> } {
  const pick = prng(20261128);
  const rows: CellValue[][] = [];
  const bad = new Set<string>();
  const ends = ['2026-03-20', '2026-04-01', '2026-06-30', '2026-12-31', '2026-03-01'];
  for (let i = 1; i <= 6000; i += 1) {
    const caseId = `SCA-${String(i).padStart(4, '0')}`;
    const row = activeCase({
      caseId,
      patient: `P${i}`,
      memberId: `M${100000 + i}`,
      owner: `owner${i % 7}@clinic.example`,
      endDate: day(ends[i % ends.length] ?? '2026-12-31'),
      unitsUsed: Math.floor(pick() * 90),
    });
    // Spread the 1,000 bad rows through the sheet at random.
    if (bad.size < 1000 && pick() < 1000 / 6000 + 0.02) {
      BREAKAGES[Math.floor(pick() * BREAKAGES.length)]?.(row, pick);
      bad.add(caseId);
    }
    rows.push(row);
  }
  return { rows, bad };
}

describe('the daily check on a sheet with 1,000 bad rows among 5,000 good ones', () => {
  const { rows, bad } = workbook();
  const t = tracker(rows);
  const addOnColumns = new Set(['Case ID', 'Flags', 'Problems'].map((h) => t.column(h)));
  const userCells = (): CellValue[][] => t.env.readSheet('Cases').map((r) => r.filter((_, c) => !addOnColumns.has(c)));
  const before = userCells();
  const summary = t.check();
  const after = t.env.readSheet('Cases');

  it('completes and says how many rows have problems', () => {
    expect(bad.size).toBe(1000);
    expect(summary).toContain('Checked 6000 cases');
    expect(summary).toContain(`${bad.size} rows have problems`);
  });

  it('reports every bad row in its Problems cell, and no good row', () => {
    const problemsAt = t.column('Problems');
    const idAt = t.column('Case ID');
    const reported = after.slice(1).filter((r) => String(r[problemsAt]) !== '').map((r) => String(r[idAt]));
    expect(new Set(reported)).toEqual(bad);
  });

  it('leaves every cell outside the add-on columns exactly as it was', () => {
    expect(userCells()).toEqual(before);
  });

  it('still flags the good rows', () => {
    const flagsAt = t.column('Flags');
    const flagged = after.slice(1).filter((r) => String(r[flagsAt]).startsWith('URGENT: Agreement expired 2026-03-01'));
    expect(flagged.length).toBeGreaterThan(500);
  });
});
