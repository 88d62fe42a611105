/**
 * The `Date` global of the bundle's vm context: a Proxy of the HOST realm's Date.
 *
 * Why a proxy of the host Date rather than the context's own Date:
 * - `new Date()` / `Date()` / `Date.now()` must read the emulated clock, so tests control "today";
 * - the workbook model lives in the host realm and returns host Dates from getValues(). With the context's
 *   own Date, `value instanceof Date` inside the bundle would be false for every cell date (different
 *   realms have different Date.prototype objects). `instanceof` on the proxy reads the proxy's `prototype`,
 *   which is the host Date.prototype, so host Dates pass; and Dates the bundle creates are host Dates too,
 *   so the workbook accepts them in setValues().
 * Local-time methods (getHours, new Date(y, m, d)) use the Node process's TZ, not the script's time zone:
 * code that needs a zone must pass it explicitly, as the add-on does with Utilities.formatDate.
 */
export function createEmulatedDate(now: () => number): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget) {
      if (args.length === 0) return Reflect.construct(target, [now()], newTarget) as object;
      return Reflect.construct(target, args, newTarget) as object;
    },
    // Date() called without `new` returns the current time as a string.
    apply() {
      return new Date(now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => now();
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
