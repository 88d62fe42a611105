/**
 * google.script.run entry points of the sidebar (see src/dto/server-functions.ts). Each validates its
 * payload and answers a DTO or a RefusalDto.
 */
import type { ServerFunctions } from '../../dto/server-functions';
import { notImplemented } from './refusal';

export { getSelectionKey } from './selection-key-action';
export const getCaseState: ServerFunctions['getCaseState'] = () => notImplemented('getCaseState');
export const searchCases: ServerFunctions['searchCases'] = () => notImplemented('searchCases');
export const selectCase: ServerFunctions['selectCase'] = () => notImplemented('selectCase');
export const getRequestLetter: ServerFunctions['getRequestLetter'] = () => notImplemented('getRequestLetter');
export const setPacketItem: ServerFunctions['setPacketItem'] = () => notImplemented('setPacketItem');
export const addInNetworkAttempt: ServerFunctions['addInNetworkAttempt'] = () => notImplemented('addInNetworkAttempt');
export const submitCase: ServerFunctions['submitCase'] = () => notImplemented('submitCase');
export const logContact: ServerFunctions['logContact'] = () => notImplemented('logContact');
export const setNextFollowUp: ServerFunctions['setNextFollowUp'] = () => notImplemented('setNextFollowUp');
export const saveWrittenTerms: ServerFunctions['saveWrittenTerms'] = () => notImplemented('saveWrittenTerms');
export const changeStatus: ServerFunctions['changeStatus'] = () => notImplemented('changeStatus');
export const startRenewal: ServerFunctions['startRenewal'] = () => notImplemented('startRenewal');
export const acknowledgeAlert: ServerFunctions['acknowledgeAlert'] = () => notImplemented('acknowledgeAlert');
export const createCase: ServerFunctions['createCase'] = () => notImplemented('createCase');
