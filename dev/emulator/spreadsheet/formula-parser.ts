/**
 * Parser for the tiny formula subset the emulator evaluates (conditional-format and validation custom
 * formulas only; cell formulas are stored, never evaluated): numbers, "text", TRUE/FALSE, A1 cell references
 * with $ anchors, + - * / & = <> < > <= >=, parentheses and function calls. Anything else — ranges,
 * other sheets, named ranges — is reported as unsupported by throwing UnsupportedFormula.
 */
import { columnIndex } from './a1-notation';

export class UnsupportedFormula extends Error {
  constructor(formula: string, why: string) {
    super(`Emulator: formula not supported (${why}): ${formula}`);
  }
}

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'ref'; readonly row: number; readonly col: number; readonly rowAbsolute: boolean; readonly colAbsolute: boolean }
  | { readonly kind: 'unary'; readonly operand: FormulaNode }
  | { readonly kind: 'binary'; readonly op: string; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),]))/y;

function tokenize(formula: string): string[] {
  const body = formula.trim().replace(/^=/, '');
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m || m.index !== start) {
      if (body.slice(start).trim() === '') break;
      throw new UnsupportedFormula(formula, `unexpected "${body.slice(start, start + 10)}"`);
    }
    tokens.push(m[0].trim());
  }
  return tokens;
}

const COMPARISON = ['=', '<>', '<', '>', '<=', '>='];

export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const take = (expected?: string): string => {
    const t = tokens[pos];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new UnsupportedFormula(formula, `expected ${expected ?? 'more'}`);
    pos += 1;
    return t;
  };
  const binary = (next: () => FormulaNode, ops: readonly string[]) => (): FormulaNode => {
    let left = next();
    while (ops.includes(peek() ?? '')) {
      const op = take();
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): FormulaNode => {
    const t = take();
    if (/^\d/.test(t)) return { kind: 'number', value: Number(t) };
    if (t.startsWith('"')) return { kind: 'text', value: t.slice(1, -1).replace(/""/g, '"') };
    if (t === '(') {
      const inner = comparison();
      take(')');
      return inner;
    }
    if (t === '-') return { kind: 'unary', operand: primary() };
    if (t === '+') return primary();
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(t);
    if (ref && peek() !== '(') {
      return { kind: 'ref', colAbsolute: ref[1] === '$', col: columnIndex(ref[2] ?? ''), rowAbsolute: ref[3] === '$', row: Number(ref[4]) };
    }
    if (/^[A-Za-z_]/.test(t)) {
      const upper = t.toUpperCase();
      if (peek() !== '(') {
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        throw new UnsupportedFormula(formula, `name ${t}`);
      }
      take('(');
      const args: FormulaNode[] = [];
      if (peek() !== ')') {
        args.push(comparison());
        while (peek() === ',') {
          take(',');
          args.push(comparison());
        }
      }
      take(')');
      return { kind: 'call', name: upper, args };
    }
    throw new UnsupportedFormula(formula, `unexpected ${t}`);
  };
  const term = binary(primary, ['*', '/']);
  const additive = binary(term, ['+', '-']);
  const concat = binary(additive, ['&']);
  const comparison = binary(concat, COMPARISON);
  const tree = comparison();
  if (pos !== tokens.length) throw new UnsupportedFormula(formula, `unexpected ${tokens[pos] ?? ''}`);
  return tree;
}
