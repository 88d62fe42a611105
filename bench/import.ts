// Importing a clinic's own tracker through the built bundle: spreadsheet calls (flat in rows but for one
// write per 1,000-row batch) and CPU time for the preview and the import of 1,000 and 5,000 rows; what the
// import adds to the bundles.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEnvironment } from '../dev/emulator';
import { spreadsheetCalls, NOW, ZONE } from './bundle-workbook';
import { cpuMs, median, type Figure } from './figure';

const RUNS = 3;
const HEADERS = ['Patient', 'Insurance', 'Plan type', 'Auth #', 'Start', 'End', 'Visits approved', 'Visits used', 'Status', 'Rep', 'CPT', 'Rate', 'Comments'];

function source(n: number): unknown[][] {
  const statuses = ['pending', 'sent', 'approved verbally', "auth rec'd", 'Denied – in network', 'active'];
  const rows = Array.from({ length: n }, (_, i) => [
    `P${i}`,
    i % 3 ? 'Aetna' : 'Cigna',
    'Commercial',
    `PA-${10000 + i}`,
    `1/${1 + (i % 28)}/26`,
    `Mar ${1 + (i % 28)} 2026`,
    24,
    i % 30,
    statuses[i % statuses.length],
    `rep${i % 12}@clinic.example`,
    '90837, 90834',
    '$145.00',
    i % 10 ? '' : 'called payer twice',
  ]);
  return [HEADERS, ...rows];
}

function tracker(n: number): { env: ReturnType<typeof createEnvironment>; addOn: ReturnType<ReturnType<typeof createEnvironment>['loadBundle']> } {
  const env = createEnvironment({ now: NOW, timeZone: ZONE });
  const addOn = env.loadBundle();
  addOn.run('setUpTracker');
  const sheet = env.spreadsheet.insertSheet('Old tracker');
  const rows = source(n);
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, HEADERS.length).setValues(rows);
  env.calls.reset();
  return { env, addOn };
}

const REQUEST = { source: { kind: 'sheet', name: 'Old tracker' } };

function importFigures(n: number): Figure[] {
  const cpu: number[] = [];
  const previewCpu: number[] = [];
  let calls = 0;
  let previewCalls = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { env, addOn } = tracker(n);
    previewCpu.push(cpuMs(() => addOn.scriptRun('previewImport', [REQUEST])));
    previewCalls = spreadsheetCalls(env);
    env.calls.reset();
    cpu.push(cpuMs(() => addOn.scriptRun('importCases', [REQUEST])));
    calls = spreadsheetCalls(env);
  }
  return [
    { name: `import preview, ${n} rows: spreadsheet calls`, value: previewCalls, unit: 'calls' },
    { name: `import preview, ${n} rows: CPU`, value: median(previewCpu), unit: 'ms' },
    { name: `import, ${n} rows: spreadsheet calls`, value: calls, unit: 'calls' },
    { name: `import, ${n} rows: CPU (bundle + emulator)`, value: median(cpu), unit: 'ms' },
  ];
}

/** Minified bytes each npm package contributes to the import page's script (esbuild's metafile). */
async function importPackages(): Promise<Map<string, number>> {
  const result = await build({
    entryPoints: [join(__dirname, '../sidebar/import/main.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    metafile: true,
  });
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/([^/]+)/.exec(path)?.[1] ?? 'our code';
      bytes.set(pkg, (bytes.get(pkg) ?? 0) + input.bytesInOutput);
    }
  }
  return bytes;
}

export async function benchImport(): Promise<Figure[]> {
  const page = readFileSync(join(__dirname, '../dist/Import.html'), 'utf8');
  const packages = await importPackages();
  return [
    ...importFigures(1_000),
    ...importFigures(5_000),
    { name: 'dist/Import.html (minified)', value: Buffer.byteLength(page) / 1024, unit: 'KB' },
    { name: 'dist/Import.html (gzip)', value: gzipSync(page).length / 1024, unit: 'KB' },
    ...['papaparse', 'preact', 'our code'].map((pkg) => ({ name: `Import.html script: ${pkg} (minified)`, value: (packages.get(pkg) ?? 0) / 1024, unit: 'KB' })),
  ];
}
