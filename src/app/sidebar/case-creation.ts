/**
 * Sidebar use cases that start a case: the New case form, and a renewal (a new case with Renewal of set,
 * carrying the payer, codes and packet over). The new row gets the next Case ID under the document lock,
 * person text is written inert, History records the identification, and the lock flushes the sheet before
 * it is released. The Cases sheet is read once, whole (the new row goes below its last row with data, the
 * next ID follows every ID in it, and a renewal finds the case it renews there), and the new case's state is
 * built from its row as read back and the context already read: its ID was never handed out, so no log row
 * carries it yet.
 */
import { DocumentPropertiesStore } from '../../apps-script/document-properties-store';
import { LockBusyError, LockServiceLock } from '../../apps-script/lock-service-lock';
import type { CaseField } from '../../domain/case-columns';
import { isPlainTextField } from '../../domain/tracker-validation';
import { packetLinksOf, type PacketDocument } from '../../domain/packet-documents-sheet';
import { PACKET_ITEMS } from '../../domain/vocabulary';
import type { BasedOnDto } from '../../dto/based-on';
import type { CreateCasePayload } from '../../dto/payloads';
import type { RefusalDto } from '../../dto/refusal';
import type { CaseStateResultDto } from '../../dto/server-functions';
import type { HistoryEntry } from '../../ports/history-log';
import { appendCaseRow, type AppendedCase } from '../../sheets/case-append';
import { newCaseContext, readCaseContext, readSheetValues, settingsFrom, type CaseContext } from '../../sheets/case-context-reader';
import { CaseIdSequence } from '../../sheets/case-id-sequence';
import type { RecordContext } from '../../sheets/case-record';
import { caseRowAt, readCaseRowIn } from '../../sheets/case-row-session';
import { inertCell } from '../../sheets/inert-cell';
import { SHEETS } from '../../sheets/sheet-names';
import { wholeSheetValues } from '../../sheets/sheet-values';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { createCase } from '../cases/new-case';
import { activeUserEmail } from '../tracker-services';
import { appendHistory, appendLogs } from './log-rows';
import { sidebarEnv, stateOf, type SidebarEnv } from './case-reads';
import { refusal } from './refusal';
import { EMAIL_SCHEMA } from '../../domain/zod-setup';
import * as z from 'zod/mini';

const LOCK_TIMEOUT_MS = 10_000;

/** Person text as inert text (plain-text columns: see inertCell); other values unchanged. */
function inert(fields: Partial<Record<CaseField, unknown>>): Partial<Record<CaseField, unknown>> {
  const out: Partial<Record<CaseField, unknown>> = {};
  for (const [field, value] of Object.entries(fields)) out[field as CaseField] = inertCell(value, isPlainTextField(field));
  return out;
}

/** Runs `work` under the tracker's document lock; busy and not-set-up become refusals. */
function locked<T>(work: () => T | RefusalDto): T | RefusalDto {
  try {
    return new LockServiceLock().withLock(LOCK_TIMEOUT_MS, work);
  } catch (error) {
    if (error instanceof LockBusyError) return refusal('busy', error.message);
    if (error instanceof TrackerNotSetUpError) return refusal('tracker-not-set-up', error.message);
    throw error;
  }
}

/** The Cases sheet and all its values (header first), one lookup and one read. */
function casesSheet(env: SidebarEnv): { sheet: GoogleAppsScript.Spreadsheet.Sheet; values: unknown[][] } {
  const sheet = env.spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) throw new TrackerNotSetUpError();
  return { sheet, values: wholeSheetValues(sheet) };
}

/** What a new case came to: its row, the sheet, and the History lines to write (the caller writes them with its own). */
interface Created {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly appended: AppendedCase;
  readonly history: HistoryEntry[];
}

/** Creates the case (createCase: next ID, Identified, the owner) on the row below the Cases values just read. */
function createOn(env: SidebarEnv, user: string, recordContext: RecordContext, cases: ReturnType<typeof casesSheet>, fields: Partial<Record<CaseField, unknown>>): Created {
  const history: HistoryEntry[] = [];
  const ids = new CaseIdSequence(new DocumentPropertiesStore());
  let appended: AppendedCase | undefined;
  createCase(
    {
      cases: { create: (f) => (appended = appendCaseRow(cases.sheet, cases.values, recordContext, ids, f)).record },
      clock: { now: () => env.now },
      history: { append: (entries) => void history.push(...entries) },
    },
    user,
    inert(fields),
    'sidebar',
  );
  if (!appended) throw new Error('The new case was not written.');
  return { sheet: cases.sheet, appended, history };
}

/** The new case's state from its row as read back and its context. */
function stateOfNew(env: SidebarEnv, created: Created, context: CaseContext, recordContext: RecordContext, message: string): CaseStateResultDto {
  const { appended } = created;
  const row = caseRowAt(created.sheet, appended.layout, appended.rowNumber, appended.cells, recordContext);
  const c = row.record.case;
  if (!c) return refusal('case-not-found', 'The new case is not readable on the Cases sheet.');
  return stateOf(env, { row, record: { ...row.record, fingerprint: row.record.fingerprint, case: c }, context, recordContext }, message);
}

