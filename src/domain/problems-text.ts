import type { Problem } from './case';

/**
 * The Problems cell of a row: one line per distinct problem, in the order found, '' when none.
 * @example formatProblems([{ code: 'not_a_date', message: "End date: 'next Tuesday' is not a date" }]) // "End date: 'next Tuesday' is not a date"
 */
export function formatProblems(problems: readonly Problem[]): string {
  return [...new Set(problems.map((p) => p.message))].join('\n');
}
