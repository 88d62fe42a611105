/**
 * The `Packet documents` log: the document link of each packet item (Case ID, item, link, who, when).
 * A log rather than a Cases column keeps the data contract's columns, keeps every earlier link for audit,
 * and lets a renewal carry the links over by appending rows. The latest row per case and item is in force;
 * an empty link removes it.
 */
import { caseIdKey } from './case-id';
import { mapColumns, type HeaderMap } from './header-map';
import { readRow, type RowContext } from './row-reader';
import { headersOf, type SheetColumn } from './sheet-column';
import { PACKET_ITEMS, type PacketItem } from './vocabulary';

export type PacketDocumentField = 'caseId' | 'item' | 'link' | 'by' | 'at';

export const PACKET_DOCUMENTS_COLUMNS: readonly SheetColumn<PacketDocumentField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text', addOn: true },
  { field: 'item', header: 'Packet item', kind: 'text', addOn: true },
  { field: 'link', header: 'Document link', kind: 'url', addOn: true },
  { field: 'by', header: 'Added by', kind: 'text', addOn: true },
  { field: 'at', header: 'Added on', kind: 'date', addOn: true },
];

export const PACKET_DOCUMENTS_HEADERS = headersOf(PACKET_DOCUMENTS_COLUMNS);

/** One link row. */
export interface PacketDocument {
  readonly caseId: string;
  readonly item: PacketItem;
  readonly link: string;
}

export function mapPacketDocumentsHeaders(headerRow: readonly unknown[]): HeaderMap<PacketDocumentField> {
  return mapColumns(headerRow, PACKET_DOCUMENTS_COLUMNS);
}

/** One row, or null when blank or not a packet item. */
export function parsePacketDocumentRow(cells: readonly unknown[], map: HeaderMap<PacketDocumentField>, ctx: RowContext): PacketDocument | null {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  const caseId = r.text('caseId');
  const item = PACKET_ITEMS.find((i) => i.toLowerCase() === r.text('item').toLowerCase());
  if (caseId === '' || item === undefined) return null;
  return { caseId, item, link: r.text('link') };
}

/** The link in force per packet item of `caseId` (later rows win; '' removes). */
export function packetLinksOf(caseId: string, documents: readonly PacketDocument[]): Partial<Record<PacketItem, string>> {
  const key = caseIdKey(caseId);
  const links: Partial<Record<PacketItem, string>> = {};
  for (const doc of documents) {
    if (caseIdKey(doc.caseId) !== key) continue;
    if (doc.link === '') delete links[doc.item];
    else links[doc.item] = doc.link;
  }
  return links;
}