/** The New case form: checks the owner's email and the service line against Settings, then creates the case. */
export function createCaseFromForm(form: CreateCasePayload): CaseStateResultDto {
  const env = sidebarEnv();
  const user = activeUserEmail();
  const settingsValues = readSheetValues(env.spreadsheet, SHEETS.settings);
  const settings = settingsFrom(settingsValues);
  const owner = form.owner === '' ? user : form.owner;
  const fields: { field: string; code: string; message: string }[] = [];
  const email = owner === '' ? null : z.safeParse(EMAIL_SCHEMA, owner);
  if (email && !email.success) fields.push({ field: 'owner', code: 'invalid', message: 'Owner: enter the staff member’s email address.' });
  if (form.serviceLine !== '' && !settings.serviceLines.includes(form.serviceLine)) {
    fields.push({ field: 'serviceLine', code: 'invalid', message: `Service line: choose one of ${settings.serviceLines.join(', ')}.` });
  }
  const first = fields[0];
  if (first) return refusal('invalid-input', first.message, fields);
  const values: Partial<Record<CaseField, unknown>> = {
    payer: form.payer,
    planType: form.planType,
    serviceLine: form.serviceLine,
    scaType: form.scaType,
    owner: email?.success ? email.data : owner,
    patient: form.patient,
  };
  const recordContext: RecordContext = { timeZone: env.timeZone, serviceLines: settings.serviceLines };
  // The lock flushes before it is released (LockServiceLock).
  const created = locked(() => {
    const made = createOn(env, user, recordContext, casesSheet(env), values);
    appendHistory(env, made.history);
    return made;
  });
  if ('reason' in created) return created;
  // Settings as just read and Plan rules (nothing the new case shows depends on a change made since).
  const context = newCaseContext(readCaseContext(env.spreadsheet, env.timeZone, '', settingsValues, []));
  return stateOfNew(env, created, context, recordContext, `${created.appended.record.case?.caseId ?? ''} created.`);
}

/** A renewal of `caseId`: a new Identified case with Renewal of, payer, plan, service, owner, patient, codes, rates, units and packet (ticks and links). */
export function startRenewalOf(caseId: string, basedOn: BasedOnDto): CaseStateResultDto {
  const env = sidebarEnv();
  const user = activeUserEmail();
  const settingsValues = readSheetValues(env.spreadsheet, SHEETS.settings);
  const settings = settingsFrom(settingsValues);
  const recordContext: RecordContext = { timeZone: env.timeZone, serviceLines: settings.serviceLines };
  const result = locked((): { created: Created; context: CaseContext } | RefusalDto => {
    // The old case's links are carried over; its attempts and contacts are not read (the renewal starts without them).
    const context = readCaseContext(env.spreadsheet, env.timeZone, caseId, settingsValues, ['documents']);
    const cases = casesSheet(env);
    const lookup = readCaseRowIn(cases.sheet, cases.values, recordContext, caseId);
    if (!lookup.ok) return refusal(lookup.reason, lookup.message);
    const old = lookup.row.record.case;
    if (!old) return refusal('case-not-found', `${caseId} is not on the Cases sheet any more.`);
    if (lookup.row.record.fingerprint !== basedOn.fingerprint) {
      return refusal('row-changed', `${caseId} changed on the sheet since you opened it; no renewal was started. The case has been reloaded.`);
    }
    const values: Partial<Record<CaseField, unknown>> = {
      renewalOf: old.caseId,
      patient: old.patient,
      memberId: old.memberId,
      payer: old.payer,
      planType: old.planType,
      serviceLine: old.serviceLine,
      scaType: old.scaType,
      owner: old.owner,
      // Joined here so the codes go in as inert text ('90837' would otherwise become a number).
      approvedCodes: old.approvedCodes.join(', '),
      requestedRate: old.approvedRate ?? old.requestedRate,
      unitsRequested: old.unitsRequested,
    };
    for (const item of PACKET_ITEMS) values[`packet:${item}`] = old.packet[item];
    const created = createOn(env, user, recordContext, cases, values);
    const renewalId = created.appended.record.case?.caseId ?? '';
    const links = packetLinksOf(old.caseId, context.documents);
    const documents: PacketDocument[] = PACKET_ITEMS.flatMap((item) => (links[item] ? [{ caseId: renewalId, item, link: links[item] ?? '' }] : []));
    appendLogs(env, user, { documents }, context.logSheets);
    appendHistory(env, [...created.history, { at: env.now, user, caseId: renewalId, field: 'Renewal of', from: '', to: old.caseId, via: 'sidebar' }]);
    return { created, context: newCaseContext(context, documents) };
  });
  if ('reason' in result) return result;
  const renewalId = result.created.appended.record.case?.caseId ?? '';
  return stateOfNew(env, result.created, result.context, recordContext, `${renewalId} started as the renewal of ${caseId}.`);
}
