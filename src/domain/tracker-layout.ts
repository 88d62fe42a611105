/**
 * The sheets set-up creates, column by column: header text (the contract a clinic sees), kind (drives
 * validation and number formats) and help. Sheet names live with the adapters (src/sheets/sheet-names.ts);
 * here each layout is keyed like SHEETS. `Settings` is a key/value sheet, see tracker-settings-rows.ts.
 */
import { CASE_COLUMNS, type ColumnKind } from './case-columns';
import { CHANNELS, PACKET_ITEMS, VISIT_POLICIES } from './vocabulary';

/** Column kinds of every tracker sheet: the Cases kinds plus a decimal (distance) and a timestamp (logs). */
export type LayoutKind = ColumnKind | 'decimal' | 'timestamp';

/** One column a tracker sheet is expected to have. `field` is the developer-metadata value. */
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
export type LayoutKey = 'cases' | 'inNetworkSearch' | 'contacts' | 'visits' | 'planRules' | 'history' | 'runLog';

/** Contact kinds on the `Contacts` sheet: payer calls, faxes, offers and counters. */
export const CONTACT_KINDS = ['Call', 'Fax', 'Email', 'Portal message', 'Offer from payer', 'Counter-offer', 'Other'] as const;

/** Results of checking a visit against the written terms (written by the sidebar). */
export const VISIT_RESULTS = ['Within terms', 'Warning', 'Blocked'] as const;

const caseIdRef: LayoutColumn = { field: 'caseId', header: 'Case ID', kind: 'text', help: 'Case ID from the Cases sheet, e.g. SCA-0001.' };

/** Every layout, in the order set-up creates the sheets. */
export const TRACKER_LAYOUTS: Readonly<Record<LayoutKey, readonly LayoutColumn[]>> = {
  cases: CASE_COLUMNS,
  inNetworkSearch: [
    caseIdRef,
    { field: 'date', header: 'Date', kind: 'date' },
    { field: 'provider', header: 'Provider contacted', kind: 'text', help: 'Practice or clinician name; no patient details.' },
    { field: 'inNetwork', header: 'In network?', kind: 'checkbox' },
    { field: 'waitDays', header: 'Wait offered (days)', kind: 'whole' },
    { field: 'distanceMiles', header: 'Distance (miles)', kind: 'decimal' },
    { field: 'whyUnsuitable', header: 'Why unsuitable', kind: 'text' },
  ],
  contacts: [
    caseIdRef,
    { field: 'date', header: 'Date', kind: 'date' },
    { field: 'kind', header: 'Kind', kind: 'list', values: CONTACT_KINDS },
    { field: 'channel', header: 'Channel', kind: 'list', values: CHANNELS },
    { field: 'payerContact', header: 'Payer contact', kind: 'text', help: 'Name or department at the payer.' },
    { field: 'reference', header: 'Reference #', kind: 'text' },
    { field: 'offeredRate', header: 'Rate', kind: 'currency', help: 'Rate offered or countered, per unit.' },
    { field: 'offeredUnits', header: 'Units', kind: 'whole' },
    { field: 'summary', header: 'Summary', kind: 'text', help: 'What was said or agreed. No clinical details.' },
  ],
  visits: [
    caseIdRef,
    { field: 'dateOfService', header: 'Date of service', kind: 'date' },
    { field: 'code', header: 'Code', kind: 'codes', help: 'CPT/HCPCS code billed, e.g. 90837.' },
    { field: 'units', header: 'Units', kind: 'whole' },
    { field: 'result', header: 'Check result', kind: 'text', addOn: true, help: 'Written by the add-on: the visit checked against the written terms.' },
  ],
  planRules: [
    { field: 'payer', header: 'Payer', kind: 'text', help: 'Payer name exactly as used in the Cases sheet, e.g. "Acme Health". One row per payer.' },
    {
      field: 'requiredItems',
      header: 'Required packet items',
      kind: 'text',
      help: `Comma-separated, from: ${PACKET_ITEMS.join(', ')}. Blank = all but the medical necessity letter.`,
    },
    { field: 'minInNetworkAttempts', header: 'Min in-network attempts', kind: 'whole' },
    { field: 'channel', header: 'Submission channel', kind: 'list', values: CHANNELS },
    { field: 'turnaroundDays', header: 'Expected turnaround (days)', kind: 'whole' },
    { field: 'visitPolicy', header: 'Visit policy', kind: 'list', values: VISIT_POLICIES, help: 'A visit outside the terms: Allow, Warn, or Block.' },
  ],
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

/** The Cases columns whose cells only the add-on writes: these get warning-only protection. */
export function protectedFields(columns: readonly LayoutColumn[]): string[] {
  return columns.filter((c) => c.addOn).map((c) => c.field);
}
