import type { Problem, ScaCase } from '../../src/domain/case';
import type { CaseField } from '../../src/domain/case-columns';
import { caseIdKey, nextCaseIds } from '../../src/domain/case-id';
import { duplicateIdProblems } from '../../src/domain/duplicate-case-ids';
import type {
  AddOnCells,
  AssignedId,
  CaseRecord,
  CaseRepository,
  CaseTable,
  RowSpan,
  SaveResult,
} from '../../src/ports/case-repository';
import { BLANK_CASE } from '../domain/builders';

/** A row of the fake sheet: a case (null = blank row) and the cell problems it was "read" with. */
export interface FakeRow {
  case: ScaCase | null;
  problems?: readonly Problem[];
}

/**
 * Cases in memory with the same rules as the sheet: rows by position (row 2 first), IDs from
 * max(counter, highest) + 1, duplicates reported on every row, saves refused when the row changed.
 */
export class InMemoryCaseRepository implements CaseRepository {
  readonly rows: FakeRow[];
  lastCaseNumber = 0;
  readonly addOnWrites: AddOnCells[][] = [];

  constructor(rows: readonly (ScaCase | FakeRow | null)[] = []) {
    this.rows = rows.map((r) => (r === null ? { case: null } : 'caseId' in r ? { case: r } : { ...r }));
  }

  /** Simulates a user editing a case on the sheet. */
  edit(caseId: string, change: Partial<ScaCase>): void {
    const row = this.rows.find((r) => r.case && caseIdKey(r.case.caseId) === caseIdKey(caseId));
    if (row?.case) row.case = { ...row.case, ...change };
  }

  loadAll(): CaseTable {
    const ids = this.rows.flatMap((r, i) => (r.case ? [{ caseId: r.case.caseId, rowNumber: i + 2 }] : []));
    const duplicates = duplicateIdProblems(ids);
    const records = this.rows.map((r, i) => this.record(r, i + 2, duplicates.get(i + 2)));
    return { records, sheetProblems: [] };
  }

  findById(caseId: string): CaseRecord | null {
    return this.loadAll().records.find((r) => r.case && caseIdKey(r.case.caseId) === caseIdKey(caseId)) ?? null;
  }

  writeAddOnCells(updates: readonly AddOnCells[]): void {
    this.addOnWrites.push([...updates]);
    for (const u of updates) {
      for (const row of this.rows) {
        if (!row.case || caseIdKey(row.case.caseId) !== caseIdKey(u.caseId)) continue;
        row.case = { ...row.case, ...(u.flags !== undefined ? { flags: u.flags } : {}), ...(u.problems !== undefined ? { problems: u.problems } : {}) };
      }
    }
  }

  save(caseId: string, basis: string, changes: Partial<Record<CaseField, unknown>>): SaveResult {
    const matches = this.rows.filter((r) => r.case && caseIdKey(r.case.caseId) === caseIdKey(caseId));
    if (matches.length === 0) return { ok: false, reason: 'case-not-found', message: `${caseId} not found` };
    if (matches.length > 1) return { ok: false, reason: 'duplicate-case-id', message: `${caseId} is on several rows` };
    const row = matches[0] as FakeRow & { case: ScaCase };
    if (fingerprint(row.case) !== basis) return { ok: false, reason: 'row-changed', message: `${caseId} changed` };
    row.case = { ...row.case, ...(changes as Partial<ScaCase>) };
    return { ok: true, record: this.record(row, this.rows.indexOf(row) + 2) };
  }

  create(fields: Partial<Record<CaseField, unknown>>): CaseRecord {
    const [caseId = ''] = this.take(1);
    const row: FakeRow = { case: { ...BLANK_CASE, ...(fields as Partial<ScaCase>), caseId } };
    let at = this.rows.length;
    while (at > 0 && this.rows[at - 1]?.case === null) at -= 1;
    this.rows.splice(at, 0, row);
    return this.record(row, at + 2);
  }

  assignMissingIds(span?: RowSpan): readonly AssignedId[] {
    const assigned: AssignedId[] = [];
    this.rows.forEach((row, i) => {
      const rowNumber = i + 2;
      if (!row.case || row.case.caseId !== '' || (span && (rowNumber < span.first || rowNumber > span.last))) return;
      const [caseId = ''] = this.take(1);
      row.case = { ...row.case, caseId };
      assigned.push({ caseId, rowNumber });
    });
    return assigned;
  }

  private take(n: number): string[] {
    const ids = nextCaseIds(this.lastCaseNumber, this.rows.map((r) => r.case?.caseId ?? ''), n);
    const last = ids[ids.length - 1];
    if (last) this.lastCaseNumber = Number(last.slice(4));
    return ids;
  }

  private record(row: FakeRow, rowNumber: number, duplicate?: Problem): CaseRecord {
    if (!row.case) return { rowNumber, case: null, problems: [], fingerprint: 'blank' };
    return { rowNumber, case: row.case, problems: [...(row.problems ?? []), ...(duplicate ? [duplicate] : [])], fingerprint: fingerprint(row.case) };
  }
}

/** The user-entered part of a case: everything but the add-on's Flags and Problems. */
function fingerprint(c: ScaCase): string {
  const { flags: _flags, problems: _problems, ...rest } = c;
  return JSON.stringify(rest);
}
