// The per-action table (issue 13): printed as Markdown and written to bench/results.json so a change's
// effect can be compared run to run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { benchActions, bigDailyCheck, naiveDailyCheck, type ActionResult } from './actions';
import { CELL_MS, CELL_SOURCE, COSTS, CPU_SLOWDOWN, CPU_SLOWDOWN_SOURCE, EXECUTION_START, executionStartMs, PARSE_SLOWDOWN, PARSE_SLOWDOWN_SOURCE } from './cost-model';
import { bundleParseMs } from './parse-time';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`;

function row(r: ActionResult): string {
  const target = r.target === undefined ? '' : r.spreadsheetCalls <= r.target ? `≤ ${r.target} ✓` : `≤ ${r.target} ✗`;
  return `| ${r.action} | ${r.cases.toLocaleString('en-US')} | ${r.executions} | ${r.spreadsheetCalls} | ${target} | ${r.otherCalls} | ${seconds(r.estimatedMs)} | ${r.cpuMs} ms |`;
}

export async function benchActionTable(): Promise<void> {
  const parseMs = bundleParseMs();
  const code = readFileSync(join(__dirname, '..', 'dist', 'Code.js'), 'utf8');
  const results = benchActions(parseMs);
  const daily1k = results.find((r) => r.action === 'daily check' && r.cases === 1_000);
  if (!daily1k) throw new Error('no daily check at 1,000 cases');
  const naive = naiveDailyCheck(daily1k);
  const big = bigDailyCheck(50_000, parseMs);

  console.log('\n### Per action (emulator counts, time estimated on Google by bench/cost-model.ts)\n');
  console.log('| action | cases | executions | spreadsheet calls | target | other calls | est. on Google | CPU here |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of [...results, naive, big]) console.log(row(r));
  console.log(
    `\nDaily check at 1,000 cases vs the naive per-row script: ${(naive.spreadsheetCalls / daily1k.spreadsheetCalls).toFixed(0)}× fewer spreadsheet calls; ` +
      `spreadsheet time ${seconds(daily1k.spreadsheetMs)} vs ${seconds(naive.spreadsheetMs)}; whole run ${seconds(daily1k.estimatedMs)} vs ${seconds(naive.estimatedMs)} (both send the same ${daily1k.otherCalls} other calls, mostly mail).`,
  );
  console.log(`Daily check at 50,000 cases: ${big.cpuMs} ms CPU here, heap ${big.heapMB} MB (rss ${big.rssMB} MB), ${seconds(big.estimatedMs)} estimated on Google (limit 360 s).`);
  console.log(`Bundle: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, compiled and initialised in ${parseMs.toFixed(1)} ms here; an execution start is estimated at ${executionStartMs(parseMs).toFixed(0)} ms (${EXECUTION_START.ms} ms start-up + ${PARSE_SLOWDOWN}× parse).`);

  console.log('\n### Cost model\n\n| class | ms a call | source |\n|---|---|---|');
  for (const [name, cost] of Object.entries(COSTS)) console.log(`| ${name} | ${cost.ms} | ${cost.source} |`);
  console.log(`| each cell moved by a batched read/write | ${CELL_MS} | ${CELL_SOURCE} |`);
  console.log(`| the script's own CPU | ${CPU_SLOWDOWN}× CPU measured here | ${CPU_SLOWDOWN_SOURCE} |`);
  console.log(`| execution start | ${EXECUTION_START.ms} + ${PARSE_SLOWDOWN}× parse | ${EXECUTION_START.source}; ${PARSE_SLOWDOWN_SOURCE} |`);

  const json = {
    generatedBy: 'npm run bench',
    bundle: { codeJsKB: +(Buffer.byteLength(code) / 1024).toFixed(1), codeJsGzipKB: +(gzipSync(code).length / 1024).toFixed(1), parseMs: +parseMs.toFixed(1), executionStartMs: Math.round(executionStartMs(parseMs)) },
    actions: [...results, naive, big],
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
}
