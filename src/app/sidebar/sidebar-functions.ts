/**
 * google.script.run entry points of the sidebar (see src/dto/server-functions.ts). Each parses its payload
 * with zod/mini and answers a DTO, or a RefusalDto with the reason and per-field messages.
 */
import { LockBusyError } from '../../apps-script/lock-service-lock';
import type { RefusalDto } from '../../dto/refusal';
import type { ServerFunctions } from '../../dto/server-functions';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';
import { startRenewalOf, createCaseFromForm } from './case-creation';
import { caseStateById, sidebarEnv } from './case-reads';
import { runCaseSave } from './case-save';
import { searchCaseRows, selectCaseRow } from './case-search';
import { acknowledgeDecision, attemptDecision, followUpDecision, packetItemDecision } from './packet-saves';
import * as schemas from './payload-schemas';
import { refusal } from './refusal';
import { contactDecision, statusDecision, submitDecision, termsDecision } from './status-saves';

export { getSelectionKey } from './selection-key-action';

/** Expected failures (no Cases sheet, lock busy) as refusals; anything else reaches the failure handler. */
function answer<T>(work: () => T): T | RefusalDto {
  try {
    return work();
  } catch (error) {
    if (error instanceof LockBusyError) return refusal('busy', error.message);
    if (error instanceof TrackerNotSetUpError) return refusal('tracker-not-set-up', error.message);
    throw error;
  }
}

const codes = (text: string): string[] =>
  text
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');

export const getCaseState: ServerFunctions['getCaseState'] = (caseId) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CASE_ID, caseId);
    return parsed.ok ? caseStateById(sidebarEnv(), parsed.value) : parsed;
  });

export const searchCases: ServerFunctions['searchCases'] = (query) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.SEARCH_CASES, query);
    if (!parsed.ok) return parsed;
    const env = sidebarEnv();
    return searchCaseRows(env.spreadsheet, env.timeZone, parsed.value);
  });

export const selectCase: ServerFunctions['selectCase'] = (caseId) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CASE_ID, caseId);
    return parsed.ok ? selectCaseRow(SpreadsheetApp.getActiveSpreadsheet(), parsed.value) : parsed;
  });

export const getRequestLetter: ServerFunctions['getRequestLetter'] = (caseId) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CASE_ID, caseId);
    if (!parsed.ok) return parsed;
    const state = caseStateById(sidebarEnv(), parsed.value);
    return state.ok ? { ok: true as const, letter: state.state.requestLetter } : state;
  });

export const setPacketItem: ServerFunctions['setPacketItem'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.SET_PACKET_ITEM, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => packetItemDecision(input, form));
  });

export const addInNetworkAttempt: ServerFunctions['addInNetworkAttempt'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.ADD_IN_NETWORK_ATTEMPT, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => attemptDecision(input, form));
  });

export const submitCase: ServerFunctions['submitCase'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.SUBMIT_CASE, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => submitDecision(input, form));
  });

export const logContact: ServerFunctions['logContact'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.LOG_CONTACT, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => contactDecision(input, form));
  });

export const setNextFollowUp: ServerFunctions['setNextFollowUp'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.SET_NEXT_FOLLOW_UP, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, nextFollowUp } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => followUpDecision(input, nextFollowUp));
  });

export const saveWrittenTerms: ServerFunctions['saveWrittenTerms'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.SAVE_WRITTEN_TERMS, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, approvedCodes, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => termsDecision(input, { ...form, approvedCodes: codes(approvedCodes) }));
  });

export const changeStatus: ServerFunctions['changeStatus'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CHANGE_STATUS, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => statusDecision(input, form));
  });

export const startRenewal: ServerFunctions['startRenewal'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.START_RENEWAL, payload);
    return parsed.ok ? startRenewalOf(parsed.value.caseId, parsed.value.basedOn) : parsed;
  });

export const acknowledgeAlert: ServerFunctions['acknowledgeAlert'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.ACKNOWLEDGE_ALERT, payload);
    if (!parsed.ok) return parsed;
    const { caseId, basedOn, ...form } = parsed.value;
    return runCaseSave(caseId, basedOn, (input) => acknowledgeDecision(input, form));
  });

export const createCase: ServerFunctions['createCase'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CREATE_CASE, payload);
    return parsed.ok ? createCaseFromForm(parsed.value) : parsed;
  });
