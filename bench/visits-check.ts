// Visits pasted at once and checked against the terms, through the built bundle: spreadsheet calls (must
// not grow with visits or cases) and CPU time. Cases come from bundle-workbook (Active, 90837); a fifth
// of them get two Terms lines (90837 per month, 90834 total), the rest work from their own columns.
import type { CellValue, Environment } from '../dev/emulator';
import { startOfDayIn } from '../src/domain/calendar-date';
import { cpuMs, median, type Figure } from './figure';
import { spreadsheetCalls, trackerWith, ZONE } from './bundle-workbook';

const RUNS = 3;
const day = (iso: string): Date => startOfDayIn(iso, ZONE);
const id = (i: number): string => `SCA-${String(i).padStart(5, '0')}`;

function termsRows(cases: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 1; i <= cases; i += 5) {
    rows.push([id(i), 90837, '', 8, 'month', 120, day('2026-01-05'), day('2026-12-31'), '']);
    rows.push([id(i), 90834, '', 40, 'total', 95, day('2026-01-05'), day('2026-12-31'), '']);
  }
  return rows;
}

function visitRows(visits: number, cases: number): CellValue[][] {
  return Array.from({ length: visits }, (_, v) => {
    const caseNumber = 1 + ((v * 7) % cases);
    return [id(caseNumber), day(`2026-02-${String(1 + (v % 28)).padStart(2, '0')}`), v % 3 ? 90837 : 90834, 1 + (v % 2)];
  });
}

function prepared(cases: number): Environment {
  const { env } = trackerWith(cases);
  env.writeSheet('Terms', 'A2', termsRows(cases));
  env.calls.reset();
  return env;
}

function paste(visits: number, cases: number): Figure[] {
  const cpu: number[] = [];
  let calls = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const env = prepared(cases);
    const addOn = env.loadBundle();
    env.calls.reset();
    const rows = visitRows(visits, cases);
    cpu.push(cpuMs(() => addOn.userPaste('Visits', 'A2', rows)));
    calls = spreadsheetCalls(env);
  }
  return [
    { name: `${visits} visits pasted, ${cases} cases: spreadsheet calls`, value: calls, unit: 'calls' },
    { name: `${visits} visits pasted, ${cases} cases: CPU (paste + onEdit check)`, value: median(cpu), unit: 'ms' },
  ];
}

function dailyCheckWithVisits(visits: number, cases: number): Figure {
  const env = prepared(cases);
  env.writeSheet('Visits', 'A2', visitRows(visits, cases));
  const addOn = env.loadBundle();
  env.calls.reset();
  addOn.run('runDailyCheckNow');
  return { name: `daily check, ${cases} cases with ${visits} visits: spreadsheet calls`, value: spreadsheetCalls(env), unit: 'calls' };
}

export async function benchVisits(): Promise<Figure[]> {
  return [
    ...paste(500, 1_000),
    ...paste(2_000, 1_000),
    ...paste(500, 5_000),
    dailyCheckWithVisits(500, 1_000),
    dailyCheckWithVisits(2_000, 5_000),
  ];
}
