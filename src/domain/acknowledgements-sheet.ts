/**
 * The `Acknowledgements` log: one row per acknowledged alert (who, when, quiet until, until worse). A sheet
 * rather than document properties: a manager can read and audit it, it has no 9 KB-per-value limit, and
 * the daily check reads it in one batched read. The latest row per case and alert kind is in force.
 */
import type { Severity } from './alert';
import { isAlertKind, type Acknowledgement } from './acknowledgement';
import { mapColumns, type HeaderMap } from './header-map';
import { readRow, type RowContext } from './row-reader';
import { headersOf, type SheetColumn } from './sheet-column';

export type AcknowledgementField = 'caseId' | 'kind' | 'by' | 'on' | 'quietUntil' | 'untilWorse' | 'severity' | 'level' | 'note';

/** Columns of the `Acknowledgements` sheet; every cell is written by the add-on. */
export const ACKNOWLEDGEMENTS_COLUMNS: readonly SheetColumn<AcknowledgementField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text', addOn: true },
  { field: 'kind', header: 'Alert', kind: 'text', addOn: true },
  { field: 'by', header: 'Acknowledged by', kind: 'text', addOn: true },
  { field: 'on', header: 'Acknowledged on', kind: 'date', addOn: true },
  { field: 'quietUntil', header: 'Quiet until', kind: 'date', addOn: true },
  { field: 'untilWorse', header: 'Until worse', kind: 'text', addOn: true },
  { field: 'severity', header: 'Severity then', kind: 'text', addOn: true },
  { field: 'level', header: 'Level then', kind: 'text', addOn: true },
  { field: 'note', header: 'Note', kind: 'text', addOn: true },
];

export const ACKNOWLEDGEMENTS_HEADERS = headersOf(ACKNOWLEDGEMENTS_COLUMNS);

export function mapAcknowledgementsHeaders(headerRow: readonly unknown[]): HeaderMap<AcknowledgementField> {
  return mapColumns(headerRow, ACKNOWLEDGEMENTS_COLUMNS);
}

const SEVERITIES: readonly Severity[] = ['urgent', 'warning', 'info'];

/** One row as an Acknowledgement, or null when it is blank or unusable (no case, unknown kind, no date). */
export function parseAcknowledgementRow(cells: readonly unknown[], map: HeaderMap<AcknowledgementField>, ctx: RowContext): Acknowledgement | null {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  const caseId = r.text('caseId');
  const kind = r.text('kind');
  const on = r.date('on');
  if (caseId === '' || !isAlertKind(kind) || on === null) return null;
  const severity = r.text('severity').toLowerCase();
  const level = r.text('level').trim();
  return {
    caseId,
    kind,
    by: r.text('by'),
    on,
    quietUntil: r.date('quietUntil'),
    untilWorse: /^(yes|true)$/i.test(r.text('untilWorse')),
    severity: (SEVERITIES as readonly string[]).includes(severity) ? (severity as Severity) : 'info',
    level: level === '' || !Number.isFinite(Number(level)) ? null : Number(level),
    note: r.text('note'),
  };
}

/** The row written for an acknowledgement (dates stay ISO text here; the adapter writes them as dates). */
export function acknowledgementCells(ack: Acknowledgement): Record<AcknowledgementField, string | number> {
  return {
    caseId: ack.caseId,
    kind: ack.kind,
    by: ack.by,
    on: ack.on,
    quietUntil: ack.quietUntil ?? '',
    untilWorse: ack.untilWorse ? 'Yes' : 'No',
    severity: ack.severity,
    level: ack.level ?? '',
    note: ack.note,
  };
}
