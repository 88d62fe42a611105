/**
 * The import dialog's calls (google.script.run), JSON-safe: dates cross as ISO text. Type-only, so the
 * dialog's bundle pulls in no server code.
 */

/** Where the rows come from: a sheet of this spreadsheet, or CSV text parsed in the dialog. */
export type ImportSourceDto = { readonly kind: 'sheet'; readonly name: string } | { readonly kind: 'csv'; readonly rows: readonly (readonly string[])[] };

/** A column choice: source column (0-based) → Cases field key, or null for Notes. */
export interface ImportChoiceDto {
  readonly column: number;
  readonly target: string | null;
}

export interface ImportRequestDto {
  readonly source: ImportSourceDto;
  /** 0-based header row; the server finds it when absent. */
  readonly headerRow?: number;
  readonly choices?: readonly ImportChoiceDto[];
}

/** The dialog's first screen: the sheets that could be imported, and the one suggested. */
export interface ImportSourcesDto {
  readonly ok: true;
  readonly sheets: readonly { readonly name: string; readonly rows: number; readonly columns: number }[];
  readonly suggested: string | null;
}

/** A field the mapping can choose. */
export interface ImportTargetDto {
  readonly field: string;
  readonly header: string;
  readonly kind: string;
}

export interface ImportColumnDto {
  readonly index: number;
  readonly header: string;
  readonly target: string | null;
  readonly proposed: string | null;
  readonly reason: 'header' | 'synonym' | 'similar' | 'values' | 'none';
  readonly sniffed: string;
  readonly samples: readonly string[];
  readonly privacy: { readonly flag: string; readonly hint: string } | null;
}

/** One cell of the preview: the text as it would land, and the problem on it, if any. */
export interface PreviewCellDto {
  readonly text: string;
  readonly problem: string | null;
}

export interface PreviewRowDto {
  readonly sourceRow: number;
  /** One cell per `previewHeaders` entry. */
  readonly cells: readonly PreviewCellDto[];
  readonly alreadyImported: boolean;
}

export interface ImportPreviewDto {
  readonly ok: true;
  readonly sourceLabel: string;
  readonly headerRow: number;
  readonly columns: readonly ImportColumnDto[];
  readonly targets: readonly ImportTargetDto[];
  /** Cases headers of the preview table: the mapped fields, Status' companions, then Notes. */
  readonly previewHeaders: readonly string[];
  readonly rows: readonly PreviewRowDto[];
  readonly counts: {
    readonly dataRows: number;
    readonly problemRows: number;
    readonly alreadyImported: number;
    readonly blankRows: number;
    readonly totalRows: number;
  };
}

export interface ImportSummaryDto {
  readonly ok: true;
  readonly imported: number;
  readonly alreadyImported: number;
  readonly problemRows: number;
  /** Case IDs of the imported rows with problems (first 50), each with its source row. */
  readonly problemCases: readonly { readonly caseId: string; readonly sourceRow: number }[];
  readonly firstCaseId: string | null;
  readonly lastCaseId: string | null;
  readonly message: string;
}

/** A refusal the dialog can act on. */
export interface ImportRefusalDto {
  readonly ok: false;
  readonly reason: 'invalid-input' | 'source-not-found' | 'tracker-not-set-up' | 'busy' | 'empty-source';
  readonly message: string;
}
