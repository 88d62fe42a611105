/** One case in the picker's results. */
export interface CaseSearchHitDto {
  readonly caseId: string;
  readonly payer: string;
  readonly owner: string;
  readonly status: string;
  readonly nextFollowUp: string | null;
}

export interface CaseSearchResultDto {
  readonly ok: true;
  /** At most 50, by Case ID. */
  readonly cases: readonly CaseSearchHitDto[];
  /** How many matched in all. */
  readonly total: number;
}
