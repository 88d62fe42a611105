// `npm run bench`: spreadsheet calls per operation (must not grow with rows), CPU time at 1k/5k/20k cases,
// bundle sizes. Prints a Markdown table; the README quotes it.
import { benchActionTable } from './action-table';
import { benchBundleSize } from './bundle-size';
import { benchDailyCheck } from './daily-check';
import { benchSidebar } from './sidebar';
import { benchAlerts } from './domain-alerts';
import { benchParse } from './domain-parse';
import { benchEmulator } from './emulator';
import { benchImport } from './import';
import type { Figure } from './figure';
import { benchVisits } from './visits-check';

type Section = readonly [title: string, run: () => Promise<Figure[]>];

const sections: Section[] = process.argv.includes('--actions') ? [] : [
  ['Daily check through the bundle (emulated Sheets)', benchDailyCheck],
  ['Visits checked against the terms through the bundle', benchVisits],
  ['Importing a clinic tracker through the bundle', benchImport],
  ['Domain alone: row parsing', benchParse],
  ['Domain alone: alerts, flags and digests', benchAlerts],
  ['Sidebar actions through the bundle (emulated Sheets)', benchSidebar],
  ['The emulator itself', benchEmulator],
  ['Bundle', benchBundleSize],
];

function format(value: number, unit: string): string {
  const digits = unit === 'calls' || unit === 'emails' || unit === 'count' ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

async function main(): Promise<void> {
  for (const [title, run] of sections) {
    console.log(`\n### ${title}\n\n| measure | value |\n|---|---|`);
    for (const figure of await run()) console.log(`| ${figure.name} | ${format(figure.value, figure.unit)} |`);
  }
  await benchActionTable();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
