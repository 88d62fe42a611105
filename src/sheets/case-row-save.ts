import { CASE_COLUMNS, type CaseField, type ColumnKind } from '../domain/case-columns';
import { refusalsFor } from '../domain/guards';
import { inertText } from '../domain/inert-text';
import { isPlainTextField } from '../domain/tracker-validation';
import type { SaveResult, SaveRules } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import { toCaseRecord, type RecordContext } from './case-record';
import { writeRowCells, type CellWrite } from './cell-runs';
import { locateCase, readRowCells } from './case-row-locator';
import type { CaseSheetLayout } from './case-sheet-layout';
import { rowFingerprint } from './row-fingerprint';

/**
 * Saves user-requested changes to one case. The row is found by Case ID now (one column read), re-read
 * (one row read) and compared with the fingerprint the change was based on: any difference — an edit, a
 * sort that put another patient on the row, an insert — refuses the save. A change of Status passes the same
 * guards as any status change (no path around the lifecycle). Only changed cells are written, text inert.
 */
export function saveCaseRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  ctx: RecordContext,
  request: {
    readonly caseId: string;
    readonly basis: string;
    readonly changes: Partial<Record<CaseField, unknown>>;
    readonly rules: SaveRules;
  },
): SaveResult {
  const { caseId, basis, changes, rules } = request;
  const location = locateCase(sheet, layout, caseId);
  if (location.kind === 'missing') {
    return { ok: false, reason: 'case-not-found', message: `${caseId} is no longer on the Cases sheet; nothing was saved.` };
  }
  if (location.kind === 'duplicate') {
    return {
      ok: false,
      reason: 'duplicate-case-id',
      message: `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row, then try again. Nothing was saved.`,
    };
  }
  const { rowNumber } = location;
  const cells = readRowCells(sheet, layout, rowNumber);
  if (rowFingerprint(cells, layout.map) !== basis) {
    return {
      ok: false,
      reason: 'row-changed',
      message: `${caseId} changed on the sheet since you opened it; nothing was saved. Refresh and try again.`,
    };
  }
  const writes = changedCells(layout, ctx.timeZone, cells, changes);
  const refused = statusRefusal(layout, ctx, rowNumber, cells, writes, rules);
  if (refused) return refused;
  writeRowCells(sheet, rowNumber, writes);
  const after = writes.length === 0 ? cells : readRowCells(sheet, layout, rowNumber);
  return { ok: true, record: toCaseRecord(after, rowNumber, layout, ctx) };
}

function changedCells(layout: CaseSheetLayout, timeZone: string, cells: readonly unknown[], changes: Partial<Record<CaseField, unknown>>): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const field of Object.keys(changes) as CaseField[]) {
    // The Case ID is the row's identity and Flags/Problems belong to the daily check: never saved from a form.
    if (field === 'caseId' || field === 'flags' || field === 'problems') continue;
    const column = layout.map.columns[field];
    if (column === undefined) {
      throw new Error(`The Cases sheet has no "${layout.map.headers[field]}" column; run Set up or repair tracker. Nothing was saved.`);
    }
    const value = cellValueFor(field, changes[field], timeZone);
    if (!sameCell(cells[column], value)) writes.push({ column, value: inertCell(field, value) });
  }
  return writes;
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['currency', 'whole']);
const KIND = new Map<CaseField, ColumnKind>(CASE_COLUMNS.map((c) => [c.field, c.kind]));

/**
 * Text from a person never becomes a formula; a number sent as text for a number column is the number.
 * A plain-text column keeps text as text (and would keep the apostrophe too), so only a formula is quoted there.
 */
function inertCell(field: CaseField, value: CellWrite['value']): CellWrite['value'] {
  if (typeof value !== 'string') return value;
  const kind = KIND.get(field);
  if (kind && NUMERIC.has(kind) && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (isPlainTextField(field) && !value.trimStart().startsWith('=')) return value;
  return inertText(value);
}

/** A save that changes Status is refused with every failing guard, as a typed Status would be. */
function statusRefusal(
  layout: CaseSheetLayout,
  ctx: RecordContext,
  rowNumber: number,
  cells: readonly unknown[],
  writes: readonly CellWrite[],
  rules: SaveRules,
): SaveResult | null {
  const statusColumn = layout.map.columns.status;
  if (statusColumn === undefined || !writes.some((w) => w.column === statusColumn)) return null;
  const proposedCells = [...cells];
  for (const w of writes) proposedCells[w.column] = w.value;
  const current = toCaseRecord(cells, rowNumber, layout, ctx).case;
  const proposed = toCaseRecord(proposedCells, rowNumber, layout, ctx).case;
  if (!current || !proposed) {
    const message = 'The row cannot be read as a case; fix the Problems column first. Nothing was saved.';
    return { ok: false, reason: 'refused', message, refusals: [] };
  }
  if (current.status === proposed.status) return null;
  const refusals = refusalsFor(proposed, { from: current.status, planRule: rules.planRuleFor(proposed), inNetworkAttempts: rules.inNetworkAttempts(current.caseId) });
  if (refusals.length === 0) return null;
  return { ok: false, reason: 'refused', message: `${refusals.map((r) => r.message).join(' ')} Nothing was saved.`, refusals };
}
