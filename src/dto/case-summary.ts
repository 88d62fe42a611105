/**
 * The selected case as the sidebar shows it. JSON-safe: dates are ISO 'YYYY-MM-DD' strings in the
 * spreadsheet's time zone (google.script.run refuses Date), empty values are null, never undefined.
 */

/** The six steps of every case (PRODUCT.md), in order. */
export type ProcessStepKey = 'identify' | 'assemble' | 'submit' | 'negotiate' | 'confirm' | 'deliver';

export type ProcessStepState = 'done' | 'current' | 'upcoming';

export interface ProcessStepDto {
  readonly key: ProcessStepKey;
  /** Plain label, e.g. "Assemble the packet". */
  readonly label: string;
  readonly state: ProcessStepState;
}

/** Something the case still needs, with a stable code the UI may branch on. */
export interface MissingItemDto {
  readonly code: string;
  readonly message: string;
}

export interface CaseSummaryDto {
  readonly caseId: string;
  /** 1-based sheet row when the summary was read; informational only (cases are found by Case ID). */
  readonly row: number;
  readonly status: string;
  readonly payer: string;
  readonly owner: string;
  readonly nextFollowUp: string | null;
  readonly endDate: string | null;
  readonly unitsApproved: number | null;
  readonly unitsUsed: number | null;
  readonly steps: readonly ProcessStepDto[];
  readonly missing: readonly MissingItemDto[];
  /** The Flags column, split into lines. */
  readonly flags: readonly string[];
  /** The Problems column, split into lines. */
  readonly problems: readonly string[];
}
