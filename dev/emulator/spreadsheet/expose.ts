/**
 * How emulated objects are handed to the bundle: wrapped once in an authorization guard (everything that
 * touches the document needs at least AuthMode.LIMITED, as in Apps Script) and in the call counter.
 * Methods run with `this` bound to the raw object, so a chainable method returns `this.self`, the wrapper.
 */
import { counted } from '../call-counter';
import type { SpreadsheetHost } from './contract';

export interface Exposable<T> {
  self: T;
}

/** Wrapper → raw object, so the emulator's own calls on objects the bundle hands back are not counted. */
const raws = new WeakMap<object, object>();

/** The raw emulator object behind a wrapper (or the value itself when it is not a wrapper). */
export function rawOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (raws.get(value) ?? value) : value;
}

/** Wraps `impl` so each method call first checks the auth mode. */
function guarded<T extends object>(impl: T, className: string, host: SpreadsheetHost): T {
  return new Proxy(impl, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return function (...args: unknown[]) {
        host.auth.require('LIMITED', `${className}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}

/**
 * Wraps `impl` (counted as `className`, optionally auth-guarded) and records the wrapper as `impl.self`.
 * The result is typed as the Apps Script interface the class emulates.
 */
export function expose<Impl extends Exposable<unknown>>(
  impl: Impl,
  className: string,
  host: SpreadsheetHost,
  options: { guard: boolean } = { guard: true },
): Impl['self'] {
  const inner = options.guard ? guarded(impl, className, host) : impl;
  const wrapper = counted(inner, className, host.counter) as unknown as Impl['self'];
  impl.self = wrapper;
  raws.set(wrapper as object, impl);
  // Apps Script objects print as their class name and serialize as {}: hide the emulator's fields so
  // Logger.log(range) or JSON.stringify(range) never walks into the whole workbook.
  for (const key of Object.keys(impl)) Object.defineProperty(impl, key, { enumerable: false });
  Object.defineProperty(impl, 'toString', { enumerable: false, configurable: true, writable: true, value: () => className });
  return wrapper;
}
