/**
 * google.script.run's bridge rules: only top-level functions whose names do not end in '_'; arguments and
 * results are primitives, plain objects and arrays — a Date or function anywhere in them makes the call fail;
 * values cross as copies (JSON), so `undefined` in arrays becomes null.
 */

/** Throws like the client bridge when `value` holds a Date or a function (at any depth). */
export function assertTransferable(value: unknown, path: string, direction: 'argument' | 'result'): void {
  if (typeof value === 'function' || Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(
      direction === 'argument'
        ? `Failed due to illegal value in property: ${path}`
        : `Failed due to illegal value in the return value at ${path || '(root)'}: google.script.run cannot return a ${typeof value === 'function' ? 'function' : 'Date'}.`,
    );
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) assertTransferable(v, path === '' ? key : `${path}.${key}`, direction);
  }
}

export function copyAcrossBridge<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function checkCallable(functionName: string, isTopLevel: (name: string) => boolean): void {
  if (functionName.endsWith('_')) {
    throw new Error(`Script function not found: ${functionName} (names ending in '_' are private to google.script.run)`);
  }
  if (!isTopLevel(functionName)) throw new Error(`Script function not found: ${functionName}`);
}
