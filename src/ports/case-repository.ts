import type { ScaCase, Problem } from '../domain/case';
import type { CaseField } from '../domain/case-columns';
import type { Refusal } from '../domain/guards';
import type { PlanRule } from '../domain/plan-rule';

/** One row of the `Cases` sheet as read: the parsed case (null for a blank row) and what is wrong with it. */
export interface CaseRecord {
  /** Where the row was when read. Informational: writes locate the row by Case ID again. */
  readonly rowNumber: number;
  readonly case: ScaCase | null;
  readonly problems: readonly Problem[];
  /** Digest of the row's user-entered cells when read; a save carries it to detect changes underneath. */
  readonly fingerprint: string;
}

export interface CaseTable {
  readonly records: readonly CaseRecord[];
  /** Missing or unreadable columns of the sheet itself. */
  readonly sheetProblems: readonly Problem[];
}

/** The add-on's own cells of one case, keyed by Case ID. */
export interface AddOnCells {
  readonly caseId: string;
  readonly flags?: string;
  readonly problems?: string;
}

/** A Case ID the add-on gave to a row that had case data and no ID. */
export interface AssignedId {
  readonly caseId: string;
  readonly rowNumber: number;
}

/** 1-based sheet rows, inclusive. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export type SaveRefusal =
  | { readonly reason: 'case-not-found'; readonly message: string }
  | { readonly reason: 'duplicate-case-id'; readonly message: string }
  | { readonly reason: 'row-changed'; readonly message: string }
  | { readonly reason: 'refused'; readonly message: string; readonly refusals: readonly Refusal[] };

/** What a save needs to hold a status change to the same guards as any other change of status. */
export interface SaveRules {
  readonly planRuleFor: (c: ScaCase) => PlanRule;
  /** In-network search attempts logged for the case. */
  readonly inNetworkAttempts: (caseId: string) => number;
}

export type SaveResult = { readonly ok: true; readonly record: CaseRecord } | ({ readonly ok: false } & SaveRefusal);

/**
 * The cases of this spreadsheet. Reads are one batched read whatever the number of rows; writes touch only
 * the add-on's columns unless the user asked for a change (sidebar save), and locate rows by Case ID.
 */
export interface CaseRepository {
  loadAll(): CaseTable;
  findById(caseId: string): CaseRecord | null;
  /** Writes Flags/Problems for many cases in batches; rows are matched by Case ID at write time. */
  writeAddOnCells(updates: readonly AddOnCells[]): void;
  /**
   * Saves user-requested field changes to one case if its row still matches `basis`; a change of Status must
   * pass the lifecycle guards under `rules`, and text is written inert (never as a formula).
   */
  save(caseId: string, basis: string, changes: Partial<Record<CaseField, unknown>>, rules: SaveRules): SaveResult;
  /** Appends a new case and returns it with its new Case ID. */
  create(fields: Partial<Record<CaseField, unknown>>): CaseRecord;
  /** Gives the next Case IDs to rows (all, or within `rows`) that hold case data and no ID; duplicates are left alone. */
  assignMissingIds(rows?: RowSpan): readonly AssignedId[];
}
