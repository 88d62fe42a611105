/** The log rows a sidebar save adds: In-network search, Contacts, Acknowledgements, Packet documents. */
import type { Acknowledgement } from '../../domain/acknowledgement';
import { acknowledgementCells, ACKNOWLEDGEMENTS_COLUMNS } from '../../domain/acknowledgements-sheet';
import { isIsoDate, startOfDayIn } from '../../domain/calendar-date';
import { CONTACTS_COLUMNS, type ContactEntry } from '../../domain/contacts-sheet';
import { IN_NETWORK_SEARCH_COLUMNS, type InNetworkAttempt } from '../../domain/in-network-search-sheet';
import { PACKET_DOCUMENTS_COLUMNS, type PacketDocument } from '../../domain/packet-documents-sheet';
import { TRACKER_LAYOUTS, type LayoutColumn } from '../../domain/tracker-layout';
import type { HistoryEntry } from '../../ports/history-log';
import type { LogSheet } from '../../sheets/case-context-reader';
import { appendToLog } from '../../sheets/log-row-append';
import { SHEETS, SIDEBAR_SHEETS } from '../../sheets/sheet-names';
import type { SidebarEnv } from './case-reads';

/** Rows a save adds to the log sheets. */
export interface LogRows {
  readonly attempts?: readonly InNetworkAttempt[];
  readonly contacts?: readonly ContactEntry[];
  readonly acknowledgements?: readonly Acknowledgement[];
  readonly documents?: readonly PacketDocument[];
}

type LogValue = string | number | Date;

/** An ISO date as the date cell, text and numbers as they are (appendToLog writes text inert), null as empty. */
function cell(value: string | number | null, timeZone: string, kind: 'text' | 'date' = 'text'): LogValue {
  if (value === null) return '';
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return startOfDayIn(value, timeZone);
  return value;
}

export function appendLogs(env: SidebarEnv, user: string, logs: LogRows, read: ReadonlyMap<string, LogSheet> = new Map()): void {
  const tz = env.timeZone;
  const { spreadsheet } = env;
  const append = (name: string, layout: readonly LayoutColumn[], rows: readonly Readonly<Record<string, LogValue>>[]) =>
    appendToLog(spreadsheet, read.get(name), name, layout, rows);
  append(
    SHEETS.inNetworkSearch,
    IN_NETWORK_SEARCH_COLUMNS,
    (logs.attempts ?? []).map((a) => ({
      caseId: a.caseId,
      date: cell(a.date, tz, 'date'),
      provider: cell(a.provider, tz),
      inNetwork: a.inNetwork === null ? '' : a.inNetwork ? 'Yes' : 'No',
      waitDays: cell(a.waitDays, tz),
      distanceMiles: cell(a.distanceMiles, tz),
      whyUnsuitable: cell(a.whyUnsuitable, tz),
    })),
  );
  append(
    SHEETS.contacts,
    CONTACTS_COLUMNS,
    (logs.contacts ?? []).map((k) => ({
      caseId: k.caseId,
      date: cell(k.date, tz, 'date'),
      type: k.type,
      direction: k.direction,
      person: cell(k.person, tz),
      summary: cell(k.summary, tz),
      offeredRate: cell(k.offeredRate, tz),
      offeredUnits: cell(k.offeredUnits, tz),
      nextStep: cell(k.nextStep, tz),
      reference: cell(k.reference, tz),
      offeredStart: cell(k.offeredStart, tz, 'date'),
      offeredEnd: cell(k.offeredEnd, tz, 'date'),
    })),
  );
  append(
    SIDEBAR_SHEETS.acknowledgements,
    ACKNOWLEDGEMENTS_COLUMNS,
    (logs.acknowledgements ?? []).map((ack) => {
      const cells = acknowledgementCells(ack);
      return { ...cells, on: cell(ack.on, tz, 'date'), quietUntil: cell(ack.quietUntil, tz, 'date') };
    }),
  );
  append(
    SIDEBAR_SHEETS.packetDocuments,
    PACKET_DOCUMENTS_COLUMNS,
    (logs.documents ?? []).map((d) => ({ caseId: d.caseId, item: d.item, link: cell(d.link, tz), by: cell(user, tz), at: env.now })),
  );
}

/**
 * A save's History lines (one per changed cell): the header is read once, and up to four lines are appended
 * one appendRow each (atomic), where a batched write costs four calls (last row, sheet size, range, write)
 * whatever the count; more go in that one write (appendToLog). Every string is written inert, as
 * SheetHistoryLog does.
 */
export function appendHistory(env: SidebarEnv, entries: readonly HistoryEntry[]): void {
  appendToLog(
    env.spreadsheet,
    undefined,
    SHEETS.history,
    TRACKER_LAYOUTS.history,
    entries.map((e) => ({ at: e.at, user: e.user, caseId: e.caseId, field: e.field, from: e.from, to: e.to, via: e.via })),
  );
}
