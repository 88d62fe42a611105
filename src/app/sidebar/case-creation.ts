/**
 * Sidebar use cases that start a case: the New case form, and a renewal (a new case with Renewal of set,
 * carrying the payer, codes and packet over). The new row gets the next Case ID under the document lock,
 * person text is written inert, History records the identification, and the lock flushes the sheet before
 * it is released.
 */
import { LockBusyError } from '../../apps-script/lock-service-lock';
import type { CaseField } from '../../domain/case-columns';
import { isPlainTextField } from '../../domain/tracker-validation';
import { packetLinksOf } from '../../domain/packet-documents-sheet';
import { PACKET_ITEMS } from '../../domain/vocabulary';
import type { BasedOnDto } from '../../dto/based-on';
import type { CreateCasePayload } from '../../dto/payloads';
import type { RefusalDto } from '../../dto/refusal';
import type { CaseStateResultDto } from '../../dto/server-functions';
import type { HistoryLog } from '../../ports/history-log';
import { settingsFrom, readSheetValues } from '../../sheets/case-context-reader';
import { inertCell } from '../../sheets/inert-cell';
import { SHEETS } from '../../sheets/sheet-names';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { createCase, type NewCasePorts } from '../cases/new-case';
import { activeUserEmail, trackerServices, type TrackerServices } from '../tracker-services';
import { appendHistory, appendLogs } from './log-rows';
import { caseStateById, loadCase, sidebarEnv, type SidebarEnv } from './case-reads';
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
function locked<T>(env: SidebarEnv, serviceLines: readonly string[], work: (services: TrackerServices) => T | RefusalDto): T | RefusalDto {
  const services = trackerServices(serviceLines, env.spreadsheet);
  try {
    return services.lock.withLock(LOCK_TIMEOUT_MS, () => work(services));
  } catch (error) {
    if (error instanceof LockBusyError) return refusal('busy', error.message);
    if (error instanceof TrackerNotSetUpError) return refusal('tracker-not-set-up', error.message);
    throw error;
  }
}

/** The services with History appended a line at a time (appendHistory: a new case records one or two lines). */
function withRowHistory(env: SidebarEnv, services: TrackerServices): NewCasePorts {
  const history: HistoryLog = { append: (entries) => appendHistory(env, entries) };
  return { cases: services.cases, clock: services.clock, history };
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
  // The lock flushes before it is released (LockServiceLock).
  const created = locked(env, settings.serviceLines, (services) => {
    const record = createCase(withRowHistory(env, services), user, inert(values), 'sidebar');
    return { caseId: record.case?.caseId ?? '' };
  });
  if ('reason' in created) return created;
  // The new case's state, with the Settings just read (nothing it shows depends on a change made since).
  const state = caseStateById(env, created.caseId, settingsValues);
  return state.ok ? { ...state, message: `${created.caseId} created.` } : state;
}

/** A renewal of `caseId`: a new Identified case with Renewal of, payer, plan, service, owner, patient, codes, rates, units and packet (ticks and links). */
export function startRenewalOf(caseId: string, basedOn: BasedOnDto): CaseStateResultDto {
  const env = sidebarEnv();
  const user = activeUserEmail();
  const settingsValues = readSheetValues(env.spreadsheet, SHEETS.settings);
  const settings = settingsFrom(settingsValues);
  const result = locked(env, settings.serviceLines, (services): { renewalId: string } | RefusalDto => {
    const loadedOld = loadCase(env, caseId, { kind: 'by-id' }, settingsValues);
    if (!loadedOld.ok) return loadedOld;
    const { loaded } = loadedOld;
    if (loaded.record.fingerprint !== basedOn.fingerprint) {
      return refusal('row-changed', `${caseId} changed on the sheet since you opened it; no renewal was started. The case has been reloaded.`);
    }
    const old = loaded.record.case;
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
    const record = createCase(withRowHistory(env, services), user, inert(values), 'sidebar');
    const renewalId = record.case?.caseId ?? '';
    const links = packetLinksOf(old.caseId, loaded.context.documents);
    appendLogs(env, user, {
      documents: PACKET_ITEMS.flatMap((item) => (links[item] ? [{ caseId: renewalId, item, link: links[item] ?? '' }] : [])),
    });
    appendHistory(env, [{ at: env.now, user, caseId: renewalId, field: 'Renewal of', from: '', to: old.caseId, via: 'sidebar' }]);
    return { renewalId };
  });
  if ('reason' in result) return result;
  const state = caseStateById(env, result.renewalId, settingsValues);
  return state.ok ? { ...state, message: `${result.renewalId} started as the renewal of ${caseId}.` } : state;
}
