/**
 * Counts every method call on an emulated Apps Script object, keyed "Class.method" (e.g. "Range.getValues").
 * The benchmark and the tests assert that batched operations make a fixed number of calls whatever the row count.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly pending: { key: string; skip: number; action: () => void }[] = [];

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.runPending(key);
  }

  /**
   * Runs `action` once, just before the `nth` (default first) next call of "Class.method" executes: a person
   * acting in the spreadsheet (a sort, an edit) while a script runs. Users are never held off by the script's
   * LockService lock, so a test can put such an action between any two of the script's calls. (Added.)
   */
  before(key: string, action: () => void, options: { nth?: number } = {}): void {
    this.pending.push({ key, skip: Math.max(0, (options.nth ?? 1) - 1), action });
  }

  private runPending(key: string): void {
    const index = this.pending.findIndex((p) => p.key === key);
    const hook = this.pending[index];
    if (!hook) return;
    if (hook.skip > 0) {
      hook.skip -= 1;
      return;
    }
    this.pending.splice(index, 1);
    hook.action();
  }

  /** Calls of one "Class.method", or of every method of a class when given "Class". */
  get(key: string): number {
    if (key.includes('.')) return this.counts.get(key) ?? 0;
    let sum = 0;
    for (const [k, n] of this.counts) if (k.startsWith(`${key}.`)) sum += n;
    return sum;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

const COUNTED = Symbol('counted');

/**
 * Wraps `target` so each method call is recorded as `${className}.${method}`.
 * Wrap an object once, where it is created, so identity (`sheet === sheet`) holds for callers.
 */
export function counted<T extends object>(target: T, className: string, counter: CallCounter): T {
  if ((target as Record<symbol, unknown>)[COUNTED]) return target;
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === COUNTED) return true;
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        counter.record(`${className}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
