/**
 * Runs a bundle (dist/Code.js) in a fresh Node vm context whose globals are the emulated services, as Apps
 * Script runs a project's files in one global scope, and lists the functions it declares at top level
 * (what the script editor, menus, triggers and google.script.run can call).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export interface LoadedScript {
  readonly publicFunctions: readonly string[];
  has(functionName: string): boolean;
  /** Calls a top-level function with `this` = the script's global object, as Apps Script does. */
  call(functionName: string, args: readonly unknown[]): unknown;
}

/** Errors thrown inside the context are of the context's Error class; rethrow them as host Errors for test matchers. */
export function toHostError(thrown: unknown): unknown {
  if (thrown instanceof Error || thrown === null || typeof thrown !== 'object') return thrown;
  const t = thrown as { message?: unknown; name?: unknown; stack?: unknown };
  if (typeof t.message !== 'string') return thrown;
  const error = new Error(t.message, { cause: thrown });
  if (typeof t.name === 'string') error.name = t.name;
  if (typeof t.stack === 'string') error.stack = t.stack;
  return error;
}

export function loadScript(file: string, globals: Readonly<Record<string, unknown>>): LoadedScript {
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Bundle not found: ${file} (run \`npm run build\` first)`);
  }
  const sandbox: Record<string, unknown> = { ...globals };
  const context = vm.createContext(sandbox, { name: `apps-script:${file}` });
  new vm.Script(code, { filename: file }).runInContext(context);

  // Declared functions become own properties of the sandbox; builtins live on the context's internal global.
  const injected = new Set(Object.keys(globals));
  const publicFunctions = Object.getOwnPropertyNames(sandbox)
    .filter((name) => !injected.has(name) && typeof sandbox[name] === 'function')
    .sort();
  const globalThisOfScript = vm.runInContext('globalThis', context) as object;

  return {
    publicFunctions,
    has: (name) => publicFunctions.includes(name),
    call(name, args) {
      const fn = sandbox[name];
      if (typeof fn !== 'function' || !publicFunctions.includes(name)) throw new Error(`Script function not found: ${name}`);
      try {
        return (fn as (...a: unknown[]) => unknown).apply(globalThisOfScript, [...args]);
      } catch (thrown) {
        throw toHostError(thrown);
      }
    },
  };
}

/** The bundle file of a dist directory. */
export function bundleFile(distDir: string): string {
  return join(distDir, 'Code.js');
}
