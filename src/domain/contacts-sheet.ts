/** The `Contacts` log: payer calls, faxes, emails, offers and counter-offers for a case. */
import type { IsoDate } from './calendar-date';
import { mapColumns, type HeaderMap } from './header-map';
import { readRow, type ParsedRow, type RowContext } from './row-reader';
import { headersOf, requireFields, type SheetColumn } from './sheet-column';
import { CONTACT_TYPES, CONTACT_TYPE_SYNONYMS, type ContactType } from './vocabulary';

/** Sheet name. */
export const CONTACTS_SHEET = 'Contacts';

export { CONTACT_TYPES, type ContactType } from './vocabulary';

/** Who initiated the contact. */
export const CONTACT_DIRECTIONS = ['To payer', 'From payer'] as const;
/** One of CONTACT_DIRECTIONS. */
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** Field keys of the `Contacts` columns. */
export type ContactField =
  | 'caseId'
  | 'date'
  | 'type'
  | 'direction'
  | 'person'
  | 'summary'
  | 'offeredRate'
  | 'offeredUnits'
  | 'nextStep'
  | 'reference'
  | 'offeredStart'
  | 'offeredEnd';

/** Columns of the `Contacts` sheet, in setup order. */
export const CONTACTS_COLUMNS: readonly SheetColumn<ContactField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text' },
  { field: 'date', header: 'Date', kind: 'date' },
  { field: 'type', header: 'Type', kind: 'list', values: CONTACT_TYPES },
  { field: 'direction', header: 'Direction', kind: 'list', values: CONTACT_DIRECTIONS },
  { field: 'person', header: 'Person / department', kind: 'text' },
  { field: 'summary', header: 'Summary', kind: 'text', help: 'What was said or offered; no clinical details.' },
  { field: 'offeredRate', header: 'Offered rate', kind: 'currency', help: 'Per unit, for offers and counter-offers.' },
  { field: 'offeredUnits', header: 'Offered units', kind: 'whole' },
  { field: 'nextStep', header: 'Next step', kind: 'text' },
  { field: 'reference', header: 'Reference #', kind: 'text', help: "The payer's call or case reference." },
  { field: 'offeredStart', header: 'Offered start', kind: 'date' },
  { field: 'offeredEnd', header: 'Offered end', kind: 'date' },
];

/** Header row of the `Contacts` sheet. */
export const CONTACTS_HEADERS = headersOf(CONTACTS_COLUMNS);

/** One payer contact or offer. */
export interface ContactEntry {
  readonly caseId: string;
  readonly date: IsoDate | null;
  readonly type: ContactType | '';
  readonly direction: ContactDirection | '';
  readonly person: string;
  readonly summary: string;
  readonly offeredRate: number | null;
  readonly offeredUnits: number | null;
  readonly nextStep: string;
  readonly reference: string;
  readonly offeredStart: IsoDate | null;
  readonly offeredEnd: IsoDate | null;
}

/** Maps the `Contacts` header row. */
export function mapContactsHeaders(headerRow: readonly unknown[]): HeaderMap<ContactField> {
  return mapColumns(headerRow, CONTACTS_COLUMNS);
}

/** Parses one `Contacts` row; Case ID and Type are required. Never throws. */
export function parseContactRow(cells: readonly unknown[], map: HeaderMap<ContactField>, ctx: RowContext): ParsedRow<ContactEntry> {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  if (r.isBlank()) return { kind: 'blank', rowNumber: ctx.rowNumber };
  requireFields(r, map.headers, ['caseId', 'type']);
  const entry: ContactEntry = {
    caseId: r.text('caseId'),
    date: r.date('date'),
    type: contactType(r.raw('type')) ?? r.list('type', CONTACT_TYPES),
    direction: r.list('direction', CONTACT_DIRECTIONS),
    person: r.text('person'),
    summary: r.text('summary'),
    offeredRate: r.currency('offeredRate'),
    offeredUnits: r.whole('offeredUnits'),
    nextStep: r.text('nextStep'),
    reference: r.text('reference'),
    offeredStart: r.date('offeredStart'),
    offeredEnd: r.date('offeredEnd'),
  };
  return { kind: 'entry', rowNumber: ctx.rowNumber, entry, problems: r.problems };
}

/** An older word for a contact type ('Call', 'Portal message') as the one vocabulary's word; null otherwise. */
export function contactType(cell: unknown): ContactType | null {
  return typeof cell === 'string' ? (CONTACT_TYPE_SYNONYMS[cell.trim().toLowerCase()] ?? null) : null;
}
