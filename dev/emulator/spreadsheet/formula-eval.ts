/**
 * Evaluates conditional-format and validation custom formulas at one cell, as Sheets does: references
 * without $ shift by the cell's offset from the rule range's top-left cell. Text compares case-insensitively,
 * dates are serial numbers, empty cells are "" or 0. Functions: AND OR NOT IF LEFT RIGHT MID LEN LOWER UPPER
 * TRIM ISBLANK ISNUMBER ISTEXT SEARCH FIND REGEXMATCH TODAY INT ABS. Unknown formulas are "unsupported"
 * (null), which callers treat as "no colour" (conditional formats) or "accepted" (validation).
 */
import type { CellValue } from '../api';
import { type FormulaNode, parseFormula, UnsupportedFormula } from './formula-parser';
import { calendarDateOf, daysBetween, serialNumber } from './zoned-time';

export interface FormulaEnv {
  cell(row: number, col: number): CellValue | undefined;
  readonly timeZone: string;
  now(): Date;
}

interface Cell { readonly row: number; readonly col: number }
class FormulaError { constructor(readonly code: string) {} }
type Value = number | string | boolean | null | FormulaError;

const parsed = new Map<string, FormulaNode | null>();

function parseCached(formula: string): FormulaNode | null {
  if (!parsed.has(formula)) {
    try {
      parsed.set(formula, parseFormula(formula));
    } catch (e) {
      if (!(e instanceof UnsupportedFormula)) throw e;
      parsed.set(formula, null);
    }
  }
  return parsed.get(formula) ?? null;
}

/** True/false when the formula holds at `at` for a rule anchored at `anchor`; null when unsupported. */
export function formulaHolds(formula: string, env: FormulaEnv, anchor: Cell, at: Cell): boolean | null {
  const tree = parseCached(formula);
  if (!tree) return null;
  try {
    const v = evaluate(tree, env, at.row - anchor.row, at.col - anchor.col);
    if (v instanceof FormulaError) return false;
    return v === true || (typeof v === 'number' && v !== 0);
  } catch (e) {
    if (e instanceof UnsupportedFormula) return null;
    throw e;
  }
}

/** True when every reference pins its column ($X2), so the result is the same along a row. */
export function sameAlongRow(formula: string): boolean {
  const tree = parseCached(formula);
  const walk = (n: FormulaNode): boolean => {
    switch (n.kind) {
      case 'ref': return n.colAbsolute;
      case 'unary': return walk(n.operand);
      case 'binary': return walk(n.left) && walk(n.right);
      case 'call': return n.args.every(walk);
      default: return true;
    }
  };
  return tree === null || walk(tree);
}

const text = (v: Value): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
const num = (v: Value): number | FormulaError => {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof FormulaError) return v;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : new FormulaError('#VALUE!');
};

function compare(op: string, a: Value, b: Value): Value {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  const rank = (v: Value): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : -1);
  // An empty cell equals "" and 0 and FALSE.
  const x = a === null ? (typeof b === 'number' ? 0 : typeof b === 'boolean' ? false : '') : a;
  const y = b === null ? (typeof x === 'number' ? 0 : typeof x === 'boolean' ? false : '') : b;
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') c = x.toLowerCase().localeCompare(String(y).toLowerCase());
  else c = Number(x) - Number(y);
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

function evaluate(node: FormulaNode, env: FormulaEnv, dRow: number, dCol: number): Value {
  const ev = (n: FormulaNode): Value => evaluate(n, env, dRow, dCol);
  switch (node.kind) {
    case 'number': case 'text': case 'boolean': return node.value;
    case 'ref': {
      const v = env.cell(node.rowAbsolute ? node.row : node.row + dRow, node.colAbsolute ? node.col : node.col + dCol);
      if (v === undefined || v === '') return null;
      return v instanceof Date ? serialNumber(v, env.timeZone) : v;
    }
    case 'unary': {
      const v = num(ev(node.operand));
      return v instanceof FormulaError ? v : -v;
    }
    case 'binary': {
      const a = ev(node.left);
      const b = ev(node.right);
      if (node.op === '&') return a instanceof FormulaError ? a : b instanceof FormulaError ? b : text(a) + text(b);
      if (['+', '-', '*', '/'].includes(node.op)) {
        const x = num(a);
        const y = num(b);
        if (x instanceof FormulaError) return x;
        if (y instanceof FormulaError) return y;
        if (node.op === '/' && y === 0) return new FormulaError('#DIV/0!');
        return node.op === '+' ? x + y : node.op === '-' ? x - y : node.op === '*' ? x * y : x / y;
      }
      return compare(node.op, a, b);
    }
    case 'call': return call(node.name, node.args, ev, env);
  }
}

function call(name: string, args: readonly FormulaNode[], ev: (n: FormulaNode) => Value, env: FormulaEnv): Value {
  const arg = (i: number): Value => {
    const n = args[i];
    return n === undefined ? null : ev(n);
  };
  const truthy = (v: Value): boolean => v === true || (typeof v === 'number' && v !== 0) || (typeof v === 'string' && v.toUpperCase() === 'TRUE');
  switch (name) {
    case 'AND': return args.map((_, i) => arg(i)).every(truthy);
    case 'OR': return args.map((_, i) => arg(i)).some(truthy);
    case 'NOT': return !truthy(arg(0));
    case 'IF': return truthy(arg(0)) ? arg(1) : args.length > 2 ? arg(2) : false;
    case 'LEFT': return text(arg(0)).slice(0, args.length > 1 ? Number(num(arg(1))) : 1);
    case 'RIGHT': {
      const n = args.length > 1 ? Number(num(arg(1))) : 1;
      return n === 0 ? '' : text(arg(0)).slice(-n);
    }
    case 'MID': return text(arg(0)).substr(Number(num(arg(1))) - 1, Number(num(arg(2))));
    case 'LEN': return text(arg(0)).length;
    case 'LOWER': return text(arg(0)).toLowerCase();
    case 'UPPER': return text(arg(0)).toUpperCase();
    case 'TRIM': return text(arg(0)).trim().replace(/\s+/g, ' ');
    case 'ISBLANK': return arg(0) === null;
    case 'ISNUMBER': return typeof arg(0) === 'number';
    case 'ISTEXT': return typeof arg(0) === 'string';
    case 'SEARCH': case 'FIND': {
      const needle = text(arg(0));
      const hay = text(arg(1));
      const i = name === 'SEARCH' ? hay.toLowerCase().indexOf(needle.toLowerCase()) : hay.indexOf(needle);
      return i < 0 ? new FormulaError('#VALUE!') : i + 1;
    }
    case 'REGEXMATCH': return new RegExp(text(arg(1))).test(text(arg(0)));
    case 'TODAY': return daysBetween('1899-12-30', calendarDateOf(env.now(), env.timeZone));
    case 'INT': { const v = num(arg(0)); return v instanceof FormulaError ? v : Math.floor(v); }
    case 'ABS': { const v = num(arg(0)); return v instanceof FormulaError ? v : Math.abs(v); }
    default: throw new UnsupportedFormula(name, `function ${name}`);
  }
}
