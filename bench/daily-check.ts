// The daily check through the built bundle in the emulator, at 1k / 5k / 20k cases: spreadsheet calls
// (must not grow with cases), CPU milliseconds, emails. Also the case reads of onEdit and the sidebar, and
// the Pilot review's calls.
import { cpuMs, median, type Figure } from './figure';
import { spreadsheetCalls, trackerWith } from './bundle-workbook';

const SIZES = [1_000, 5_000, 20_000] as const;
const RUNS = 3;

function dailyCheck(n: number): Figure[] {
  const cpu: number[] = [];
  let calls = 0;
  let emails = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { env, addOn } = trackerWith(n);
    cpu.push(cpuMs(() => addOn.run('runDailyCheckNow')));
    calls = spreadsheetCalls(env);
    emails = env.mail.sent.length;
  }
  return [
    { name: `daily check, ${n} cases: spreadsheet calls`, value: calls, unit: 'calls' },
    { name: `daily check, ${n} cases: CPU`, value: median(cpu), unit: 'ms' },
    { name: `daily check, ${n} cases: emails (27 recipients)`, value: emails, unit: 'emails' },
  ];
}

function handEdit(n: number): Figure {
  const { env, addOn } = trackerWith(n);
  addOn.userEdit('Cases', 'W2', 5); // Units used on the first case
  return { name: `onEdit of one cell, ${n} cases: spreadsheet calls`, value: spreadsheetCalls(env), unit: 'calls' };
}

/** Menu 'Pilot review' (first run on the workbook: it creates the sheet and its charts). */
function pilotReview(n: number): Figure {
  const { env, addOn } = trackerWith(n);
  addOn.fireOnOpen('LIMITED');
  env.calls.reset();
  addOn.clickMenu('Pilot review');
  return { name: `pilot review, ${n} cases: spreadsheet calls`, value: spreadsheetCalls(env), unit: 'calls' };
}

export async function benchDailyCheck(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of SIZES) figures.push(...dailyCheck(n));
  for (const n of [50, 5_000]) figures.push(handEdit(n));
  for (const n of [1_000, 5_000]) figures.push(pilotReview(n));
  return figures;
}
