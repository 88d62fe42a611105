import type { ScaCase } from '../domain/case';
import { caseIdKey } from '../domain/case-id';
import { toCaseRecord, type RecordContext } from './case-record';
import type { CaseRowRead } from './case-row-session';

/**
 * The cases whose Renewal of names `caseId`: the Renewal of column in one read, then each such row (a case
 * has a renewal or two, not hundreds). Only needed when an end-date alert may be quieted by a renewal.
 */
export function readRenewalsOf(row: CaseRowRead, caseId: string, ctx: RecordContext): ScaCase[] {
  const column = row.layout.map.columns.renewalOf;
  const lastRow = row.sheet.getLastRow();
  if (column === undefined || lastRow < 2) return [];
  const key = caseIdKey(caseId);
  const renewals: ScaCase[] = [];
  row.sheet.getSheetValues(2, column + 1, lastRow - 1, 1).forEach((cells, i) => {
    if (caseIdKey(Array.isArray(cells) ? cells[0] : '') !== key || renewals.length >= 20) return;
    const record = toCaseRecord(row.sheet.getSheetValues(i + 2, 1, 1, row.layout.width)[0] ?? [], i + 2, row.layout, ctx);
    if (record.case) renewals.push(record.case);
  });
  return renewals;
}
