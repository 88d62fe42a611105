import { a1Box, type A1Box } from '../../domain/a1-box';

/**
 * The edited range with its coordinates asked of Google once: the event's range never moves (its
 * coordinates are fixed at edit time), yet every step of onEdit asks for its sheet, name, row and column,
 * each a round trip. Row, column, height and width come from one getA1Notation ('I9', 'B2:D5'; the
 * reference's own example: getRange(1, 1, 2, 5) gives "A1:E2"); an open range ('C:C') is asked method by
 * method. Last row and column follow from row + height and column + width. Values and every other method go
 * straight to the range, so nothing read from the cells is ever remembered.
 */
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function onceEach<T extends object>(target: T, fixed: Readonly<Record<string, () => unknown>>): T {
  const known = new Map<string, unknown>();
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && property in fixed) {
        return (...args: unknown[]): unknown => {
          if (args.length > 0) return (Reflect.get(object, property) as (...a: unknown[]) => unknown).apply(object, args);
          if (!known.has(property)) known.set(property, fixed[property]?.());
          return known.get(property);
        };
      }
      const value: unknown = Reflect.get(object, property);
      return typeof value === 'function' ? (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown).apply(object, args) : value;
    },
  });
}

/** `range` answering getSheet (whose getName is asked once), getRow, getColumn, getNumRows, getNumColumns, getLastRow and getLastColumn once (the four from one getA1Notation when it names a bounded block). */
export function editRangeFacts(range: Range): Range {
  let box: A1Box | null | undefined;
  const boxed = (): A1Box | null => (box === undefined ? (box = a1Box(range.getA1Notation())) : box);
  const facts: Range = onceEach(range, {
    getSheet: () => {
      const sheet = range.getSheet();
      return onceEach<Sheet>(sheet, { getName: () => sheet.getName() });
    },
    getRow: () => boxed()?.row ?? range.getRow(),
    getColumn: () => boxed()?.column ?? range.getColumn(),
    getNumRows: () => boxed()?.numRows ?? range.getNumRows(),
    getNumColumns: () => boxed()?.numColumns ?? range.getNumColumns(),
    getLastRow: () => facts.getRow() + facts.getNumRows() - 1,
    getLastColumn: () => facts.getColumn() + facts.getNumColumns() - 1,
  });
  return facts;
}
