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
import { runCaseSave, type SaveInput, type SaveOutcome } from './case-save';
import type { BasedOnDto } from '../../dto/based-on';
import type { CaseStateResultDto } from '../../dto/server-functions';
import type * as z from 'zod/mini';
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

/** A save: the payload parsed with `schema`, then runCaseSave with the use case's decision on the parsed form. */
function caseSave<T extends { readonly caseId: string; readonly basedOn: BasedOnDto }>(
  schema: z.ZodMiniType<T>,
  decide: (input: SaveInput, form: T) => SaveOutcome | RefusalDto,
): (payload: unknown) => CaseStateResultDto {
  return (payload) =>
    answer(() => {
      const parsed = schemas.parsePayload(schema, payload);
      return parsed.ok ? runCaseSave(parsed.value.caseId, parsed.value.basedOn, (input) => decide(input, parsed.value)) : parsed;
    });
}

export const setPacketItem: ServerFunctions['setPacketItem'] = caseSave(schemas.SET_PACKET_ITEM, (input, { item, done, link }) => packetItemDecision(input, { item, done, link }));

export const addInNetworkAttempt: ServerFunctions['addInNetworkAttempt'] = caseSave(schemas.ADD_IN_NETWORK_ATTEMPT, (input, { caseId: _id, basedOn: _basedOn, ...form }) =>
  attemptDecision(input, form),
);

export const submitCase: ServerFunctions['submitCase'] = caseSave(schemas.SUBMIT_CASE, (input, { caseId: _id, basedOn: _basedOn, ...form }) => submitDecision(input, form));

export const logContact: ServerFunctions['logContact'] = caseSave(schemas.LOG_CONTACT, (input, { caseId: _id, basedOn: _basedOn, ...form }) => contactDecision(input, form));

export const setNextFollowUp: ServerFunctions['setNextFollowUp'] = caseSave(schemas.SET_NEXT_FOLLOW_UP, (input, { nextFollowUp }) => followUpDecision(input, nextFollowUp));

export const saveWrittenTerms: ServerFunctions['saveWrittenTerms'] = caseSave(schemas.SAVE_WRITTEN_TERMS, (input, { caseId: _id, basedOn: _basedOn, approvedCodes, ...form }) =>
  termsDecision(input, { ...form, approvedCodes: codes(approvedCodes) }),
);

export const changeStatus: ServerFunctions['changeStatus'] = caseSave(schemas.CHANGE_STATUS, (input, { to, denialReason, decisionOn }) => statusDecision(input, { to, denialReason, decisionOn }));

export const acknowledgeAlert: ServerFunctions['acknowledgeAlert'] = caseSave(schemas.ACKNOWLEDGE_ALERT, (input, { kind, quietUntil, untilWorse, note }) =>
  acknowledgeDecision(input, { kind, quietUntil, untilWorse, note }),
);

export const startRenewal: ServerFunctions['startRenewal'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.START_RENEWAL, payload);
    return parsed.ok ? startRenewalOf(parsed.value.caseId, parsed.value.basedOn) : parsed;
  });

export const createCase: ServerFunctions['createCase'] = (payload) =>
  answer(() => {
    const parsed = schemas.parsePayload(schemas.CREATE_CASE, payload);
    return parsed.ok ? createCaseFromForm(parsed.value) : parsed;
  });
