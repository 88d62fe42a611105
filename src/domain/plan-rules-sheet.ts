/** The `Plan rules` sheet: one row per payer, read into PlanRule with defaults for blank cells. */
import type { Problem } from './case';
import { isBlankCell } from './cell-parsers';
import { mapColumns, type HeaderMap } from './header-map';
import type { PlanRule } from './plan-rule';
import { DEFAULT_MIN_IN_NETWORK_ATTEMPTS, DEFAULT_PLAN_RULE, DEFAULT_TURNAROUND_DAYS, payerKey } from './plan-rule-lookup';
import { readRow, type ParsedRow, type RowContext } from './row-reader';
import { headersOf, requireFields, type SheetColumn } from './sheet-column';
import { CHANNELS, PACKET_ITEMS, VISIT_POLICIES, type PacketItem } from './vocabulary';

/** Sheet name. */
export const PLAN_RULES_SHEET = 'Plan rules';

/** Field keys of the `Plan rules` columns. */
export type PlanRuleField = 'payer' | 'requiredItems' | 'minAttempts' | 'channel' | 'turnaround' | 'visitPolicy' | 'notes';

/** Columns of the `Plan rules` sheet, in setup order. */
export const PLAN_RULES_COLUMNS: readonly SheetColumn<PlanRuleField>[] = [
  { field: 'payer', header: 'Payer', kind: 'text', help: 'As written in the Payer column of Cases.' },
  {
    field: 'requiredItems',
    header: 'Required packet items',
    kind: 'text',
    help: `Comma-separated item names, "All" or "None". Blank = all but the medical necessity letter. Items: ${PACKET_ITEMS.join(', ')}.`,
  },
  { field: 'minAttempts', header: 'Minimum in-network attempts', kind: 'whole', help: `Blank = ${DEFAULT_MIN_IN_NETWORK_ATTEMPTS}.` },
  { field: 'channel', header: 'Submission channel', kind: 'list', values: CHANNELS },
  { field: 'turnaround', header: 'Expected turnaround (days)', kind: 'whole', help: 'Blank = the default in Settings.' },
  { field: 'visitPolicy', header: 'Visit policy', kind: 'list', values: VISIT_POLICIES, help: 'Allow, Warn or Block visits outside the terms.' },
  { field: 'notes', header: 'Notes', kind: 'text' },
];

/** Header row of the `Plan rules` sheet. */
export const PLAN_RULES_HEADERS = headersOf(PLAN_RULES_COLUMNS);

/** What parsePlanRuleRow needs besides the cells. */
export interface PlanRuleRowContext extends RowContext {
  /** Settings' default turnaround, used when the cell is blank (default 14). */
  readonly defaultTurnaroundDays?: number;
}

/** Maps the `Plan rules` header row. */
export function mapPlanRulesHeaders(headerRow: readonly unknown[]): HeaderMap<PlanRuleField> {
  return mapColumns(headerRow, PLAN_RULES_COLUMNS);
}

const ITEM_BY_KEY = new Map<string, PacketItem>(PACKET_ITEMS.map((item) => [item.toLowerCase(), item]));

/**
 * Reads "Required packet items": blank → null (use the default), "All", "None", or item names separated
 * by commas, semicolons or new lines ("Packet: " prefixes allowed). Unknown names are returned apart.
 */
export function parseRequiredItems(text: string): { items: PacketItem[] | null; unknown: string[] } {
  const s = text.trim();
  if (s === '') return { items: null, unknown: [] };
  if (/^all$/i.test(s)) return { items: [...PACKET_ITEMS], unknown: [] };
  if (/^none$/i.test(s)) return { items: [], unknown: [] };
  const found = new Set<PacketItem>();
  const unknown: string[] = [];
  for (const part of s.split(/[,;\n]+/)) {
    const name = part.trim().replace(/^packet\s*:\s*/i, '').replace(/\s+/g, ' ').toLowerCase();
    if (name === '') continue;
    const item = ITEM_BY_KEY.get(name);
    if (item) found.add(item);
    else unknown.push(part.trim());
  }
  return { items: PACKET_ITEMS.filter((item) => found.has(item)), unknown };
}

/** Parses one `Plan rules` row into a PlanRule (defaults for blank or bad cells). Payer is required. Never throws. */
export function parsePlanRuleRow(cells: readonly unknown[], map: HeaderMap<PlanRuleField>, ctx: PlanRuleRowContext): ParsedRow<PlanRule> {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  if (r.isBlank(['notes'])) return { kind: 'blank', rowNumber: ctx.rowNumber };
  requireFields(r, map.headers, ['payer']);
  const payer = r.text('payer');
  const defaults = DEFAULT_PLAN_RULE(payer, ctx.defaultTurnaroundDays ?? DEFAULT_TURNAROUND_DAYS);
  const { items, unknown } = parseRequiredItems(r.text('requiredItems'));
  if (unknown.length > 0) {
    const header = map.headers.requiredItems;
    r.problems.push({
      code: 'unknown_packet_item',
      message: `${header}: ${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is not a packet item' : 'are not packet items'} (use ${PACKET_ITEMS.join(', ')}, All or None)`,
      column: header,
    });
  }
  const entry: PlanRule = {
    payer,
    requiredItems: items ?? defaults.requiredItems,
    minInNetworkAttempts: r.whole('minAttempts') ?? defaults.minInNetworkAttempts,
    channel: r.list('channel', CHANNELS),
    turnaroundDays: r.whole('turnaround') ?? defaults.turnaroundDays,
    visitPolicy: r.list('visitPolicy', VISIT_POLICIES) || defaults.visitPolicy,
  };
  return { kind: 'entry', rowNumber: ctx.rowNumber, entry, problems: r.problems };
}

/** A problem found on a row of a sheet other than Cases. */
export interface RowProblem {
  readonly rowNumber: number;
  readonly problem: Problem;
}

/**
 * Reads the whole `Plan rules` sheet (header row first): rules without a payer are skipped and a payer
 * listed twice keeps its first row. Row numbers are 1-based sheet rows.
 */
export function parsePlanRules(rows: readonly (readonly unknown[])[], defaultTurnaroundDays = DEFAULT_TURNAROUND_DAYS): {
  rules: PlanRule[];
  problems: RowProblem[];
} {
  const map = mapPlanRulesHeaders(rows[0] ?? []);
  const rules: PlanRule[] = [];
  const problems: RowProblem[] = [];
  rows.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    const parsed = parsePlanRuleRow(cells, map, { timeZone: 'UTC', rowNumber, defaultTurnaroundDays });
    if (parsed.kind === 'blank') return;
    for (const problem of parsed.problems) problems.push({ rowNumber, problem });
    if (isBlankCell(parsed.entry.payer)) return;
    const key = payerKey(parsed.entry.payer);
    if (rules.some((rule) => payerKey(rule.payer) === key)) {
      const header = map.headers.payer;
      problems.push({
        rowNumber,
        problem: { code: 'duplicate_payer', message: `${header}: '${parsed.entry.payer}' is listed above; this row is ignored.`, column: header },
      });
      return;
    }
    rules.push(parsed.entry);
  });
  return { rules, problems };
}
