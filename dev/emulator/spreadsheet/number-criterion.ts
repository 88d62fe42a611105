/**
 * The NUMBER_* criteria, shared by data validation and conditional formatting (Sheets evaluates them the
 * same way in both). Returns undefined for a criterion that is not a number comparison.
 */
export function numberCriterion(criteria: string, n: number, a: unknown, b: unknown): boolean | undefined {
  switch (criteria) {
    case 'NUMBER_EQUAL_TO': return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO': return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_GREATER_THAN': return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n >= Number(a);
    case 'NUMBER_LESS_THAN': return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n <= Number(a);
    case 'NUMBER_BETWEEN': return n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN': return n < Number(a) || n > Number(b);
    default: return undefined;
  }
}
