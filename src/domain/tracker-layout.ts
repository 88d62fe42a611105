/**
 * The sheets set-up creates, column by column: header text (the contract a clinic sees), kind (drives
 * validation and number formats) and help. Sheet names live with the adapters (src/sheets/sheet-names.ts);
 * here each layout is keyed like SHEETS. `Settings` is a key/value sheet (settings-sheet.ts).
 */
import { CASE_COLUMNS, type ColumnKind } from './case-columns';
import { CONTACTS_COLUMNS } from './contacts-sheet';
import { IN_NETWORK_SEARCH_COLUMNS } from './in-network-search-sheet';
import { PLAN_RULES_COLUMNS } from './plan-rules-sheet';
import { TERMS_COLUMNS } from './terms-visits/terms-sheet';
import { VISITS_COLUMNS } from './terms-visits/visits-sheet';

/** Column kinds of every tracker sheet: the Cases kinds plus a decimal (`number`, e.g. miles) and a timestamp (logs). */
export type LayoutKind = ColumnKind | 'number' | 'timestamp';

/** One column a tracker sheet is expected to have. `field` is the developer-metadata value. Same shape as SheetColumn. */
export interface LayoutColumn {
  readonly field: string;
  readonly header: string;
  readonly kind: LayoutKind;
  /** Allowed values of a `list` column; Cases' Service line is resolved from Settings at run time. */
  readonly values?: readonly string[];
  /** Shown as the header note and, where a rule applies, as validation help. */
  readonly help?: string;
  /** Written only by the add-on: warning-only protection. */
  readonly addOn?: true;
}

/** Keys of the sheets with a column layout (SHEETS keys, minus the key/value Settings sheet and the report). */
export type LayoutKey = 'cases' | 'inNetworkSearch' | 'contacts' | 'terms' | 'visits' | 'planRules' | 'history' | 'runLog';

/** Every layout, in the order set-up creates the sheets. The log and rules sheets' columns are their parsers'. */
export const TRACKER_LAYOUTS: Readonly<Record<LayoutKey, readonly LayoutColumn[]>> = {
  cases: CASE_COLUMNS,
  inNetworkSearch: IN_NETWORK_SEARCH_COLUMNS,
  contacts: CONTACTS_COLUMNS,
  terms: TERMS_COLUMNS,
  visits: VISITS_COLUMNS,
  planRules: PLAN_RULES_COLUMNS,
  history: [
    { field: 'at', header: 'When', kind: 'timestamp', addOn: true },
    { field: 'user', header: 'Who', kind: 'text', addOn: true },
    { field: 'caseId', header: 'Case ID', kind: 'text', addOn: true },
    { field: 'field', header: 'Field', kind: 'text', addOn: true },
    { field: 'from', header: 'Old value', kind: 'text', addOn: true },
    { field: 'to', header: 'New value', kind: 'text', addOn: true },
    { field: 'via', header: 'Via', kind: 'text', addOn: true },
  ],
  runLog: [
    { field: 'at', header: 'When', kind: 'timestamp', addOn: true },
    { field: 'run', header: 'Run', kind: 'text', addOn: true },
    { field: 'casesRead', header: 'Cases read', kind: 'text', addOn: true },
    { field: 'alerts', header: 'Alerts', kind: 'text', addOn: true },
    { field: 'emailsSent', header: 'Emails sent', kind: 'text', addOn: true },
    { field: 'emailsPending', header: 'Emails pending', kind: 'text', addOn: true },
    { field: 'problems', header: 'Problems', kind: 'text', addOn: true },
    { field: 'durationMs', header: 'Duration (ms)', kind: 'text', addOn: true },
    { field: 'outcome', header: 'Outcome', kind: 'text', addOn: true },
  ],
};

/** The key/value `Settings` sheet: rows are settings (settings-sheet.ts), these are its columns. */
export const SETTINGS_LAYOUT: readonly LayoutColumn[] = [
  { field: 'name', header: 'Setting', kind: 'text', help: 'Setting name; keep it as written so the add-on can read it.' },
  { field: 'value', header: 'Value', kind: 'text', help: 'Edit these. A missing or invalid value is reported and its default is used.' },
  { field: 'meaning', header: 'What it means', kind: 'text' },
];

/** The Cases columns whose cells only the add-on writes: these get warning-only protection. */
export function protectedFields(columns: readonly LayoutColumn[]): string[] {
  return columns.filter((c) => c.addOn).map((c) => c.field);
}
