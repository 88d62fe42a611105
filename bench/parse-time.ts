// How long this machine's V8 takes to compile dist/Code.js and run its top level (what every Apps Script
// execution does before the first line of the called function). A unique comment defeats V8's compile cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { cpuMs, median } from './figure';

export function bundleParseMs(runs = 7): number {
  const code = readFileSync(join(__dirname, '..', 'dist', 'Code.js'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = createContext({});
    times.push(cpuMs(() => new Script(`${code}\n// run ${i} ${Date.now()}`).runInContext(context)));
  }
  return median(times);
}
