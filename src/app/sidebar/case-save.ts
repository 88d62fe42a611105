/**
 * Every sidebar save runs here: under the document lock it finds the case by Case ID, refuses with
 * 'row-changed' (and what changed) when the row is not what the sidebar read, lets the use case decide
 * (domain guards), refuses a change that would break a row rule, then writes only the changed cells as
 * inert text (one write per run of adjacent columns), appends the log rows and History, and flushes
 * before the lock is released. Answers the case's fresh state, built from what was written.
 */
import { LockBusyError, LockServiceLock } from '../../apps-script/lock-service-lock';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { acknowledgementCells, ACKNOWLEDGEMENTS_COLUMNS } from '../../domain/acknowledgements-sheet';
import { startOfDayIn, isIsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import { caseChanges } from '../../domain/case-changes';
import { CASE_COLUMNS } from '../../domain/case-columns';
import { CONTACTS_COLUMNS, type ContactEntry } from '../../domain/contacts-sheet';
import { inertText } from '../../domain/inert-text';
import { IN_NETWORK_SEARCH_COLUMNS, type InNetworkAttempt } from '../../domain/in-network-search-sheet';
import { PACKET_DOCUMENTS_COLUMNS, type PacketDocument } from '../../domain/packet-documents-sheet';
import { checkRowInvariants } from '../../domain/row-invariants';
import { attemptsFor } from '../../domain/in-network-search-sheet';
import type { BasedOnDto } from '../../dto/based-on';
import type { RefusalDto } from '../../dto/refusal';
import type { CaseStateResultDto } from '../../dto/server-functions';
import { toCaseRecord } from '../../sheets/case-record';
import { changedValues, displayValues, writeCaseFields } from '../../sheets/case-row-session';
import { appendLogRows } from '../../sheets/log-sheet-appender';
import { SheetHistoryLog } from '../../sheets/sheet-history-log';
import { SHEETS, SIDEBAR_SHEETS } from '../../sheets/sheet-names';
import { activeUserEmail } from '../tracker-services';
import { lazy } from '../../sheets/case-context-reader';
import { loadCase, sidebarEnv, stateOf, type LoadedCase, type SidebarEnv } from './case-reads';
import { planFor } from './case-state';
import { refusal } from './refusal';

const LOCK_TIMEOUT_MS = 10_000;

/** Rows a save adds to the log sheets. */
export interface LogRows {
  readonly attempts?: readonly InNetworkAttempt[];
  readonly contacts?: readonly ContactEntry[];
  readonly acknowledgements?: readonly Acknowledgement[];
  readonly documents?: readonly PacketDocument[];
}

/** What a use case decided: the case as it should be, log rows, extra History lines, a confirmation. */
export interface SaveOutcome {
  readonly next: ScaCase;
  readonly logs?: LogRows;
  readonly history?: readonly { readonly field: string; readonly from: string; readonly to: string }[];
  readonly message: string;
}

/** What a use case decides from. */
export interface SaveInput {
  readonly env: SidebarEnv;
  readonly loaded: LoadedCase;
  readonly user: string;
}

const FIELD_OF_HEADER = new Map<string, string>(CASE_COLUMNS.map((c) => [c.header, c.field]));

/** Runs a save of `caseId` based on `basedOn`; `decide` applies the domain rules. */
export function runCaseSave(caseId: string, basedOn: BasedOnDto, decide: (input: SaveInput) => SaveOutcome | RefusalDto): CaseStateResultDto {
  const env = sidebarEnv();
  const user = activeUserEmail();
  try {
    return new LockServiceLock().withLock(LOCK_TIMEOUT_MS, () => saveLocked(env, user, caseId, basedOn, decide));
  } catch (error) {
    if (error instanceof LockBusyError) return refusal('busy', error.message);
    throw error;
  }
}

function saveLocked(
  env: SidebarEnv,
  user: string,
  caseId: string,
  basedOn: BasedOnDto,
  decide: (input: SaveInput) => SaveOutcome | RefusalDto,
): CaseStateResultDto {
  const result = loadCase(env, caseId, { kind: 'by-id', forEdit: true });
  if (!result.ok) return { ...result, message: `${result.message} Nothing was saved.` };
  const { loaded } = result;
  if (loaded.record.fingerprint !== basedOn.fingerprint) {
    const changed = changedValues(basedOn.values, displayValues(loaded.row, env.timeZone));
    const what = changed.length > 0 ? ` (${changed.map((c) => c.field).join(', ')})` : '';
    return refusal('row-changed', `${caseId} changed on the sheet since you opened it${what}; nothing was saved. The case has been reloaded — check it and try again.`, [], changed);
  }
  const outcome = decide({ env, loaded, user });
  if ('reason' in outcome) return outcome;
  const broken = introducedProblems(loaded, outcome.next);
  if (broken) return broken;

  const { applied, cells } = writeCaseFields(loaded.row, caseChanges(loaded.record.case, outcome.next), env.timeZone);
  appendLogs(env, user, outcome.logs ?? {});
  new SheetHistoryLog(env.spreadsheet).append([
    ...applied.map((a) => ({ at: env.now, user, caseId: loaded.record.case.caseId, field: a.header, from: a.from, to: a.to, via: 'sidebar' as const })),
    ...(outcome.history ?? []).map((h) => ({ at: env.now, user, caseId: loaded.record.case.caseId, ...h, via: 'sidebar' as const })),
  ]);
  SpreadsheetApp.flush();

  const after = toCaseRecord(cells, loaded.row.rowNumber, loaded.row.layout, loaded.recordContext);
  if (!after.case) return refusal('case-not-found', `${caseId} is no longer readable on the Cases sheet.`);
  const logs = outcome.logs ?? {};
  const reloaded: LoadedCase = {
    ...loaded,
    row: { ...loaded.row, cells, record: after },
    record: { ...after, fingerprint: after.fingerprint, case: after.case },
    context: {
      ...loaded.context,
      attempts: [...loaded.context.attempts, ...(logs.attempts ?? [])],
      contacts: [...loaded.context.contacts, ...(logs.contacts ?? [])],
      acknowledgements: logs.acknowledgements ? lazy(() => [...loaded.context.acknowledgements(), ...(logs.acknowledgements ?? [])]) : loaded.context.acknowledgements,
      documents: [...loaded.context.documents, ...(logs.documents ?? [])],
    },
  };
  return stateOf(env, reloaded, outcome.message);
}

/** A refusal when the change would break a row rule the row did not already break (the same rules a hand edit meets). */
function introducedProblems(loaded: LoadedCase, next: ScaCase): RefusalDto | null {
  const { rule } = planFor(next, loaded.context);
  const ctx = { planRule: rule, inNetworkAttempts: attemptsFor(next.caseId, loaded.context.attempts).length };
  const before = new Set(checkRowInvariants(loaded.record.case, ctx).map((p) => p.code));
  const added = checkRowInvariants(next, ctx).filter((p) => !before.has(p.code));
  if (added.length === 0) return null;
  const fields = added.map((p) => ({ field: (p.column && FIELD_OF_HEADER.get(p.column)) || 'status', code: p.code, message: p.message }));
  return refusal('rule-refused', `${added.map((p) => p.message).join(' ')} Nothing was saved.`, fields);
}

type LogValue = string | number | Date;

/**
 * A person's text as inert text, an ISO date as the date cell, numbers as they are, null as empty.
 * `plain` marks a column set-up formats as plain text ('@'), where only a leading '=' needs the marker.
 */
function cell(value: string | number | null, timeZone: string, kind: 'text' | 'plain' | 'date' = 'text'): LogValue {
  if (value === null) return '';
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return startOfDayIn(value, timeZone);
  if (kind === 'plain' && typeof value === 'string' && !value.trimStart().startsWith('=')) return value;
  return typeof value === 'string' ? inertText(value) : value;
}

export function appendLogs(env: SidebarEnv, user: string, logs: LogRows): void {
  const tz = env.timeZone;
  const { spreadsheet } = env;
  appendLogRows(
    spreadsheet,
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
  appendLogRows(
    spreadsheet,
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
      reference: cell(k.reference, tz, 'plain'),
      offeredStart: cell(k.offeredStart, tz, 'date'),
      offeredEnd: cell(k.offeredEnd, tz, 'date'),
    })),
  );
  appendLogRows(
    spreadsheet,
    SIDEBAR_SHEETS.acknowledgements,
    ACKNOWLEDGEMENTS_COLUMNS,
    (logs.acknowledgements ?? []).map((ack) => {
      const cells = acknowledgementCells(ack);
      return { ...cells, on: cell(cells.on, tz, 'date'), quietUntil: cell(cells.quietUntil || null, tz, 'date'), by: cell(cells.by, tz), note: cell(cells.note, tz) };
    }),
  );
  appendLogRows(
    spreadsheet,
    SIDEBAR_SHEETS.packetDocuments,
    PACKET_DOCUMENTS_COLUMNS,
    (logs.documents ?? []).map((d) => ({ caseId: d.caseId, item: d.item, link: cell(d.link, tz), by: cell(user, tz), at: env.now })),
  );
}
