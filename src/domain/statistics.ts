/** Small numeric helpers for reports: undefined results are null, never NaN. */

/** Median of finite values, null for none. @example median([3, 1, 4, 10]) // 3.5 */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** numerator ÷ denominator, null when the denominator is 0 or either is not finite. @example ratio(3, 4) // 0.75 */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

/** Rounds to `digits` decimals (money: 2). @example roundTo(2.005, 2) // 2.01 */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
