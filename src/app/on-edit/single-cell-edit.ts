import type { Problem, ScaCase } from '../../domain/case';
import type { HistoryEntry } from '../../ports/history-log';
import { parseCaseRow } from '../../domain/parse-case-row';
import type { PacketItem } from '../../domain/vocabulary';
import { isBlankCell } from '../../domain/cell-parsers';
import { inertText } from '../../domain/inert-text';
import { CASE_ID_BY_HAND, caseIdEditAllowed } from './case-id-edit';
import { cellValueFor } from '../../sheets/case-cell-values';
import { historyText } from './history-text';
import { writeRowCells, type CellWrite } from '../../sheets/cell-runs';
import type { EditedBlock } from './edited-block';
import { packetVerdict, statusVerdict, type EffectWrite, type RuleContext, type Verdict } from './edit-rules';
import { oldCellValue } from './old-cell-value';

/** What handling one edited cell produced: History lines, reasons to put in Problems, a toast. */
export interface SingleEditOutcome {
  readonly history: HistoryEntry[];
  readonly reasons: Problem[];
  readonly toast: string | null;
}

/** Who and when, for History. */
export interface EditStamp {
  readonly at: Date;
  readonly user: string;
}

/**
 * A single typed cell in Status or a packet checkbox: the domain decides. A refused change is PUT BACK to
 * `e.oldValue` (it had one cell, so we know exactly what was there) and explained; an allowed one is kept,
 * recorded in History, and its effects are applied only to cells that are empty (never over a user's value).
 * A typed Case ID is put back too (IDs are the add-on's), unless it clears a duplicate.
 * The caller holds the document lock and has checked that the cell still holds what was typed.
 */
export function handleSingleEdit(
  block: EditedBlock,
  e: { oldValue?: unknown; value?: unknown },
  ctx: RuleContext,
  stamp: EditStamp,
  idsElsewhere: (id: string) => number,
): SingleEditOutcome {
  const none: SingleEditOutcome = { history: [], reasons: [], toast: null };
  const single = block.single;
  const field = single?.field;
  if (single && field === 'caseId') {
    if (caseIdEditAllowed(e.oldValue, e.value, idsElsewhere)) return none;
    return putBack(block, single, oldCellValue(field, e.oldValue), [CASE_ID_BY_HAND], labelOf(e.oldValue));
  }
  if (!single || !field || !(field === 'status' || field.startsWith('packet:'))) return none;
  const index = single.rowNumber - block.first;
  const cells = block.rows[index];
  if (!cells) return none;
  const before = [...cells];
  before[single.column] = oldCellValue(field, e.oldValue);
  const parseCtx = { timeZone: ctx.timeZone, rowNumber: single.rowNumber, serviceLines: ctx.serviceLines };
  const afterRow = parseCaseRow(cells, block.layout.map, parseCtx);
  if (afterRow.kind !== 'case' || afterRow.problems.some((p) => p.column === block.layout.map.headers[field])) return none;
  const beforeRow = parseCaseRow(before, block.layout.map, parseCtx);
  const from = beforeRow.kind === 'case' ? beforeRow.case : null;
  const to = afterRow.case;

  let verdict: Verdict;
  let label: { from: string; to: string };
  if (field === 'status') {
    if (from && from.status === to.status) return none;
    verdict = statusVerdict(from, to, ctx);
    label = { from: labelOf(e.oldValue), to: to.status };
  } else {
    const item = field.slice('packet:'.length) as PacketItem;
    if ((from?.packet[item] ?? false) === to.packet[item]) return none;
    verdict = packetVerdict(from, to, item, ctx);
    label = { from: tickText(!to.packet[item]), to: tickText(to.packet[item]) };
  }
  const header = block.layout.map.headers[field];
  if (!verdict.ok) return putBack(block, single, before[single.column], verdict.reasons, label.from);
  const history: HistoryEntry[] = [{ ...stampOf(stamp, to), field: header, from: label.from, to: label.to, via: 'sheet edit' }];
  history.push(...applyEffects(block, single.rowNumber, cells, verdict.writes, ctx, stamp, to));
  return { history, reasons: [], toast: null };
}

/** Writes the cell's old value back (inert: an old text '0042' or '=…' stays text) and explains why. */
function putBack(
  block: EditedBlock,
  single: NonNullable<EditedBlock['single']>,
  old: unknown,
  reasons: readonly Problem[],
  shownAs: string,
): SingleEditOutcome {
  const value = old === undefined || old === null ? '' : old;
  block.sheet.getRange(single.rowNumber, single.column + 1).setValue(inertText(value));
  const cells = block.rows[single.rowNumber - block.first];
  if (cells) cells[single.column] = value;
  const header = single.field ? block.layout.map.headers[single.field] : '';
  const why = reasons.map((r) => r.message).join(' ');
  return { history: [], reasons: [...reasons], toast: `${header} put back to ${shownAs === '' ? 'empty' : `'${shownAs}'`}: ${why}` };
}

function labelOf(oldValue: unknown): string {
  return oldValue === undefined || oldValue === null ? '' : String(oldValue);
}

function tickText(ticked: boolean): string {
  return ticked ? 'ticked' : 'unticked';
}

function stampOf(stamp: EditStamp, c: ScaCase): Pick<HistoryEntry, 'at' | 'user' | 'caseId'> {
  return { at: stamp.at, user: stamp.user, caseId: c.caseId };
}

/**
 * Effects of an allowed change: a date is written only into an EMPTY cell (never over a user's value with
 * a guess); a clear (follow-up no longer due) empties the cell. Each write is recorded in History.
 */
function applyEffects(
  block: EditedBlock,
  rowNumber: number,
  cells: unknown[],
  writes: readonly EffectWrite[],
  ctx: RuleContext,
  stamp: EditStamp,
  c: ScaCase,
): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  const cellWrites: CellWrite[] = [];
  for (const w of writes) {
    const column = block.layout.map.columns[w.field];
    if (column === undefined) continue;
    const current = cells[column];
    const empty = isBlankCell(current);
    if (w.value === null ? empty : !empty) continue;
    const value = cellValueFor(w.field, w.value, ctx.timeZone);
    cellWrites.push({ column, value });
    cells[column] = value;
    const from = historyText(current, ctx.timeZone);
    history.push({ ...stampOf(stamp, c), field: block.layout.map.headers[w.field], from, to: w.value ?? '', via: 'sheet edit' });
  }
  writeRowCells(block.sheet, rowNumber, cellWrites);
  return history;
}
