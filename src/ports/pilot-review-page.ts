import type { IsoDate } from '../domain/calendar-date';
import type { ReportLayout } from '../domain/pilot-report';

/** The parameter cells as the manager left them (raw cell values: Date, text, number or ''). */
export interface ParameterCells {
  readonly from: unknown;
  readonly to: unknown;
  readonly payer: unknown;
  readonly serviceLine: unknown;
}

/** What one Pilot review run shows. */
export interface PilotReviewOutput {
  /** Period ends that were blank and got their default; other parameter cells are never written. */
  readonly filled: { readonly from?: IsoDate; readonly to?: IsoDate };
  /** The choices offered in the Payer and Service line dropdowns. */
  readonly choices: { readonly payers: readonly string[]; readonly serviceLines: readonly string[] };
  /** The report grid with each cell's kind, each row's role and the charts over its tables. */
  readonly report: ReportLayout;
}

/** The Pilot review page: a parameter block the manager edits, and the report below it. */
export interface PilotReviewPage {
  /** The parameter cells, or null when the page does not exist yet. */
  readParameters(): ParameterCells | null;
  /** Writes the report (and its charts), replacing the previous one; the manager's parameters stay. */
  show(output: PilotReviewOutput): void;
}
