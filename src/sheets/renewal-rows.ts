import type { ScaCase } from '../domain/case';
import { caseIdKey } from '../domain/case-id';
import { toCaseRecord, type RecordContext } from './case-record';
import { readRowCells } from './case-row-locator';
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
  row.sheet
    .getRange(2, column + 1, lastRow - 1, 1)
    .getValues()
    .forEach((cells, i) => {
      if (caseIdKey(Array.isArray(cells) ? cells[0] : '') !== key || renewals.length >= 20) return;
      const record = toCaseRecord(readRowCells(row.sheet, row.layout, i + 2), i + 2, row.layout, ctx);
      if (record.case) renewals.push(record.case);
    });
  return renewals;
}
