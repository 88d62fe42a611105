/**
 * The JSON the preview server and its page exchange. Type-only, shared by server.ts and client/*.ts.
 * Dates are ISO strings: this crosses HTTP.
 */
import type { ChartRendering, SheetRendering } from '../emulator/spreadsheet/contract';

export type CellControl = { kind: 'checkbox' } | { kind: 'list'; values: string[] } | { kind: 'date' } | null;

export interface SheetView {
  readonly name: string;
  /** The sheet's size in rows: below the last one Sheets offers "Add more rows". */
  readonly maxRows: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Per drawn column: the width the sheet set (setColumnWidth), or null to fit the text. */
  readonly columnWidths: Array<number | null>;
  /** 1-based columns hidden by hideColumns. */
  readonly hiddenColumns: number[];
  /** 1-based rows the basic filter hides. */
  readonly hiddenRows: number[];
  /** Per cell: text wraps (setWrap(true)). */
  readonly wraps: boolean[][];
  /** The sheet's basic filter: range and criteria per column. */
  readonly filter: SheetRendering['filter'];
  /** Display values of the used range, capped at `shownRows` rows. */
  readonly display: string[][];
  readonly controls: CellControl[][];
  readonly backgrounds: Array<Array<string | null>>;
  readonly notes: string[][];
  readonly protectedColumns: number[];
  /** Bold cells (setFontWeight). */
  readonly bold: boolean[][];
  /** Rows in the used range, and how many of them are in `display`. */
  readonly totalRows: number;
  readonly shownRows: number;
  /** Embedded charts, drawn as charts beside the grid. */
  readonly charts: ChartView[];
}

/** An embedded chart as the emulator renders it: the page draws it as a chart (client/chart-svg.ts). */
export type ChartView = ChartRendering;

export interface MenuView {
  readonly title: string;
  readonly items: ReadonlyArray<{ readonly caption: string; readonly functionName: string } | 'separator'>;
}

export interface MailView {
  readonly to: string;
  readonly cc: string | null;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly sentAt: string;
}

export interface TriggerView {
  readonly id: string;
  readonly handlerFunction: string;
  readonly kind: string;
  readonly owner: string;
  readonly atHour: number | null;
}

export interface PreviewView {
  readonly spreadsheetName: string;
  readonly timeZone: string;
  /** The spreadsheet's locale (how typed dates read: en_US month first). */
  readonly locale: string;
  /** The emulated today in the spreadsheet's zone, 'YYYY-MM-DD', and the emulated instant. */
  readonly today: string;
  readonly now: string;
  readonly sheetNames: string[];
  readonly activeSheet: string | null;
  readonly sheet: SheetView | null;
  readonly menus: MenuView[];
  /** The sidebar the add-on last showed; `version` changes whenever it is shown again. */
  readonly sidebar: { readonly title: string; readonly version: number } | null;
  readonly mail: MailView[];
  readonly triggers: TriggerView[];
  readonly logs: string[];
}

/** What happened during one action, on top of the new view. */
export interface ActionEvents {
  readonly alerts: ReadonlyArray<{ readonly title: string; readonly prompt: string }>;
  readonly toasts: ReadonlyArray<{ readonly title: string; readonly message: string }>;
  readonly dialogs: ReadonlyArray<{ readonly index: number; readonly title: string; readonly modal: boolean; readonly width: number; readonly height: number }>;
  /** An exception the add-on threw (Sheets shows it as an error dialog). */
  readonly error: string | null;
  /** A user edit rejected by data validation. */
  readonly rejection: string | null;
  /** A note from the preview itself, e.g. "No daily trigger is installed". */
  readonly notice: string | null;
}

export interface ActionResult {
  readonly view: PreviewView;
  readonly events: ActionEvents;
}

/** google.script.run bridged over HTTP: POST /api/run {fn, args}. */
export type RunResponse = ({ readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: { readonly message: string } }) & {
  /** Alerts, toasts and dialogs the call produced; the shim hands them to the page. */
  readonly events?: ActionEvents;
  /** Whether the call changed the workbook (the page redraws only then). */
  readonly changed?: boolean;
};

export type EditValue = string | boolean;
